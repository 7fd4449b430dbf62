import { selector, text, type Text } from '../contract/i18n/text';
import type { ExpectedOutcome, RowExpectation } from './run-sheet';

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

interface CheckedRow {
  state: 'invalid' | 'waiting' | 'sending' | 'checking' | 'done';
  expect: RowExpectation | null;
  result: { outcome: Exclude<ActualOutcome, 'invalid'> } | null;
  call: RowCall | null;
}

/** Holds a row to its expectations; `ended` says whether a row not reached was skipped or is still to come. */
export function checkRow(row: CheckedRow, ended: boolean): RowCheck {
  const explicit = row.expect !== null;
  if (row.state === 'waiting') return { verdict: ended ? 'skipped' : 'pending', explicit, checks: [] };
  if (row.state === 'sending' || row.state === 'checking')
    return { verdict: 'pending', explicit, checks: [] };
  const actual: ActualOutcome = row.result?.outcome ?? 'invalid';
  const checks: ExpectationCheck[] = [];
  const outcome = row.expect ? row.expect.outcome : 'accepted';
  if (outcome)
    checks.push({ what: 'outcome', expected: outcome, actual, held: outcomeHeld(outcome, actual) });
  if (row.expect?.call) {
    const ending = row.call?.ending ?? null;
    checks.push({
      what: 'call',
      expected: row.expect.call,
      actual: ending,
      held: ending !== null && sameEnding(ending, row.expect.call),
    });
  }
  return { verdict: checks.every((check) => check.held) ? 'passed' : 'failed', explicit, checks };
}

/** `not-sent` holds for every row nothing left the app for: no connection, refused by the app, or invalid. */
function outcomeHeld(expected: ExpectedOutcome, actual: ActualOutcome): boolean {
  if (expected === 'not-sent') return actual === 'not-sent' || actual === 'refused' || actual === 'invalid';
  return expected === actual;
}

/** Endings compare as Ringostat writes them, whatever the case or spacing they were typed with. */
export function sameEnding(first: string, second: string): boolean {
  const plain = (ending: string) => ending.trim().replace(/\s+/g, ' ').toUpperCase();
  return plain(first) === plain(second);
}

/** What did not hold, expected against actual, in sentences; null when everything held. */
export function describeMismatches(check: RowCheck, call: RowCall | null): Text | null {
  const items = check.checks
    .filter((item) => !item.held)
    .map((item) =>
      item.what === 'outcome'
        ? text('runExpect.mismatchOutcome', {
            expected: outcomeWord(item.expected),
            actual: outcomeWord(item.actual ?? 'invalid'),
          })
        : item.actual === null
          ? text('runExpect.mismatchNoCall', {
              expected: item.expected,
              reason: selector(call?.status ?? 'unchecked'),
            })
          : text('runExpect.mismatchCall', { expected: item.expected, actual: item.actual }),
    );
  return items.length === 0 ? null : text('words.sentences', { items });
}

/** An outcome as a word of the person's language. */
export function outcomeWord(outcome: string): Text {
  return text('runExpect.outcomeWord', { outcome: selector(outcome) });
}
