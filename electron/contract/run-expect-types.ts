import type { BatchStatus } from './batch-types';
import type { Text } from './i18n/text';

/*
 * What a run's rows expect and how each is held to it: the types the window,
 * main and the command line share. The rules live in electron/shared/.
 */

/** What a row may expect of its callback: the app's four outcomes. */
export const expectedOutcomes = ['accepted', 'rejected', 'unknown', 'not-sent'] as const;
export type ExpectedOutcome = (typeof expectedOutcomes)[number];

/** A row's expectations; a null part is not checked. */
export interface RowExpectation {
  outcome: ExpectedOutcome | null;
  /** The call-log ending as Ringostat writes it (ANSWERED, NO ANSWER, BUSY), in capitals. */
  call: string | null;
}

/** What came of a row: an outcome, `refused` (the app would not send it) or `invalid` (never planned to be sent). */
export type ActualOutcome = 'accepted' | 'rejected' | 'unknown' | 'not-sent' | 'refused' | 'invalid';

/** Where following a row's call-log ending ended, for a row that expects one. */
export interface RowCall {
  /**
   * `final`: the row settled (or the time limit passed with a row seen); `not-found`: no row within
   * the limit; `failed`: the log could not be read; `unchecked`: the run was stopped while it looked,
   * or nothing could look; `no-call`: the outcome placed no call, so there was nothing to wait for.
   */
  status: 'final' | 'not-found' | 'failed' | 'unchecked' | 'no-call';
  /** The row's ending as Ringostat wrote it (its `disposition`); null when no row was seen. */
  ending: string | null;
  /** Why there is no ending, when there is a reason to give. */
  message: Text | null;
}

/** One expectation against what came. */
export interface ExpectationCheck {
  what: 'outcome' | 'call';
  expected: string;
  /** An outcome word, or the call-log ending; null when no ending was seen. */
  actual: string | null;
  held: boolean;
}

export type RowVerdict = 'passed' | 'failed' | 'pending' | 'skipped';

/** A row held to its expectations. */
export interface RowCheck {
  verdict: RowVerdict;
  /**
   * The row named its expectations. A row that names none is held to being
   * accepted, as every row of a run always was, and counts toward the exit
   * code by its outcome, as before.
   */
  explicit: boolean;
  checks: ExpectationCheck[];
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
