import { describe, expect, it } from 'vitest';
import {
  filterChoices,
  passes,
  ringingMs,
  rowKeys,
  RowSettler,
  settledAfterMs,
} from '../../../electron/call-log/call-log-rows';
import type { CallLogRow } from '../../../electron/contract/read-types';

const rows: CallLogRow[] = [
  { call_type: 'out', disposition: 'ANSWERED', employee_fio: 'Anna Kovalenko', caller: '380671112233' },
  { call_type: 'in', disposition: 'BUSY', employee_fio: 'Petro Shevchenko', caller: '380671112244' },
  { call_type: 'out', disposition: 'NO ANSWER', employee_fio: null, caller: '380671112255' },
  { call_type: 'callback', disposition: 'ANSWERED', employee_fio: 'Anna Kovalenko ', caller: '380441112233' },
];

describe('the call log screen’s filters', () => {
  it('keep the rows whose direction, status and employee are each the value chosen', () => {
    const kept = (filter: Parameters<typeof passes>[1]) =>
      rows.filter((row) => passes(row, filter)).map((row) => row.caller);
    expect(kept({})).toHaveLength(4);
    expect(kept({ direction: 'out' })).toEqual(['380671112233', '380671112255']);
    expect(kept({ status: 'ANSWERED' })).toEqual(['380671112233', '380441112233']);
    expect(kept({ employee: 'Anna Kovalenko' })).toEqual(['380671112233', '380441112233']);
    expect(kept({ direction: 'out', status: 'ANSWERED', employee: 'Anna Kovalenko' })).toEqual([
      '380671112233',
    ]);
    expect(kept({ status: 'FAILED' })).toEqual([]);
  });

  it('offer the values the window’s rows hold, each once and sorted, leaving out empty ones', () => {
    expect(filterChoices(rows)).toEqual({
      direction: ['callback', 'in', 'out'],
      status: ['ANSWERED', 'BUSY', 'NO ANSWER'],
      employee: ['Anna Kovalenko', 'Petro Shevchenko'],
    });
  });
});

describe('row keys', () => {
  it('are Ringostat’s uniqueid, or a hash that holds no number, unique within a read', () => {
    const keys = rowKeys([
      { uniqueid: '1559460647.123', caller: '380671112233' },
      { calldate: '2026-07-01T12:30:47+0300', caller: '380671112233', dst: '380501112233' },
      { calldate: '2026-07-01T12:30:47+0300', caller: '380671112233', dst: '380501112233' },
    ]);
    expect(keys[0]).toBe('id:1559460647.123');
    expect(keys[1]).toMatch(/^row:[0-9a-z]+$/);
    expect(keys[2]).toBe(`${keys[1]}#2`);
    expect(keys.join()).not.toMatch(/671112233|501112233/);
    // The same row read again has the same key.
    expect(
      rowKeys([{ calldate: '2026-07-01T12:30:47+0300', caller: '380671112233', dst: '380501112233' }]),
    ).toEqual([keys[1]]);
  });
});

describe('provisional and final rows', () => {
  const now = Date.parse('2026-07-01T09:30:00Z');
  const line = (row: CallLogRow, ageMs: number, key = 'id:1') => ({ key, row, at: now - ageMs });

  it('a ringing row (no duration yet, young) stays provisional however often it reads the same', () => {
    const settler = new RowSettler();
    const ringing = { disposition: 'NO ANSWER', duration: 0 };
    expect(settler.settle([line(ringing, 1_000)], now)).toEqual(['provisional']);
    expect(settler.settle([line(ringing, 3_000)], now)).toEqual(['provisional']);
    // Past the ringing time a row without duration is what it is: unanswered.
    expect(settler.settle([line(ringing, ringingMs)], now)).toEqual(['final']);
  });

  it('a row that changed is provisional until it reads the same again', () => {
    const settler = new RowSettler();
    expect(settler.settle([line({ disposition: 'NO ANSWER', duration: 0 }, 1_000)], now)).toEqual([
      'provisional',
    ]);
    expect(settler.settle([line({ disposition: 'BUSY', duration: 3 }, 4_000)], now)).toEqual(['provisional']);
    expect(settler.settle([line({ disposition: 'BUSY', duration: 3 }, 6_000)], now)).toEqual(['final']);
  });

  it('an old row is final at first sight; a row that left the window is forgotten', () => {
    const settler = new RowSettler();
    const old = line({ disposition: 'ANSWERED', duration: 40 }, settledAfterMs, 'id:old');
    const young = line({ disposition: 'ANSWERED', duration: 40 }, 10_000, 'id:young');
    expect(settler.settle([old, young], now)).toEqual(['final', 'provisional']);
    expect(settler.settle([old], now)).toEqual(['final']);
    expect(settler.settle([young], now)).toEqual(['provisional']);
  });
});
