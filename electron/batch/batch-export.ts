import { translate, type Locale } from '../contract/i18n/translate';
import { text, type Text } from '../contract/i18n/text';
import { csvCell } from '../history/export';
import type { BatchRowState, BatchSnapshot } from '../contract/batch-types';
import type { HttpRequest } from '../contract/callback-types';
import { formatRequest } from '../shared/redact';
import { describeMismatches, type ActualOutcome, type RowVerdict } from '../shared/run-expect';

/** One row of a run as every export carries it: CSV, JSON, a JUnit report. */
export interface ExportedRow {
  row: number;
  value: string;
  /** The expectations the row named; null where it named none. */
  expect: string | null;
  expectCall: string | null;
  verdict: RowVerdict;
  /** The row named expectations; one without is held to being accepted. */
  explicit: boolean;
  state: BatchRowState['state'];
  outcome: ActualOutcome | null;
  httpStatus: number | null;
  latencyMs: number | null;
  /** When its request left, ISO time. */
  sentAt: string | null;
  message: string | null;
  /** How its call ended, once found: "ANSWERED, 23 s". */
  callLog: string | null;
  /** What did not meet the row's expectations, expected against actual. */
  mismatch: string | null;
  historyId: string | null;
  /** The request as sent, key redacted (and numbers masked when the rows are). */
  request: HttpRequest | null;
}

export interface RowSources {
  /** How a row's call ended in words, where something follows the call log for every row (the app). */
  callLog?: (row: BatchRowState) => Text | null;
  /** The row's request as sent, already masked where the rows are. */
  request: (row: BatchRowState) => HttpRequest | null;
  locale: Locale;
}

/** Each row of a run with what came of it and, once found, how its call ended; a masked run gives masked rows. */
export function batchRows(snapshot: BatchSnapshot, sources: RowSources): ExportedRow[] {
  const words = (message: Text | null | undefined) => (message ? translate(message, sources.locale) : null);
  return snapshot.rows.map((row) => {
    const ending = row.call?.ending ? text('callLog.summaryEnding', { disposition: row.call.ending }) : null;
    return {
      row: row.index,
      value: row.value,
      expect: row.expect?.outcome ?? null,
      expectCall: row.expect?.call ?? null,
      verdict: row.check.verdict,
      explicit: row.check.explicit,
      state: row.state,
      outcome: row.result?.outcome ?? (row.error ? 'invalid' : null),
      httpStatus: row.result?.httpStatus ?? null,
      latencyMs: row.result?.latencyMs ?? null,
      sentAt: row.result?.sentAt ?? null,
      message: words(row.error ?? row.result?.message),
      callLog: words(sources.callLog?.(row) ?? ending),
      mismatch: words(describeMismatches(row.check, row.call)),
      historyId: row.result?.historyId ?? null,
      request: sources.request(row),
    };
  });
}

export function batchToJson(rows: ExportedRow[]): string {
  return JSON.stringify(rows, null, 2);
}

const csvColumns = [
  'row',
  'value',
  'expect',
  'expect_call',
  'verdict',
  'state',
  'outcome',
  'httpStatus',
  'latencyMs',
  'sentAt',
  'message',
  'callLog',
  'mismatch',
  'historyId',
  'request',
] as const;

export function batchToCsv(rows: ExportedRow[]): string {
  const lines = rows.map((row) => {
    const flat: Record<(typeof csvColumns)[number], string | number | null> = {
      ...row,
      expect_call: row.expectCall,
      request: row.request && formatRequest(row.request),
    };
    return csvColumns.map((column) => csvCell(flat[column])).join(',');
  });
  return `${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`;
}
