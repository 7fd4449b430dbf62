import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';

/**
 * The shortest key accepted. Ringostat's keys are far longer; a short one
 * would be shown whole by its last four characters, and redacting it would
 * rewrite ordinary words that happen to contain it.
 */
export const minKeyLength = 16;
export const maxKeyLength = 512;

/**
 * Decides whether a pasted value can be a Ringostat Auth-key: printable ASCII
 * without spaces, of a plausible length. Surrounding whitespace (a pasted
 * line break) is dropped. Messages never repeat the key.
 */
export function checkAuthKey(raw: string | undefined): Result<string, Text> {
  const key = raw?.trim() ?? '';
  if (key === '') return fail(text('key.notSet'));
  if (!/^[\x21-\x7e]+$/.test(key)) return fail(text('key.badCharacters'));
  if (key.length < minKeyLength) return fail(text('key.tooShort', { min: minKeyLength }));
  if (key.length > maxKeyLength) return fail(text('key.tooLong', { max: maxKeyLength }));
  return ok(key);
}
