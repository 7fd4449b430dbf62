import { translate, type Locale } from '../contract/i18n/translate';
import type { HistoryEntry } from './history-types';

/** Replaces every run of 7 or more digits (a phone number, with or without "+") by its last four digits. */
export function maskNumbers(text: string): string {
  return text.replace(
    /\+?\d{7,}/g,
    (number) => `${'•'.repeat(Math.max(0, number.replace('+', '').length - 4))}${number.slice(-4)}`,
  );
}

/** What an export carries of each entry: everything a person or a QA report needs, never a key (entries have none). */
function exportedEntry(entry: HistoryEntry, locale: Locale) {
  return {
    id: entry.id,
    at: entry.at,
    profile: entry.profileName,
    target: entry.target,
    method: entry.method,
    caller: entry.caller,
    callee: entry.callee,
    outcome: entry.outcome,
    httpStatus: entry.end?.httpStatus ?? null,
    latencyMs: entry.end?.latencyMs ?? null,
    message: entry.end ? translate(entry.end.message, locale) : null,
    serverMessage: entry.end?.serverMessage ?? null,
    tag: entry.tag,
    note: entry.note,
    request: entry.request,
    answer: entry.end?.answer ?? null,
  };
}

export function historyToJson(entries: HistoryEntry[], mask: boolean, locale: Locale): string {
  const text = JSON.stringify(
    entries.map((entry) => exportedEntry(entry, locale)),
    null,
    2,
  );
  return mask ? maskNumbers(text) : text;
}

const csvColumns = [
  'id',
  'at',
  'profile',
  'target',
  'method',
  'caller',
  'callee',
  'outcome',
  'httpStatus',
  'latencyMs',
  'message',
  'serverMessage',
  'tag',
  'note',
  'requestBody',
] as const;

export function historyToCsv(entries: HistoryEntry[], mask: boolean, locale: Locale): string {
  const rows = entries.map((entry) => {
    const flat: Record<(typeof csvColumns)[number], string | number | null> = {
      ...exportedEntry(entry, locale),
      requestBody: entry.request.body,
    };
    return csvColumns.map((column) => csvCell(flat[column], mask)).join(',');
  });
  return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Quotes a cell; a text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvCell(value: string | number | null, mask: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = mask ? maskNumbers(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
