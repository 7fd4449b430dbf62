import type { CallLogFilter, CallLogView } from '../contract/call-log-types';
import type { CallLogRow } from '../contract/read-types';

/** A row that may still change: it has no duration yet and is this young... */
export const ringingMs = 90_000;
/** ...or it changed since the last read and is younger than this; older rows are taken as they are. */
export const settledAfterMs = 5 * 60_000;

/** The three filters and the column each one reads. */
const filterColumns = { direction: 'call_type', status: 'disposition', employee: 'employee_fio' } as const;

/**
 * A key for each row that stays the same from read to read and holds no
 * phone number: Ringostat's `uniqueid`, or a hash of when and between whom.
 */
export function rowKeys(rows: readonly CallLogRow[]): string[] {
  const used = new Map<string, number>();
  return rows.map((row) => {
    const id =
      typeof row.uniqueid === 'string' || typeof row.uniqueid === 'number' ? String(row.uniqueid) : '';
    const base = id.trim() !== '' ? `id:${id}` : `row:${hash(`${row.calldate}|${row.caller}|${row.dst}`)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}

/**
 * Tells provisional rows from final ones, read after read: a call in
 * progress first shows NO ANSWER with zero durations, then changes. A row is
 * final once it has a duration (or is past ringing) and read the same twice,
 * or is old enough that it will not change.
 */
export class RowSettler {
  private seen = new Map<string, string>();

  settle(
    rows: readonly { key: string; row: CallLogRow; at: number | null }[],
    nowMs: number,
  ): ('provisional' | 'final')[] {
    const next = new Map<string, string>();
    const states = rows.map(({ key, row, at }) => {
      const shape = JSON.stringify(row);
      next.set(key, shape);
      const age = at === null ? Infinity : nowMs - at;
      const duration = Number(row.duration ?? 0);
      const ringing = (!Number.isFinite(duration) || duration === 0) && age < ringingMs;
      const unchanged = this.seen.get(key) === shape;
      return !ringing && (unchanged || age >= settledAfterMs) ? 'final' : 'provisional';
    });
    // Only the last read is remembered: a row that left the window is forgotten with it.
    this.seen = next;
    return states;
  }
}

/** Whether a row passes every filter given: each an exact value of its column. */
export function passes(row: CallLogRow, filter: CallLogFilter): boolean {
  return (Object.keys(filterColumns) as (keyof CallLogFilter)[]).every((name) => {
    const wanted = filter[name];
    return wanted === undefined || cell(row, filterColumns[name]) === wanted;
  });
}

/** The values each filter can take: those the rows in the window hold, sorted. */
export function filterChoices(rows: readonly CallLogRow[]): CallLogView['choices'] {
  const distinct = (column: string) =>
    [...new Set(rows.map((row) => cell(row, column)).filter((value) => value !== ''))].sort((a, b) =>
      a.localeCompare(b),
    );
  return {
    direction: distinct(filterColumns.direction),
    status: distinct(filterColumns.status),
    employee: distinct(filterColumns.employee),
  };
}

function cell(row: CallLogRow, column: string): string {
  const value = row[column];
  return value === null || value === undefined ? '' : String(value).trim();
}

/** FNV-1a: short and stable, and it does not spell out the numbers it was made from. */
function hash(value: string): string {
  let result = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 0x01000193);
  }
  return (result >>> 0).toString(36);
}
