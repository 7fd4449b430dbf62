import type { Words } from './i18n/text';
import type { CallLogRow } from './read-types';

/** Which calls the call log screen reads, in the project's time zone. */
export type CallLogWindow =
  | { kind: 'last'; minutes: number }
  /** From midnight, project time, until now. */
  | { kind: 'today' }
  /** Project wall times as a `datetime-local` field writes them: `2026-11-26T09:30`. */
  | { kind: 'range'; from: string; to: string };

/** Rows to keep: each an exact value from the choices offered, or every row when absent. */
export interface CallLogFilter {
  /** `call_type`: in, out, callback… */
  direction?: string;
  /** `disposition`: ANSWERED, BUSY, NO ANSWER… */
  status?: string;
  /** `employee_fio`. */
  employee?: string;
}

/** One row of the call log screen. */
export interface CallLogLine {
  /** Stable across reads, and never a phone number. */
  key: string;
  /** The row as Ringostat gave it, its numbers masked when masking is on. */
  row: CallLogRow;
  /** When the call was logged (ms since 1970); null when `calldate` cannot be read. */
  at: number | null;
  /** `provisional` while the call may still change (ringing, or changed since the last read). */
  state: 'provisional' | 'final';
  /** The history attempt that placed it, found as the history finds a row; null when none did. */
  historyId: string | null;
}

export interface CallLogView {
  lines: CallLogLine[];
  /** Rows in the window before the filters. */
  total: number;
  /** Rows the filters kept; `lines` holds the newest of them, at most `shownLimit`. */
  matching: number;
  /** The values each filter can take, from the rows in the window. */
  choices: { direction: string[]; status: string[]; employee: string[] };
  /** The window as asked of Ringostat, in project time (`YYYY-MM-DD HH:MM:SS`). */
  from: string;
  to: string;
  timeZone: string;
  /** When Ringostat was last read (ISO); the rows are from that read. */
  readAt: string | null;
  /** When to ask again: the simulator every few seconds, a live project less often. */
  refreshInMs: number;
  live: boolean;
  masked: boolean;
  /** Why the last read gave no rows (the rows shown are from the read before); null when it worked. */
  problem: Words | null;
}

/** What the call log screen shows of the attempt that placed a row. */
export interface CallLogAttempt {
  id: string;
  at: string;
  profileName: string;
  method: 'simple' | 'extended';
  outcome: 'accepted' | 'rejected' | 'unknown' | 'not-sent' | 'pending';
  httpStatus: number | null;
  message: Words | null;
  caller: string;
  callee: string;
  /** The request exactly as sent, key redacted, numbers masked when masking is on. */
  request: string;
  masked: boolean;
}

/** At most this many rows cross to the window per read: the newest. */
export const shownLimit = 500;
