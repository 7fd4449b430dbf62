import { callbackFields, type CallbackFieldName } from './callback-fields';
import { inputLimits } from './limits';

/** Why a field's value as typed is refused before any parsing. */
export type FieldValueProblem =
  | { kind: 'too-long'; maximum: number }
  | { kind: 'not-a-choice'; values: readonly (string | number)[] }
  | { kind: 'wrong-type' };

/**
 * The bounds a field's value as typed is held to, the same its IPC schema
 * (`callback-schema.ts`, built on `typedBounds`) puts in zod: a party is
 * text of at most 64 characters; a choice, if given, one of its values (a
 * number choice may be null); any other field, if given, text of at most
 * 2,000 characters. A test holds the two to the same verdict for every
 * field. The command line checks its flags with this, so a callback is
 * checked without loading zod.
 */
export function fieldValueProblem(name: CallbackFieldName, value: unknown): FieldValueProblem | null {
  const field = callbackFields[name];
  const text = (maximum: number): FieldValueProblem | null =>
    typeof value !== 'string'
      ? { kind: 'wrong-type' }
      : value.length > maximum
        ? { kind: 'too-long', maximum }
        : null;
  switch (field.kind) {
    case 'party':
      return text(inputLimits.partyLength);
    case 'choice':
    case 'number-choice': {
      if (value === undefined || (value === null && field.kind === 'number-choice')) return null;
      const values: readonly (string | number)[] = field.values;
      return values.includes(value as string | number) ? null : { kind: 'not-a-choice', values };
    }
    case 'utm':
    case 'text':
    case 'ip':
      return value === undefined ? null : text(inputLimits.textLength);
  }
}
