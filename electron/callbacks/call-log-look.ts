import type { CallLogRow } from '../contract/read-types';
import type { Text } from '../contract/i18n/text';
import { matchCallLogRow, type PlacedAttempt } from '../ringostat/call-log-match';
import type { ApiTarget } from '../ringostat/client';
import { fetchCallLog } from '../ringostat/read-api';
import type { Transport } from '../ringostat/transport';

/** How a placed callback is followed into the call log: by the history and by a run alike. */
export const callLogTiming = {
  /** A row is final once it read the same this many times in a row... */
  stableChecks: 2,
  /** ...and no longer looks like a call still ringing (no duration yet, and young). */
  ringingGraceMs: 90_000,
  /** Looking ends this long after the send. */
  limitMs: 180_000,
  /** Between checks: the live API is asked less often than the simulator. */
  intervalMs: { live: 5_000, simulator: 1_000 },
} as const;

/** What one look at the call log found. */
export type CallLogLook =
  /** The log could not be read; `refused` when asking again cannot help (the key or project was refused). */
  | { kind: 'unreadable'; message: Text; refused: boolean }
  | { kind: 'missing' }
  /** The attempt's row; `stable` counts the looks in a row that read it the same. */
  | { kind: 'row'; row: CallLogRow; candidates: number; stable: number; settled: boolean };

/**
 * Reads the call log for a window around the send and finds the attempt's
 * row; says whether it has settled: read the same as last time, and no
 * longer looking like a call still ringing. Reads only.
 */
export async function lookForCallLogRow(
  target: ApiTarget,
  transport: Transport,
  attempt: PlacedAttempt,
  timeZone: string,
  nowMs: number,
  previous: { row: CallLogRow | null; stable: number },
): Promise<CallLogLook> {
  const read = await fetchCallLog(target, transport, {
    from: new Date(attempt.sentAtMs - 5 * 60_000),
    to: new Date(nowMs + 60_000),
    timeZone,
  });
  if (!read.ok)
    return { kind: 'unreadable', message: read.error.message, refused: read.error.outcome === 'rejected' };
  const match = matchCallLogRow(read.value.rows, attempt, timeZone);
  if (!match) return { kind: 'missing' };
  const same = previous.row !== null && JSON.stringify(previous.row) === JSON.stringify(match.row);
  const stable = same ? previous.stable + 1 : 0;
  const settled =
    stable >= callLogTiming.stableChecks - 1 && !looksRinging(match.row, nowMs - attempt.sentAtMs);
  return { kind: 'row', row: match.row, candidates: match.candidates, stable, settled };
}

function looksRinging(row: CallLogRow, ageMs: number): boolean {
  const duration = Number(row.duration ?? 0);
  return (!Number.isFinite(duration) || duration === 0) && ageMs < callLogTiming.ringingGraceMs;
}

/** Where following a row ended: settled, never found within the limit, or unreadable for good. */
export interface FollowedCallLog {
  status: 'final' | 'not-found' | 'failed' | 'stopped';
  row: CallLogRow | null;
  message: Text | null;
}

/**
 * Follows one attempt until its row settles, the time limit passes, the log
 * refuses to be read, or `stopped` resolves: what a run does for a row that
 * expects a call-log ending where no history follows it (the command line).
 */
export async function followCallLog(options: {
  target: ApiTarget;
  transport: Transport;
  attempt: PlacedAttempt;
  timeZone: string;
  intervalMs: number;
  limitMs?: number;
  now?: () => number;
  /** Resolves after `ms`, or at once when `stopped` resolves first. */
  sleep: (ms: number, stopped: Promise<void>) => Promise<void>;
  stopped: Promise<void>;
}): Promise<FollowedCallLog> {
  const now = options.now ?? Date.now;
  let halted = false;
  void options.stopped.then(() => (halted = true));
  let row: CallLogRow | null = null;
  let stable = 0;
  let message: Text | null = null;
  for (;;) {
    if (halted) return { status: 'stopped', row, message };
    const look = await lookForCallLogRow(
      options.target,
      options.transport,
      options.attempt,
      options.timeZone,
      now(),
      { row, stable },
    );
    if (look.kind === 'unreadable') {
      message = look.message;
      if (look.refused) return { status: 'failed', row, message };
    } else if (look.kind === 'row') {
      ({ row, stable } = look);
      if (look.settled) return { status: 'final', row, message: null };
    }
    if (now() - options.attempt.sentAtMs > (options.limitMs ?? callLogTiming.limitMs))
      return { status: row ? 'final' : 'not-found', row, message };
    await options.sleep(options.intervalMs, options.stopped);
  }
}
