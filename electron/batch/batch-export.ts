import { translate, type Locale } from '../contract/i18n/translate';
import type { Text } from '../contract/i18n/text';
import { csvCell } from '../history/export';
import type { BatchSnapshot } from '../contract/batch-types';

/** Each row of a run with what came of it and, once found, how its call ended; a masked run gives masked rows. */
export function batchRows(
  snapshot: BatchSnapshot,
  callLog: (historyId: string) => Text | null,
  locale: Locale,
) {
  const words = (message: Text | null | undefined) => (message ? translate(message, locale) : null);
  return snapshot.rows.map((row) => ({
    row: row.index,
    value: row.value,
    state: row.state,
    outcome: row.result?.outcome ?? (row.error ? 'invalid' : null),
    httpStatus: row.result?.httpStatus ?? null,
    latencyMs: row.result?.latencyMs ?? null,
    message: words(row.error ?? row.result?.message),
    callLog: row.result?.historyId ? words(callLog(row.result.historyId)) : null,
    historyId: row.result?.historyId ?? null,
  }));
}

export function batchToJson(rows: ReturnType<typeof batchRows>): string {
  return JSON.stringify(rows, null, 2);
}

export function batchToCsv(rows: ReturnType<typeof batchRows>): string {
  const columns = [
    'row',
    'value',
    'state',
    'outcome',
    'httpStatus',
    'latencyMs',
    'message',
    'callLog',
    'historyId',
  ] as const;
  const lines = rows.map((row) => columns.map((column) => csvCell(row[column])).join(','));
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}
