import { maskParty } from '../history/masking';
import type {
  ComparedRow,
  RunComparison,
  RunSummary,
  StoredRun,
  StoredRunRow,
} from '../contract/batch-types';
import { sameEnding } from '../shared/run-expect';

export type { ComparedRow, RunComparison, RunSummary, StoredRun, StoredRunRow };

/**
 * Which rows of a run ended differently from an earlier run of the same
 * template: another outcome, or another call-log ending. That is a
 * regression in a forwarding scheme. Rows are matched by their value, so a
 * reordered file compares as it should.
 */
export function compareRuns(now: StoredRun, earlier: StoredRun): RunComparison {
  const before = new Map(earlier.items.map((item) => [item.value, item]));
  const seen = new Set<string>();
  const rows: ComparedRow[] = [];
  for (const item of now.items) {
    seen.add(item.value);
    const old = before.get(item.value) ?? null;
    rows.push({
      value: item.value,
      change: changeOf(old, item),
      earlier: old && strip(old),
      now: strip(item),
    });
  }
  for (const item of earlier.items)
    if (!seen.has(item.value))
      rows.push({ value: item.value, change: 'removed', earlier: strip(item), now: null });
  const changedFirst = [
    ...rows.filter((row) => row.change !== 'same'),
    ...rows.filter((row) => row.change === 'same'),
  ];
  return {
    run: summaryOf(now),
    earlier: summaryOf(earlier),
    rows: changedFirst,
    changed: rows.length - rows.filter((row) => row.change === 'same').length,
  };
}

function changeOf(earlier: StoredRunRow | null, now: StoredRunRow): ComparedRow['change'] {
  if (!earlier) return 'added';
  const outcome = earlier.outcome !== now.outcome;
  const call =
    earlier.callEnding === null || now.callEnding === null
      ? earlier.callEnding !== now.callEnding
      : !sameEnding(earlier.callEnding, now.callEnding);
  return outcome && call ? 'outcome-and-call' : outcome ? 'outcome' : call ? 'call' : 'same';
}

function strip(item: StoredRunRow): Omit<StoredRunRow, 'value'> {
  const { value: _value, ...rest } = item;
  return rest;
}

export function summaryOf(run: StoredRun): RunSummary {
  const { valuesAreSchemes: _schemes, items: _items, ...summary } = run;
  return summary;
}

/** A comparison as the window or an export may see it with masking on: values that are numbers masked. */
export function maskComparison(comparison: RunComparison, valuesAreSchemes: boolean): RunComparison {
  return {
    ...comparison,
    rows: comparison.rows.map((row) => ({ ...row, value: maskParty(row.value, valuesAreSchemes) })),
  };
}

const csvColumns = [
  'value',
  'change',
  'earlierRow',
  'row',
  'earlierOutcome',
  'outcome',
  'earlierCallEnding',
  'callEnding',
  'earlierVerdict',
  'verdict',
] as const;

/** The comparison as CSV: one line per value of either run. */
export function comparisonToCsv(
  comparison: RunComparison,
  cell: (value: string | number | null) => string,
): string {
  const lines = comparison.rows.map((row) => {
    const flat: Record<(typeof csvColumns)[number], string | number | null> = {
      value: row.value,
      change: row.change,
      earlierRow: row.earlier?.row ?? null,
      row: row.now?.row ?? null,
      earlierOutcome: row.earlier?.outcome ?? null,
      outcome: row.now?.outcome ?? null,
      earlierCallEnding: row.earlier?.callEnding ?? null,
      callEnding: row.now?.callEnding ?? null,
      earlierVerdict: row.earlier?.verdict ?? null,
      verdict: row.now?.verdict ?? null,
    };
    return csvColumns.map((column) => cell(flat[column])).join(',');
  });
  return `${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`;
}

export function comparisonToJson(comparison: RunComparison): string {
  return JSON.stringify({ kind: 'callback-desk-run-comparison', version: 1, ...comparison }, null, 2);
}
