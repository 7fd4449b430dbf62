import type { Text } from './i18n/text';
import type { Outcome } from './callback-types';
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
}

export type BatchStatus = 'running' | 'paused' | 'stopping' | 'stopped' | 'finished';

export interface BatchRowResult {
  outcome: Outcome | 'refused';
  httpStatus: number | null;
  latencyMs: number | null;
  message: Text;
  historyId: string | null;
}

export interface BatchRowState extends BatchRow {
  state: 'invalid' | 'waiting' | 'sending' | 'done';
  result: BatchRowResult | null;
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
}
