import type { Text } from './i18n/text';
import type { Outcome } from './callback-types';
import type { ActualOutcome, RowCall, RowCheck, RowExpectation, RowVerdict } from './run-expect-types';
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

/** What a run keeps of each row, to be compared with a later run of the same template. */
export interface StoredRunRow {
  row: number;
  value: string;
  expect: RowExpectation | null;
  outcome: ActualOutcome | null;
  /** How its call ended, as Ringostat wrote it; null when no ending was seen. */
  callEnding: string | null;
  verdict: RowVerdict;
}

/** What a run's list of earlier runs shows of each. */
export interface RunSummary {
  id: string;
  templateId: string;
  templateName: string;
  profileName: string;
  startedAt: string;
  endedAt: string | null;
  status: BatchStatus;
  rows: number;
  passed: number;
  failed: number;
}

/** A run as kept in the data folder: real numbers, as the history keeps them. */
export interface StoredRun extends RunSummary {
  /** Its values are forwarding scheme ids: masking leaves them as they are. */
  valuesAreSchemes: boolean;
  items: StoredRunRow[];
}

/** A value in two runs; `earlier` or `now` is null when only one run had it. */
export interface ComparedRow {
  value: string;
  change: 'outcome' | 'call' | 'outcome-and-call' | 'added' | 'removed' | 'same';
  earlier: Omit<StoredRunRow, 'value'> | null;
  now: Omit<StoredRunRow, 'value'> | null;
}

export interface RunComparison {
  run: RunSummary;
  earlier: RunSummary;
  /** Every value of either run, those that changed first, in the later run's order. */
  rows: ComparedRow[];
  /** How many values changed outcome or call-log ending, or are in only one run. */
  changed: number;
}
