import { parseCallDate, readProjectTime } from './project-time';
import type { CallLogRow } from '../contract/read-types';

/** What is known of a placed callback, to find its row. */
export interface PlacedAttempt {
  sentAtMs: number;
  method: 'simple' | 'extended';
  /** Digits, or a SIP login: extension/destination for the simple method. */
  caller: string;
  callee: string;
  calleeIsScheme: boolean;
}

export interface RowMatch {
  row: CallLogRow;
  /** How many rows matched the numbers within the window. */
  candidates: number;
}

/** A row may be logged a little before the send (clock skew) and up to this long after it. */
export const matchWindow = { beforeMs: 2 * 60_000, afterMs: 15 * 60_000 };

/**
 * Finds the row of a placed callback: same parties, logged near the send.
 * Times are compared as instants, whatever zone the project writes them in.
 */
export function matchCallLogRow(
  rows: CallLogRow[],
  attempt: PlacedAttempt,
  timeZone: string,
): RowMatch | null {
  const scored: { row: CallLogRow; distance: number }[] = [];
  for (const row of rows) {
    const at = rowTime(row, timeZone, attempt.sentAtMs);
    if (at === null) continue;
    const delta = at - attempt.sentAtMs;
    if (delta < -matchWindow.beforeMs || delta > matchWindow.afterMs) continue;
    if (!partiesMatch(row, attempt)) continue;
    // Prefer the first row at or after the send; one logged before it is less likely to be ours.
    scored.push({ row, distance: delta >= -5_000 ? Math.abs(delta) : Math.abs(delta) * 4 });
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => a.distance - b.distance);
  return { row: (scored[0] as { row: CallLogRow }).row, candidates: scored.length };
}

/**
 * A row's moment: `calldate` with its offset, or without one in the project's
 * zone. A time in an hour the clocks repeat is read as whichever of its two
 * moments is nearer `nearMs`; one in an hour they skip names no moment, so
 * the row is not taken for ours.
 */
export function rowTime(row: CallLogRow, timeZone: string, nearMs: number): number | null {
  const text = typeof row.calldate === 'string' ? row.calldate : '';
  if (/[+-]\d{2}:?\d{2}$|Z$/.test(text)) return parseCallDate(text);
  const time = readProjectTime(text.replace('T', ' ').slice(0, 19), timeZone);
  if (!time || time.kind === 'never') return null;
  if (time.kind === 'once') return time.instant;
  return Math.abs(time.earlier - nearMs) <= Math.abs(time.later - nearMs) ? time.earlier : time.later;
}

function partiesMatch(row: CallLogRow, attempt: PlacedAttempt): boolean {
  const values = [row.caller, row.dst, row.connected_with].map((value) =>
    value === null || value === undefined ? '' : String(value),
  );
  const [caller = '', dst = '', connected = ''] = values;
  if (attempt.method === 'simple') return values.some((value) => same(value, attempt.callee));
  const calleeMatches =
    attempt.calleeIsScheme || same(dst, attempt.callee) || same(connected, attempt.callee);
  if (same(caller, attempt.caller) && calleeMatches) return true;
  // Some projects log the legs the other way round.
  return same(caller, attempt.callee) && (same(dst, attempt.caller) || same(connected, attempt.caller));
}

/** Numbers compare by their last nine digits (so 0671112233 and 380671112233 agree); SIP logins without case. */
function same(logged: string, sent: string): boolean {
  if (logged === '' || sent === '') return false;
  const a = logged.replace(/\D/g, '');
  const b = sent.replace(/\D/g, '');
  if (/^\+?[\d\s()-]+$/.test(logged) && /^\d+$/.test(sent))
    return a.length >= 9 && b.length >= 9 && a.slice(-9) === b.slice(-9);
  return logged.trim().toLowerCase() === sent.trim().toLowerCase();
}
