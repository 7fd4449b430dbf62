import type { Text } from './i18n/text';
import type { Outcome } from './callback-types';
import type { RowCall, RowCheck, RowExpectation } from './run-expect-types';
import type { CallbackFormInput } from './schemas';

/** Which field of the template each value goes into. */
export type BatchColumn = 'callee' | 'caller' | 'destination';

/** A run checked before anything is sent. */
export interface BatchPlan {
  rows: BatchRow[];
  valid: number;
  /** The run would ring real phones. */
  live: boolean;
  profileName: string;
}

export interface BatchRow {
  /** 1-based, as a person counts rows. */
  index: number;
  value: string;
  form: CallbackFormInput;
  /** The row's phone numbers as they would be sent, so masking finds them wherever they are written. */
  numbers: string[];
  /** Why this row will not be sent; null when it is valid. */
  error: Text | null;
  /** What the row expects of its callback; null when it expects nothing and counts as rows always have. */
  expect: RowExpectation | null;
}

export type BatchStatus = 'running' | 'paused' | 'stopping' | 'stopped' | 'finished';

export interface BatchRowResult {
  outcome: Outcome | 'refused';
  httpStatus: number | null;
  latencyMs: number | null;
  message: Text;
  historyId: string | null;
  /** When the row's request left (or was refused), ISO time. */
  sentAt: string;
}

export interface BatchRowState extends BatchRow {
  /** `checking`: sent, and waiting for its call-log row to settle, as the row expects an ending. */
  state: 'invalid' | 'waiting' | 'sending' | 'checking' | 'done';
  result: BatchRowResult | null;
  /** For a row that expects a call-log ending: what following it found. */
  call: RowCall | null;
  /** The row held to its expectations, as things stand. */
  check: RowCheck;
}

export interface BatchSnapshot {
  id: string;
  status: BatchStatus;
  rows: BatchRowState[];
  /** How many rows will be sent, and how many have been. */
  total: number;
  sent: number;
  gapMs: number;
  stopOnFailure: boolean;
  /** Why the run ended early, if it did. */
  stoppedBecause: Text | null;
  /** ISO times: when the run started, and when it ended (null while it goes on). */
  startedAt: string;
  endedAt: string | null;
}
