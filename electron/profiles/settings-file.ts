import { text, type Text } from '../contract/i18n/text';
import { existsSync, readFileSync, renameSync } from 'node:fs';

/**
 * Renames aside a settings file that holds no settings object: text that is
 * not JSON, or JSON such as `null`, `[]` or `42`. The settings store reads
 * those as "no settings yet" and the first save would write over them, so
 * they are kept, unchanged, next to where they were. Says where, or null
 * when the file is absent or an object (whether its settings are right is
 * for the profiles to judge).
 */
export function setAsideUnreadableSettings(file: string, now: () => number = Date.now): Text | null {
  if (!existsSync(file)) return null;
  let value: unknown;
  try {
    // An editor may save a byte order mark; the store skips it too.
    value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null;
  const aside = `${file}.unreadable-${now()}`;
  renameSync(file, aside);
  return text('settings.unreadable', { aside });
}
