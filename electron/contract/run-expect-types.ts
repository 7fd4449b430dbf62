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
