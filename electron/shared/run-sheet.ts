import { text, type Text } from '../contract/i18n/text';
import { inputLimits } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import { expectedOutcomes, type ExpectedOutcome, type RowExpectation } from '../contract/run-expect-types';

// The types are the contract's, so the window and main hold the same rows.
export { expectedOutcomes, type ExpectedOutcome, type RowExpectation };

/** The columns a header may name. */
export const sheetColumns = ['value', 'expect', 'expect_call'] as const;
export type SheetColumn = (typeof sheetColumns)[number];

export interface SheetRow {
  /** Where the row is in the text: the 0-based index of its line. */
  line: number;
  value: string;
  /** Null when the row expects nothing, and counts as a row always has. */
  expect: RowExpectation | null;
}

/** A run's values as typed or read from a CSV file, with any expectations. */
export interface RunSheet {
  /** The columns the first line names, in its order; null when it names none. */
  columns: SheetColumn[] | null;
  /** The first line is a header (of columns, or a word such as "number") and no row. */
  headerLine: boolean;
  /** What separates the cells of a row. */
  delimiter: string;
  rows: SheetRow[];
}

/** Header words a values file had before columns were named: the line is skipped and the first column used. */
const plainHeaderWords = new Set([
  'number',
  'numbers',
  'phone',
  'phones',
  'scheme',
  'schemes',
  'scheme id',
  'callee',
  'caller',
  'destination',
  'value',
  'values',
  'id',
]);

const anyDelimiter = /[,;\t]/;
const everyDelimiter = /[,;\t]/g;

/**
 * Reads a run's values: one per line, or a CSV file. A first line that
 * names the columns `value`, `expect` and `expect_call` gives each row its
 * expectations; without one, each line's first cell is a value, as it always
 * was. Blank lines and `#` comments are left out. Refused whole, naming the
 * line and what to do, when the text, a cell or the number of rows is over
 * its limit, or a header or an expectation cannot be read.
 */
export function parseRunSheet(source: string): Result<RunSheet, Text> {
  if (source.length > inputLimits.valuesLength)
    return fail(text('batch.valuesTooLong', { length: source.length, max: inputLimits.valuesLength }));
  const lines = source.split(/\r?\n/);
  const header = readHeader(lines[0] ?? '');
  if (!header.ok) return header;
  const { columns, delimiter } = header.value;
  const headerLine = columns !== null || plainHeaderWords.has(firstCell(lines[0] ?? '').toLowerCase());
  const rows: SheetRow[] = [];
  for (const [position, line] of lines.entries()) {
    if (position === 0 && headerLine) continue;
    const row = columns ? readRow(line, position, columns, delimiter) : readPlainRow(line, position);
    if (!row.ok) return row;
    if (row.value === null) continue;
    if (rows.length === inputLimits.rows) return fail(text('batch.tooManyRows', { max: inputLimits.rows }));
    rows.push(row.value);
  }
  return ok({ columns, headerLine, delimiter: delimiter ?? ',', rows });
}

/** A line that names a column (`value`, or anything starting with `expect`) is a header of columns, and must name only known ones. */
function readHeader(line: string): Result<{ columns: SheetColumn[] | null; delimiter: string | null }, Text> {
  const delimiter = delimiterOf(line);
  const cells = splitCells(line, delimiter);
  const names = cells.map((cell) =>
    cell
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  if (!names.some((name) => name === 'value' || name.startsWith('expect')))
    return ok({ columns: null, delimiter: null });
  const columns: SheetColumn[] = [];
  for (const [position, name] of names.entries()) {
    const written = shorten(cells[position]?.trim() ?? '');
    if (!(sheetColumns as readonly string[]).includes(name))
      return fail(text('runExpect.headerUnknown', { name: written }));
    if (columns.includes(name as SheetColumn)) return fail(text('runExpect.headerTwice', { name: written }));
    columns.push(name as SheetColumn);
  }
  if (!columns.includes('value')) return fail(text('runExpect.headerNoValue'));
  // `value` alone names no expectation: the file reads as it always has, other cells left alone.
  if (columns.length === 1) return ok({ columns: null, delimiter: null });
  return ok({ columns, delimiter });
}

type RowRead = Result<SheetRow | null, Text>;

/** A line of a file without a header of columns: its first cell, as a run has always read it. */
function readPlainRow(line: string, position: number): RowRead {
  const value = firstCell(line);
  if (value === '' || value.startsWith('#')) return ok(null);
  if (value.length > inputLimits.rowLength) return fail(rowTooLong(position, value.length));
  return ok({ line: position, value, expect: null });
}

function readRow(line: string, position: number, columns: SheetColumn[], delimiter: string | null): RowRead {
  const cells = splitCells(line, delimiter).map((cell) => cell.trim());
  if (cells.every((cell) => cell === '') || (cells[0] ?? '').startsWith('#')) return ok(null);
  const lineNumber = position + 1;
  if (cells.slice(columns.length).some((cell) => cell !== ''))
    return fail(
      text('runExpect.extraCells', { line: lineNumber, cells: cells.length, columns: columns.length }),
    );
  const cell = (column: SheetColumn) => cells[columns.indexOf(column)] ?? '';
  for (const column of columns) {
    const length = cell(column).length;
    if (length <= inputLimits.rowLength) continue;
    return fail(
      column === 'value'
        ? rowTooLong(position, length)
        : text('runExpect.cellTooLong', { line: lineNumber, column, length, max: inputLimits.rowLength }),
    );
  }
  const value = cell('value');
  const outcome = readOutcome(cell('expect'));
  if (outcome === undefined)
    return fail(text('runExpect.badOutcome', { line: lineNumber, given: shorten(cell('expect')) }));
  const call = readCallEnding(cell('expect_call'));
  if (call === undefined)
    return fail(text('runExpect.badCall', { line: lineNumber, given: shorten(cell('expect_call')) }));
  if (value === '') return fail(text('runExpect.noValue', { line: lineNumber }));
  return ok({ line: position, value, expect: outcome || call ? { outcome, call } : null });
}

/** `not sent` and `Not_Sent` read as `not-sent`; empty is no expectation; anything else is undefined. */
export function readOutcome(written: string): ExpectedOutcome | null | undefined {
  const word = written
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (word === '') return null;
  return (expectedOutcomes as readonly string[]).includes(word) ? (word as ExpectedOutcome) : undefined;
}

/** A call-log ending in capitals with single spaces (`no answer` reads as `NO ANSWER`); empty is none; undefined when it cannot be one. */
export function readCallEnding(written: string): string | null | undefined {
  const ending = written.trim().replace(/\s+/g, ' ').toUpperCase();
  if (ending === '') return null;
  return /^[A-Z][A-Z _-]*$/.test(ending) ? ending : undefined;
}

function rowTooLong(position: number, length: number): Text {
  return text('batch.rowTooLong', {
    counted: 'line',
    position: position + 1,
    length,
    max: inputLimits.rowLength,
  });
}

function shorten(written: string): string {
  return written.length > 40 ? `${written.slice(0, 40)}…` : written;
}

/** The first of comma, semicolon or tab outside quotes; null when the line has none. */
function delimiterOf(line: string): string | null {
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && anyDelimiter.test(character)) return character;
  }
  return null;
}

/** Up to the first comma, semicolon or tab, or inside the quotes that open the line, trimmed. */
function firstCell(line: string): string {
  return (splitCells(line, null, 1)[0] ?? '').trim();
}

/**
 * A line's cells, split at `delimiter` (at any of comma, semicolon or tab
 * when null). A cell that opens with a quote runs to its closing quote, a
 * doubled quote inside standing for one; an unclosed quote runs to the end.
 * Stops after `most` cells.
 */
export function splitCells(line: string, delimiter: string | null, most = Infinity): string[] {
  const cells: string[] = [];
  let position = 0;
  for (;;) {
    let cell = '';
    if (line[position] === '"') {
      position += 1;
      for (;;) {
        const end = line.indexOf('"', position);
        if (end < 0) {
          cell += line.slice(position);
          position = line.length;
          break;
        }
        cell += line.slice(position, end);
        position = end + 1;
        if (line[position] !== '"') break;
        cell += '"';
        position += 1;
      }
    }
    // Up to the next delimiter: after a closing quote, whatever stands there belongs to the cell too.
    const end = nextDelimiter(line, position, delimiter);
    cell += line.slice(position, end);
    position = end;
    cells.push(cell);
    if (position >= line.length || cells.length >= most) return cells;
    position += 1;
  }
}

function nextDelimiter(line: string, from: number, delimiter: string | null): number {
  if (delimiter !== null) {
    const found = line.indexOf(delimiter, from);
    return found < 0 ? line.length : found;
  }
  // A sticky search from `from`: slicing the rest of the line for each cell would take quadratic time.
  everyDelimiter.lastIndex = from;
  return everyDelimiter.exec(line)?.index ?? line.length;
}
