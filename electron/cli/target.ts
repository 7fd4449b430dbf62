import { checkApiTarget, type ApiTarget } from '../ringostat/client';
import { ringostatApiUrl } from '../ringostat/endpoint';
import { sandbox } from '../simulator/sandbox';
import type { CliContext } from './context';
import { reportInvalid } from './output';

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
  // Loaded only for --sandbox: a command against Ringostat carries none of the simulator.
  const { startSimulator } = await import('../simulator/server');
  const simulator = await startSimulator();
  try {
    if (!options.json)
      context.io.err(`Sandbox: the embedded Ringostat simulator at ${simulator.url}. No real phone rings.`);
    return await use({ apiUrl: simulator.url, authKey: sandbox.authKey }, true);
  } finally {
    await simulator.close();
  }
}
