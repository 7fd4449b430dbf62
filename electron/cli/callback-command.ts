import type { CountryCode } from 'libphonenumber-js/max';
import { fail, ok, type Result } from '../contract/result';
import { defaultTimeoutMs, previewRequest, sendCallback } from '../ringostat/client';
import { defaultCountry, parseCountry } from '../ringostat/party';
import { prepareCallback } from '../ringostat/prepare';
import { randomRequestId } from '../ringostat/build-request';
import type { CallbackForm } from '../contract/callback-types';
import { sandbox } from '../simulator/sandbox';
import { sandboxTarget } from '../simulator/scenario-address';
import type { ParsedValues } from './args';
import { formFromFlags } from './field-flags';
import type { CliContext } from './context';
import { type CliProblem, english, exitCodes, formatDryRun, formatResult, reportInvalid } from './output';
import { withTarget } from './target';

interface CommonSettings {
  country: CountryCode;
  timeoutMs: number;
  dryRun: boolean;
  json: boolean;
  sandbox: boolean;
}

/** `simple` and `extended`: validate everything, then send at most one request. */
export async function runCallbackCommand(
  method: 'simple' | 'extended',
  values: ParsedValues,
  context: CliContext,
): Promise<number> {
  const { io, env } = context;
  const json = values.json === true;
  const settings = readCommonSettings(values);
  const form = method === 'simple' ? simpleForm(values) : extendedForm(values, env, values.sandbox === true);
  const errors = [...(settings.ok ? [] : settings.error), ...(form.ok ? [] : form.error)];
  if (!settings.ok || !form.ok) {
    return reportInvalid(context, errors, json);
  }
  const prepared = prepareCallback(form.value, settings.value.country);
  if (!prepared.ok) {
    return reportInvalid(context, prepared.error, json);
  }

  return withTarget(context, { sandbox: settings.value.sandbox, json }, async (given, sandboxed) => {
    // The sandbox's "not sent" scenario goes to an address where nothing listens.
    const target = sandboxed ? sandboxTarget(given, prepared.value) : given;
    if (settings.value.dryRun) {
      io.out(formatDryRun(previewRequest(prepared.value, target, randomRequestId()), json));
      return exitCodes['dry-run'];
    }
    const result = await sendCallback(prepared.value, target, {
      transport: context.transport,
      timeoutMs: settings.value.timeoutMs,
    });
    io.out(formatResult(result, json));
    return exitCodes[result.outcome];
  });
}

function readCommonSettings(values: ParsedValues): Result<CommonSettings, CliProblem[]> {
  const errors: CliProblem[] = [];
  let country = defaultCountry;
  if (typeof values.country === 'string') {
    const parsed = parseCountry(values.country);
    if (parsed.ok) country = parsed.value;
    else errors.push({ field: 'country', message: `--country: ${english(parsed.error)}` });
  }
  // The flag's rule has already held it to plain decimal seconds within its range.
  const timeoutMs = typeof values.timeout === 'number' ? Math.round(values.timeout * 1000) : defaultTimeoutMs;
  if (errors.length > 0) return fail(errors);
  return ok({
    country,
    timeoutMs,
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    sandbox: values.sandbox === true,
  });
}

function simpleForm(values: ParsedValues): Result<CallbackForm, CliProblem[]> {
  return ok(formFromFlags('simple', values));
}

function extendedForm(
  values: ParsedValues,
  env: NodeJS.ProcessEnv,
  useSandbox: boolean,
): Result<CallbackForm, CliProblem[]> {
  if (values['manager-dst'] !== undefined && values.first !== undefined) {
    return fail([{ field: 'managerDst', message: 'Give either --first or --manager-dst, not both.' }]);
  }
  // The sandbox has its own project; a live project's id from the environment would only be refused there.
  const given = values['project-id'];
  const projectId =
    (typeof given === 'string' ? given : '') ||
    (useSandbox ? sandbox.projectId : (env.RINGOSTAT_PROJECT_ID ?? ''));
  return ok({ ...formFromFlags('extended', values), projectId });
}
