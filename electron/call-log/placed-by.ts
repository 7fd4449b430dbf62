import type { HistoryStore } from '../history/history-store';
import type { CallLogRow } from '../contract/read-types';
import { matchCallLogRow, matchWindow } from '../ringostat/call-log-match';

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
  lines: readonly { key: string; row: CallLogRow; at: number | null }[],
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
  const rows = lines.map((line) => line.row);
  for (const attempt of attempts) {
    if (attempt.outcome === 'rejected' || attempt.outcome === 'not-sent') continue;
    const sentAtMs = Date.parse(attempt.at);
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
    const named = attempt.calleeIsScheme ? rows.filter((row) => names(row, attempt.callee)) : [];
    const match =
      (named.length > 0 ? matchCallLogRow(named, wanted, timeZone) : null) ??
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
