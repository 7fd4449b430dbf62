import { selector, text, type Text } from '../contract/i18n/text';
import type {
  ActualOutcome,
  ExpectationCheck,
  ExpectedOutcome,
  RowCall,
  RowCheck,
  RowExpectation,
} from '../contract/run-expect-types';

export type {
  ActualOutcome,
  ExpectationCheck,
  RowCall,
  RowCheck,
  RowVerdict,
} from '../contract/run-expect-types';

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
