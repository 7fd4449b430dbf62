import { text, type Text } from '../contract/i18n/text';
import { existsSync, renameSync } from 'node:fs';
import { readBoundedText } from '../files/bounded-read';

/** Far more than any settings file: hundreds of profiles with long do-not-call lists. */
const settingsFileBytes = 16 * 1024 * 1024;

/**
 * Renames aside a settings file that holds no settings object: text that is
 * not JSON, or JSON such as `null`, `[]` or `42`, or no file at all (a named
 * pipe, a device, a folder). The settings store reads those as "no settings
 * yet" and the first save would write over them, so they are kept,
 * unchanged, next to where they were. Says where, or null
 * when the file is absent or an object (whether its settings are right is
 * for the profiles to judge).
 */
export function setAsideUnreadableSettings(file: string, now: () => number = Date.now): Text | null {
  if (!existsSync(file)) return null;
  let value: unknown;
  // A named pipe or a device in its place would keep the app from starting: it is set aside unread.
  const read = readBoundedText(file, settingsFileBytes);
  try {
    // An editor may save a byte order mark; the store skips it too.
    value = read.ok ? JSON.parse(read.value.replace(/^\uFEFF/, '')) : undefined;
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return null;
  const aside = `${file}.unreadable-${now()}`;
  renameSync(file, aside);
  return text('settings.unreadable', { aside });
}
