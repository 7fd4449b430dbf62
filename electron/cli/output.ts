import englishMessages from '../contract/i18n/en.json?messages';
import type { Words } from '../contract/i18n/text';
import { addCatalogue, hasCatalogue, translate } from '../contract/i18n/translate';
import type { CallbackResult, FieldName, HttpRequest, Outcome } from '../contract/callback-types';
import { formatRequest } from '../shared/redact';
import type { CliContext } from './context';
import { exitCodes } from './exit-codes';

export { exitCodes };

/** A problem with one input; the command line's own ones are written in English directly. */
export interface CliProblem {
  /** A form field's name (`caller`, `calleeType`), or a flag's name written the same way (`gap`); `flags` for the command line as a whole. */
  field: FieldName | (string & {});
  message: Words;
}

/** The command line speaks English only, so scripts can rely on what it prints: no other catalogue ships with it. */
export function english(words: Words): string {
  if (!hasCatalogue('en')) addCatalogue('en', englishMessages);
  return translate(words, 'en');
}

const outcomeWords: Record<Outcome, string> = {
  accepted: 'ACCEPTED',
  rejected: 'REJECTED',
  unknown: 'UNKNOWN',
  'not-sent': 'NOT SENT',
};

export function formatResult(result: CallbackResult, asJson: boolean): string {
  const message = english(result.message);
  const explanation = english(result.explanation);
  if (asJson) return JSON.stringify({ ...result, message, explanation });
  const lines = [`${outcomeWords[result.outcome]}: ${message}`, explanation];
  const facts = [
    result.httpStatus === null ? 'no HTTP status' : `HTTP ${result.httpStatus}`,
    result.latencyMs === null ? null : `${result.latencyMs} ms`,
    `${result.request.method} ${result.request.url}`,
  ].filter((fact) => fact !== null);
  lines.push(facts.join(' · '));
  if (result.answer && result.answer.body.trim() !== '') {
    lines.push(
      `Answer: ${result.answer.body.length > 500 ? `${result.answer.body.slice(0, 500)}…` : result.answer.body}`,
    );
  }
  return lines.join('\n');
}

export function formatInvalid(problems: CliProblem[], asJson: boolean): string {
  const message = 'Nothing was sent: the request is not valid.';
  const errors = problems.map((problem) => ({ field: problem.field, message: english(problem.message) }));
  if (asJson) return JSON.stringify({ outcome: 'invalid', httpStatus: null, message, errors });
  return [message, ...errors.map((error) => `  ${error.message}`)].join('\n');
}

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

export function formatDryRun(request: HttpRequest, asJson: boolean): string {
  const message = 'Dry run: nothing was sent.';
  if (asJson) return JSON.stringify({ outcome: 'dry-run', httpStatus: null, message, request });
  return `${formatRequest(request)}\n\n${message}`;
}
