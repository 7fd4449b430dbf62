import { describe, expect, it } from 'vitest';
import { parseRunSheet, type RunSheet } from '../../../electron/shared/run-sheet';
import { editRunSheet } from '../../../electron/shared/run-sheet-edit';
import { english } from '../../support/english';

/** The sheet of a text that must be read whole. */
function sheetOf(source: string): RunSheet {
  const sheet = parseRunSheet(source);
  if (!sheet.ok) throw new Error(`refused: ${english(sheet.error)}`);
  return sheet.value;
}

/** Why a text is refused, in English. */
function refusal(source: string): string {
  const sheet = parseRunSheet(source);
  if (sheet.ok) throw new Error(`read: ${JSON.stringify(sheet.value.rows)}`);
  return english(sheet.error);
}

const rowsOf = (source: string) => sheetOf(source).rows.map((row) => [row.value, row.expect]);

describe('a values text without a header of columns', () => {
  it('reads as it always has: first cells, no blanks, comments or header word', () => {
    expect(rowsOf('scheme id,comment\n101,sales\n\n# skip\n"102",support\n103')).toEqual([
      ['101', null],
      ['102', null],
      ['103', null],
    ]);
  });

  it('keeps reading a header of just “value” as a header word, extra cells left alone', () => {
    expect(rowsOf('Value\n101,Sales\n102;Support')).toEqual([
      ['101', null],
      ['102', null],
    ]);
  });
});

describe('a header of columns', () => {
  it('gives each row the outcome and call-log ending it expects, in any column order', () => {
    const sheet = sheetOf(
      'expect_call,value,expect\r\nBUSY,380500000006,accepted\r\n,380500000001,rejected\r\nno  answer,380500000007,\r\n,0671112233,\r\n',
    );
    expect(sheet.columns).toEqual(['expect_call', 'value', 'expect']);
    expect(sheet.rows.map((row) => [row.value, row.expect])).toEqual([
      ['380500000006', { outcome: 'accepted', call: 'BUSY' }],
      ['380500000001', { outcome: 'rejected', call: null }],
      ['380500000007', { outcome: null, call: 'NO ANSWER' }],
      ['0671112233', null],
    ]);
  });

  it('reads semicolons and tabs, quoted cells with commas and quotes, and “not sent” as not-sent', () => {
    expect(rowsOf('value;expect\n"+38 (067) 111-22-33";Not Sent\n"a ""b"", c";unknown')).toEqual([
      ['+38 (067) 111-22-33', { outcome: 'not-sent', call: null }],
      ['a "b", c', { outcome: 'unknown', call: null }],
    ]);
    expect(rowsOf('value\texpect\n101\taccepted')).toEqual([['101', { outcome: 'accepted', call: null }]]);
  });

  it('refuses a header naming a column it does not know, saying which and what to do', () => {
    expect(refusal('value,expected\n101,accepted')).toBe(
      'The header on line 1 names a column “expected” that a run does not know. The columns are value, expect and expect_call: rename it, or delete the header line to use the first column only.',
    );
    expect(refusal('value,expect,Expect\n101')).toBe(
      'The header on line 1 names “Expect” twice: name each column once.',
    );
    expect(refusal('expect,expect_call\naccepted,BUSY')).toBe(
      'The header on line 1 has no value column: name the column of values “value”.',
    );
  });

  it('refuses an expectation it cannot read, naming the line and the words it takes', () => {
    expect(refusal('value,expect\n101,accepted\n102,acepted')).toBe(
      'Line 3: expect “acepted” is not an outcome. Write accepted, rejected, unknown or not-sent, or leave it empty.',
    );
    expect(refusal('value,expect_call\n101,ANSWERED!')).toBe(
      'Line 2: expect_call “ANSWERED!” is not a call-log ending. Write it as Ringostat does, such as ANSWERED, NO ANSWER or BUSY, or leave it empty.',
    );
    expect(refusal('value,expect\n,accepted')).toBe(
      'Line 2 has expectations but no value: fill in its value, or delete the line.',
    );
    expect(refusal('value,expect\n101,accepted,extra')).toBe(
      'Line 2 has 3 cells, but the header names 2 columns. Put a value that holds a comma in quotes, or add the column to the header.',
    );
  });

  it('holds the values limits for every column', () => {
    expect(refusal(`value,expect_call\n101,${'A'.repeat(257)}`)).toBe(
      'Line 2: expect_call is 257 characters long; a cell is at most 256.',
    );
    expect(refusal(`value,expect\n${'1'.repeat(257)},accepted`)).toBe(
      'Line 2 is 257 characters long; a value is at most 256. Is this the right file?',
    );
    const rows = Array.from({ length: 5_001 }, (_, row) => `${100_000 + row},accepted`);
    expect(refusal(`value,expect\n${rows.join('\n')}`)).toContain('more than 5,000 values');
    expect(refusal(`value,expect\n${'1,accepted\n'.repeat(100_000)}`)).toContain('at most 1,000,000');
  });

  it('reads a line of a million commas in linear time', () => {
    const started = performance.now();
    expect(refusal(`value,expect\n1${','.repeat(999_000)}x`)).toContain('Line 2 has 999,001 cells');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('editing the rows as a table', () => {
  it('adds a header of columns when an expectation first needs one, keeping comments and blank lines', () => {
    const source = '# schemes\n101,sales\n\n102';
    const sheet = sheetOf(source);
    const edited = editRunSheet(source, sheet, 1, {
      value: '102',
      expect: { outcome: 'rejected', call: null },
    });
    expect(edited).toBe('value,expect\n# schemes\n101\n\n102,rejected');
    expect(rowsOf(edited)).toEqual([
      ['101', null],
      ['102', { outcome: 'rejected', call: null }],
    ]);
  });

  it('replaces a header word, and extends a header of columns with the column a change needs', () => {
    const plain = 'number\n101';
    expect(
      editRunSheet(plain, sheetOf(plain), 0, { value: '101', expect: { outcome: null, call: 'BUSY' } }),
    ).toBe('value,expect_call\n101,BUSY');
    const headed = 'value;expect\r\n101;accepted\r\n102\r\n';
    const edited = editRunSheet(headed, sheetOf(headed), 1, {
      value: '102',
      expect: { outcome: 'accepted', call: 'NO ANSWER' },
    });
    expect(edited).toBe('value;expect;expect_call\r\n101;accepted\r\n102;accepted;NO ANSWER\r\n');
  });

  it('adds a row at the end and removes one, quoting a value that needs it', () => {
    const source = 'value,expect\n101,accepted\n';
    const added = editRunSheet(source, sheetOf(source), null, {
      value: 'a, b',
      expect: { outcome: 'rejected', call: null },
    });
    expect(added).toBe('value,expect\n101,accepted\n"a, b",rejected\n');
    expect(rowsOf(added).map(([value]) => value)).toEqual(['101', 'a, b']);
    expect(editRunSheet(added, sheetOf(added), 0, null)).toBe('value,expect\n"a, b",rejected\n');
  });
});
