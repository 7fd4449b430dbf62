import type { CallbackFieldName } from '../contract/callback-fields';
import { formValueOf } from '../contract/callback-draft';
import { fieldValueProblem } from '../contract/field-values';
import { inputLimits, readPlainDecimal, readWholeNumber } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';

/**
 * What one flag takes. Each flag has exactly one rule, checked once when the
 * command line is read, so no command re-checks a value by hand.
 */
export type FlagRule =
  | { kind: 'switch' }
  /** `repeatable`: the flag may be given several times, each value kept (as `--report`). */
  | { kind: 'text'; maxLength: number; repeatable?: true }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'seconds'; minimum: number; maximum: number }
  | { kind: 'whole'; minimum: number; maximum: number; note?: string }
  | { kind: 'digits'; maxLength: number }
  /** A callback form field's flag: held to the bounds the window's form is held to (`field-values.ts`). */
  | { kind: 'field'; field: CallbackFieldName };

/** A flag's value after its rule: seconds and whole numbers as numbers, a repeatable flag's values as a list, the rest as written. */
export type FlagValue = string | number | boolean | string[];

/** Free text: as long as any text the app takes over IPC. */
export const freeText: FlagRule = { kind: 'text', maxLength: inputLimits.textLength };
/** A file path. */
export const filePath: FlagRule = { kind: 'text', maxLength: 4096 };

/** Checks one written value against its flag's rule; the message names the flag and what it takes. */
export function applyRule(
  flag: string,
  rule: FlagRule,
  written: string | boolean,
): Result<FlagValue, string> {
  if (rule.kind === 'switch' || typeof written === 'boolean') return ok(written);
  const given = `(given: “${written.length > 40 ? `${written.slice(0, 40)}…` : written}”)`;
  switch (rule.kind) {
    case 'text':
      return written.length <= rule.maxLength
        ? ok(written)
        : fail(`--${flag} is ${written.length} characters long; it takes at most ${rule.maxLength}.`);
    case 'choice':
      return rule.values.includes(written)
        ? ok(written)
        : fail(`--${flag} must be ${listed(rule.values)} ${given}.`);
    case 'seconds': {
      const seconds = readPlainDecimal(written);
      return seconds !== null && seconds >= rule.minimum && seconds <= rule.maximum
        ? ok(seconds)
        : fail(
            `--${flag} must be plain decimal seconds from ${rule.minimum} to ${rule.maximum}, such as 5 or 2.5 ${given}.`,
          );
    }
    case 'whole': {
      const number = readWholeNumber(written);
      return number !== null && number >= rule.minimum && number <= rule.maximum
        ? ok(number)
        : fail(
            `--${flag} must be a whole number from ${rule.minimum} to ${rule.maximum}${rule.note ? ` (${rule.note})` : ''} ${given}.`,
          );
    }
    case 'digits':
      return new RegExp(`^\\d{1,${rule.maxLength}}$`).test(written)
        ? ok(written)
        : fail(`--${flag} must be digits only, at most ${rule.maxLength} of them ${given}.`);
    case 'field':
      return checkField(flag, rule.field, written, given);
  }
}

/** A form field's flag, held to the field's bounds; the message says what the field allows. */
function checkField(
  flag: string,
  field: CallbackFieldName,
  written: string,
  given: string,
): Result<FlagValue, string> {
  // A flag given empty is a value to check, not "none": leaving the flag out says none.
  const value = written === '' ? written : formValueOf(field, written);
  const problem = fieldValueProblem(field, value);
  if (problem === null) return ok(written);
  if (problem.kind === 'too-long')
    return fail(`--${flag} is ${written.length} characters long; it takes at most ${problem.maximum}.`);
  if (problem.kind === 'not-a-choice')
    return fail(`--${flag} must be ${listed(problem.values.map(String))} ${given}.`);
  return fail(`--${flag} is not a value it takes ${given}.`);
}

/** The range or choices a rule allows, in the words help and errors use. */
function listed(values: readonly string[]): string {
  return values.length <= 2
    ? values.join(' or ')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1] ?? ''}`;
}
