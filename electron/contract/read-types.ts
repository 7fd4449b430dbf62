import type { Words } from './i18n/text';

/** One call log row as `calls/list` gives it; every field may be missing. */
export type CallLogRow = Record<string, string | number | boolean | null | undefined>;

/** Where the search for an attempt's call-log row stands. */
export interface CallLogState {
  historyId: string;
  /** `provisional`: a row is found but may still change (a call in progress shows NO ANSWER at first). */
  status: 'searching' | 'provisional' | 'final' | 'not-found' | 'failed';
  row: CallLogRow | null;
  /** The row's moment (ms since 1970), read from its `calldate`; null with no row or an unreadable one. */
  rowAt: number | null;
  /** The project's time zone, for writing the row's moment beside the person's own clock. */
  timeZone: string | null;
  candidates: number;
  checks: number;
  message: Words;
  checkedAt: string | null;
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  department: string;
  sipLogins: { login: string; online: boolean | null }[];
  numbers: string[];
}

export interface StaffList {
  staff: StaffMember[];
  /** When it was read from Ringostat: the list is kept until refreshed. */
  fetchedAt: string;
}
