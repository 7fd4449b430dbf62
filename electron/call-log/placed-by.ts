import type { HistoryStore } from '../history/history-store';
import type { CallLogRow } from '../contract/read-types';
import { matchCallLogRow, matchWindow } from '../ringostat/call-log-match';

/** The match window, an hour wider each way. */
const nearMs = { before: matchWindow.beforeMs + 3_600_000, after: matchWindow.afterMs + 3_600_000 };

/** Attempts kept in memory by the history: the newest 500, matched without a search of the whole log. */
const attemptLimit = 500;

/**
 * Which history attempt placed each row, found as the history finds an
 * attempt's row: the same parties, logged near the send. Attempts that
 * placed nothing (rejected, not sent) are left out; where two attempts claim
 * one row, the one sent nearer its time keeps it. The newest attempts are
 * the ones a call log window shows; the history's own search is left to the
 * History screen, whose queued searches a new one would stop.
 */
export function placedBy(
  history: Pick<HistoryStore, 'newest'>,
  profileId: string,
  lines: readonly Line[],
  span: { from: Date; to: Date },
  timeZone: string,
): Map<string, string> {
  const placed = new Map<string, { historyId: string; distance: number }>();
  const earliest = span.from.getTime() - matchWindow.afterMs;
  const latest = span.to.getTime() + matchWindow.beforeMs;
  const attempts = history.newest(attemptLimit).filter((attempt) => {
    const at = Date.parse(attempt.at);
    return attempt.profileId === profileId && at >= earliest && at <= latest;
  });
  const keyOf = new Map(lines.map((line) => [line.row, line]));
  const byParty = partyIndex(lines);
  for (const attempt of attempts) {
    if (attempt.outcome === 'rejected' || attempt.outcome === 'not-sent') continue;
    const sentAtMs = Date.parse(attempt.at);
    // A match names the extended method's caller (the simple method's destination) in one of its
    // parties, and was logged near the send: only those rows go to the matcher, which reads each row's
    // time again and is slow over thousands. The time is an hour wider, as one in an hour the clocks
    // repeat may be read either way.
    const named = partyKeys(attempt.method === 'simple' ? attempt.callee : attempt.caller);
    const near = new Set(named.flatMap((key) => byParty.get(key) ?? []));
    const rows = [...near]
      .filter(({ at }) => at === null || (at >= sentAtMs - nearMs.before && at <= sentAtMs + nearMs.after))
      .map((line) => line.row);
    const wanted = {
      sentAtMs,
      method: attempt.method,
      caller: attempt.caller,
      callee: attempt.callee,
      calleeIsScheme: attempt.calleeIsScheme,
    };
    // A scheme's row may name any employee, so the history takes any callee for it; where rows name
    // the scheme itself (the simulator's do), those are asked first, so calls to two schemes a second
    // apart are not taken for each other.
    const naming = attempt.calleeIsScheme ? rows.filter((row) => names(row, attempt.callee)) : [];
    const match =
      (naming.length > 0 ? matchCallLogRow(naming, wanted, timeZone) : null) ??
      matchCallLogRow(rows, wanted, timeZone);
    const line = match ? keyOf.get(match.row) : undefined;
    if (!line) continue;
    const distance = Math.abs((line.at ?? sentAtMs) - sentAtMs);
    const claimed = placed.get(line.key);
    if (!claimed || distance < claimed.distance) placed.set(line.key, { historyId: attempt.id, distance });
  }
  return new Map([...placed].map(([key, { historyId }]) => [key, historyId]));
}

function names(row: CallLogRow, callee: string): boolean {
  return [row.dst, row.connected_with].some((value) => String(value ?? '').trim() === callee);
}

type Line = { key: string; row: CallLogRow; at: number | null };

/** The rows by each party they name, in the forms the matcher compares them. */
function partyIndex(lines: readonly Line[]): Map<string, Line[]> {
  const index = new Map<string, Line[]>();
  for (const line of lines) {
    for (const column of ['caller', 'dst', 'connected_with']) {
      for (const key of partyKeys(line.row[column])) {
        const found = index.get(key);
        if (found) found.push(line);
        else index.set(key, [line]);
      }
    }
  }
  return index;
}

/** A party as the matcher compares it: a number by its last nine digits, anything else without case. */
function partyKeys(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const written = String(value).trim();
  if (written === '') return [];
  const digits = written.replace(/\D/g, '');
  return digits.length >= 9 ? [`#${digits.slice(-9)}`, written.toLowerCase()] : [written.toLowerCase()];
}
