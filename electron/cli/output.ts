import { formatRequest } from '../shared/redact';
import type { Words } from '../contract/i18n/text';
import { translate } from '../contract/i18n/translate';
import type { CallbackResult, FieldName, HttpRequest, Outcome } from '../contract/callback-types';

/** A problem with one input; the command line's own ones are written in English directly. */
export interface CliProblem {
  /** A form field's name (`caller`, `calleeType`), or a flag's name written the same way (`gap`); `flags` for the command line as a whole. */
  field: FieldName | (string & {});
  message: Words;
}

/** The command line speaks English, so scripts can rely on what it prints. */
export function english(words: Words): string {
  return translate(words, 'en');
}

/** The process exit code for each outcome; 2 is for anything refused before sending. */
export const exitCodes: Record<Outcome | 'invalid' | 'dry-run' | 'stopped' | 'unmet', number> = {
  accepted: 0,
  'dry-run': 0,
  invalid: 2,
  rejected: 3,
  unknown: 4,
  'not-sent': 5,
  /** A run stopped by hand (Ctrl+C) before its last row: some rows were sent, the rest were not. */
  stopped: 6,
  /** A run with a row that did not meet the expectations its values file gave it. */
  unmet: 7,
};

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

export function formatDryRun(request: HttpRequest, asJson: boolean): string {
  const message = 'Dry run: nothing was sent.';
  if (asJson) return JSON.stringify({ outcome: 'dry-run', httpStatus: null, message, request });
  return `${formatRequest(request)}\n\n${message}`;
}
