import { checkApiTarget, type ApiTarget } from '../ringostat/client';
import { ringostatApiUrl } from '../ringostat/endpoint';
import { sandbox } from '../simulator/sandbox';
import { startSimulator } from '../simulator/server';
import type { CliContext } from './context';
import { english, exitCodes, formatInvalid, type CliProblem } from './output';

/** Where each value comes from on the command line, added to messages about it. */
const hints: Partial<Record<string, string>> = {
  projectId: ' Pass --project-id or set RINGOSTAT_PROJECT_ID.',
  authKey:
    ' Set RINGOSTAT_AUTH_KEY to the project’s Auth-key, or add --sandbox to use the embedded simulator.',
  apiUrl: ' Check RINGOSTAT_API_URL.',
  timeZone: ' Pass --time-zone or set RINGOSTAT_TIME_ZONE.',
};

export function withHints(errors: CliProblem[]): CliProblem[] {
  return errors.map((error) => ({
    ...error,
    message: `${english(error.message)}${hints[error.field] ?? ''}`,
  }));
}

/** With --json the one JSON object goes to standard output, whatever the outcome. */
export function reportInvalid(context: CliContext, errors: CliProblem[], json: boolean): number {
  const text = formatInvalid(withHints(errors), json);
  if (json) context.io.out(text);
  else context.io.err(text);
  return exitCodes.invalid;
}

/**
 * Runs `use` against Ringostat (key and URL from the environment only) or,
 * with --sandbox, against a simulator started for this one command. A
 * missing key is an error, never a quiet switch to the simulator.
 */
export async function withTarget(
  context: CliContext,
  options: { sandbox: boolean; json: boolean },
  use: (target: ApiTarget, sandboxed: boolean) => Promise<number>,
): Promise<number> {
  if (!options.sandbox) {
    const target = checkApiTarget(
      context.env.RINGOSTAT_API_URL?.trim() || ringostatApiUrl,
      context.env.RINGOSTAT_AUTH_KEY,
    );
    return target.ok ? use(target.value, false) : reportInvalid(context, target.error, options.json);
  }
  const simulator = await startSimulator();
  try {
    if (!options.json)
      context.io.err(`Sandbox: the embedded Ringostat simulator at ${simulator.url}. No real phone rings.`);
    return await use({ apiUrl: simulator.url, authKey: sandbox.authKey }, true);
  } finally {
    await simulator.close();
  }
}
