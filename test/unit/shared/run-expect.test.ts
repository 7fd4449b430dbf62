import { describe, expect, it } from 'vitest';
import { checkRow, describeMismatches, type RowCall } from '../../../electron/shared/run-expect';
import type { RowExpectation } from '../../../electron/shared/run-sheet';
import { english } from '../../support/english';

type Outcome = 'accepted' | 'rejected' | 'unknown' | 'not-sent' | 'refused';

/** A row that was sent and came back `outcome`; its call-log row ended `ending`, if one was followed. */
function done(expect: RowExpectation | null, outcome: Outcome | null, call: RowCall | null = null) {
  return {
    state: outcome === null ? ('invalid' as const) : ('done' as const),
    expect,
    result: outcome === null ? null : { outcome },
    call,
  };
}

const ended = (ending: string): RowCall => ({ status: 'final', ending, message: null });

describe('holding a row to its expectations', () => {
  it('passes when the outcome and the call-log ending are as expected, whatever the case of the ending', () => {
    const check = checkRow(
      done({ outcome: 'accepted', call: 'NO ANSWER' }, 'accepted', ended('no  answer')),
      true,
    );
    expect(check).toEqual({
      verdict: 'passed',
      explicit: true,
      checks: [
        { what: 'outcome', expected: 'accepted', actual: 'accepted', held: true },
        { what: 'call', expected: 'NO ANSWER', actual: 'no  answer', held: true },
      ],
    });
  });

  it('fails with expected against actual for each part that did not hold', () => {
    const row = done({ outcome: 'rejected', call: 'ANSWERED' }, 'accepted', ended('BUSY'));
    const check = checkRow(row, true);
    expect(check.verdict).toBe('failed');
    expect(english(describeMismatches(check, row.call) ?? '')).toBe(
      'Outcome: expected rejected, got accepted. Call-log ending: expected ANSWERED, got BUSY.',
    );
  });

  it('says why there is no ending: no call placed, none found in time, or not checked', () => {
    for (const [call, why] of [
      [{ status: 'no-call', ending: null, message: null }, 'no call: the outcome placed none'],
      [{ status: 'not-found', ending: null, message: null }, 'no call-log row within the time limit'],
      [{ status: 'unchecked', ending: null, message: null }, 'nothing: not checked, the run was stopped'],
    ] as const) {
      const row = done({ outcome: null, call: 'BUSY' }, 'rejected', call);
      const check = checkRow(row, true);
      expect(check.checks).toEqual([{ what: 'call', expected: 'BUSY', actual: null, held: false }]);
      expect(english(describeMismatches(check, row.call) ?? '')).toBe(
        `Call-log ending: expected BUSY, got ${why}.`,
      );
    }
  });

  it('counts a row nothing left the app for as not sent: no connection, refused by the app, or invalid', () => {
    const notSent = { outcome: 'not-sent', call: null } as const;
    expect(checkRow(done(notSent, 'not-sent'), true).verdict).toBe('passed');
    expect(checkRow(done(notSent, 'refused'), true).verdict).toBe('passed');
    expect(checkRow(done(notSent, null), true).verdict).toBe('passed');
    expect(checkRow(done(notSent, 'unknown'), true).verdict).toBe('failed');
  });

  it('holds a row without expectations to being accepted, as runs always did, and says it named none', () => {
    expect(checkRow(done(null, 'accepted'), true)).toMatchObject({ verdict: 'passed', explicit: false });
    expect(checkRow(done(null, 'rejected'), true)).toMatchObject({ verdict: 'failed', explicit: false });
    expect(checkRow(done(null, null), true)).toMatchObject({ verdict: 'failed', explicit: false });
  });

  it('leaves a row not reached pending while the run goes on, and skipped once it ended', () => {
    const waiting = { state: 'waiting' as const, expect: null, result: null, call: null };
    expect(checkRow(waiting, false).verdict).toBe('pending');
    expect(checkRow(waiting, true).verdict).toBe('skipped');
    expect(checkRow({ ...waiting, state: 'checking' }, true).verdict).toBe('pending');
  });
});
