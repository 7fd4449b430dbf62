import { describe, expect, it } from 'vitest';
import { matchCallLogRow, type PlacedAttempt } from '../../../electron/ringostat/call-log-match';
import {
  formatCallDate,
  formatProjectTime,
  parseCallDate,
  readProjectTime,
} from '../../../electron/ringostat/project-time';

const sentAtMs = Date.parse('2026-07-01T09:30:00Z'); // 12:30 in Kyiv (summer, +0300)
const attempt: PlacedAttempt = {
  sentAtMs,
  method: 'extended',
  caller: '380671112233',
  callee: 'shop_anna',
  calleeIsScheme: false,
};

describe('finding a placed callback in the call log', () => {
  it('matches by parties and time, reading calldate with its offset', () => {
    const row = {
      calldate: '2026-07-01T12:30:04+0300',
      caller: '380671112233',
      dst: 'shop_anna',
      disposition: 'NO ANSWER',
    };
    expect(matchCallLogRow([row], attempt, 'Europe/Kyiv')).toEqual({ row, candidates: 1 });
  });

  it('reads a calldate without offset in the project’s zone, not the computer’s', () => {
    const row = { calldate: '2026-07-01 12:30:04', caller: '0671112233', dst: 'shop_anna' };
    expect(matchCallLogRow([row], attempt, 'Europe/Kyiv')?.row).toBe(row);
    // The same wall-clock time in New York is seven hours later: outside the window.
    expect(matchCallLogRow([row], attempt, 'America/New_York')).toBeNull();
  });

  it('reads a calldate without offset in a repeated hour as the time nearer the send, and skips an impossible one', () => {
    // Kyiv, 26 October 2025: 03:10 came at 00:10 UTC and again at 01:10 UTC.
    const row = { calldate: '2025-10-26 03:10:00', caller: '380671112233', dst: 'shop_anna' };
    for (const sentAt of ['2025-10-26T00:09:00Z', '2025-10-26T01:09:00Z']) {
      expect(matchCallLogRow([row], { ...attempt, sentAtMs: Date.parse(sentAt) }, 'Europe/Kyiv')?.row).toBe(
        row,
      );
    }
    // 30 March 2025: 03:10 never came in Kyiv, so no row can have been logged then.
    const impossible = { ...row, calldate: '2025-03-30 03:10:00' };
    const sentAtMs = Date.parse('2025-03-30T00:09:00Z');
    expect(matchCallLogRow([impossible], { ...attempt, sentAtMs }, 'Europe/Kyiv')).toBeNull();
  });

  it('picks the row closest after the send among several, and says how many matched', () => {
    const rows = [
      { calldate: '2026-07-01T12:40:00+0300', caller: '380671112233', dst: 'shop_anna', uniqueid: 'later' },
      { calldate: '2026-07-01T12:30:02+0300', caller: '380671112233', dst: 'shop_anna', uniqueid: 'ours' },
      { calldate: '2026-07-01T12:29:00+0300', caller: '380671112233', dst: 'shop_anna', uniqueid: 'before' },
      {
        calldate: '2026-07-01T12:30:01+0300',
        caller: '380999999999',
        dst: 'shop_anna',
        uniqueid: 'other client',
      },
      {
        calldate: '2026-07-01T11:00:00+0300',
        caller: '380671112233',
        dst: 'shop_anna',
        uniqueid: 'long before',
      },
    ];
    expect(matchCallLogRow(rows, attempt, 'Europe/Kyiv')).toMatchObject({
      row: { uniqueid: 'ours' },
      candidates: 3,
    });
  });

  it('accepts any employee when the callee was a forwarding scheme, and legs logged the other way round', () => {
    const viaScheme = { calldate: '2026-07-01T12:30:05+0300', caller: '380671112233', dst: 'shop_petro' };
    expect(
      matchCallLogRow([viaScheme], { ...attempt, callee: '101', calleeIsScheme: true }, 'Europe/Kyiv')?.row,
    ).toBe(viaScheme);
    const reversed = { calldate: '2026-07-01T12:30:05+0300', caller: 'shop_anna', dst: '380671112233' };
    expect(matchCallLogRow([reversed], attempt, 'Europe/Kyiv')?.row).toBe(reversed);
  });

  it('finds the simple method’s destination in any party column', () => {
    const row = { calldate: '2026-07-01T12:30:05+0300', caller: '380441112233', dst: '380671112233' };
    const simple: PlacedAttempt = {
      ...attempt,
      method: 'simple',
      caller: '380441112233',
      callee: '380671112233',
    };
    expect(matchCallLogRow([row], simple, 'Europe/Kyiv')?.row).toBe(row);
  });
});

describe('project time', () => {
  it('round-trips local times across daylight saving', () => {
    for (const iso of ['2026-01-15T10:00:00Z', '2026-07-15T10:00:00Z']) {
      const instant = new Date(iso);
      expect(readProjectTime(formatProjectTime(instant, 'Europe/Kyiv'), 'Europe/Kyiv')).toEqual({
        kind: 'once',
        instant: instant.getTime(),
      });
      expect(parseCallDate(formatCallDate(instant, 'America/New_York'))).toBe(instant.getTime());
    }
    expect(formatProjectTime(new Date('2026-01-15T10:00:00Z'), 'Europe/Kyiv')).toBe('2026-01-15 12:00:00');
    expect(parseCallDate('2019-06-02T09:30:47+03:00')).toBe(Date.parse('2019-06-02T06:30:47Z'));
  });
});
