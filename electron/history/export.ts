import { translate, type Locale } from '../contract/i18n/translate';
import type { HistoryEntry } from '../contract/history-types';
import { maskEntry } from './masked-views';

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

/** Masking works on each entry's fields before anything is written, so the file stays valid JSON or CSV. */
export function historyToJson(entries: HistoryEntry[], mask: boolean, locale: Locale): string {
  return JSON.stringify(
    entries.map((entry) => exportedEntry(mask ? maskEntry(entry) : entry, locale)),
    null,
    2,
  );
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
  const rows = entries.map((original) => {
    const entry = mask ? maskEntry(original) : original;
    const flat: Record<(typeof csvColumns)[number], string | number | null> = {
      ...exportedEntry(entry, locale),
      requestBody: entry.request.body,
    };
    return csvColumns.map((column) => csvCell(flat[column])).join(',');
  });
  return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Quotes a cell; a text that a spreadsheet would run as a formula is defused with a leading apostrophe. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
