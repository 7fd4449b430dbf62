import type { RowExpectation, RunSheet, SheetColumn } from './run-sheet';

/** One row as the run screen's table edits it. */
export interface SheetCells {
  value: string;
  expect: RowExpectation | null;
}

/**
 * The values text with one row changed in place (`row` is its position in
 * `sheet.rows`), a row added at the end (`row` null), or a row removed
 * (`cells` null). Comments, blank lines and the other rows stay as written;
 * a header is added, or given the column the change needs, only when the
 * change sets an expectation the text has no column for.
 */
export function editRunSheet(
  source: string,
  sheet: RunSheet,
  row: number | null,
  cells: SheetCells | null,
): string {
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const lines: (string | null)[] = source === '' ? [] : source.split(/\r?\n/);
  const needed: SheetColumn[] = [];
  if (cells?.expect?.outcome) needed.push('expect');
  if (cells?.expect?.call) needed.push('expect_call');
  let columns: SheetColumn[] = sheet.columns ?? ['value'];
  const delimiter = sheet.columns ? sheet.delimiter : ',';
  const missing = needed.filter((column) => !columns.includes(column));
  if (missing.length > 0 && sheet.columns === null) {
    columns = ['value', ...missing];
    // Without a header only each line's first cell was read: that cell alone is kept under the new one.
    for (const other of sheet.rows)
      lines[other.line] = writeRow(columns, delimiter, { value: other.value, expect: null });
  } else if (missing.length > 0) {
    // Appended last, so the rows already written need no change: a missing cell is an empty one.
    columns = [...columns, ...missing];
  }
  const target = row === null ? undefined : sheet.rows[row];
  if (cells === null) {
    if (target) lines[target.line] = null;
  } else if (target) {
    lines[target.line] = writeRow(columns, delimiter, cells);
  } else {
    const written = writeRow(columns, delimiter, cells);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.splice(lines.length - 1, 0, written);
    else lines.push(written);
  }
  if (missing.length > 0) {
    const header = columns.join(delimiter);
    if (sheet.headerLine) lines[0] = header;
    else lines.unshift(header);
  }
  return lines.filter((line) => line !== null).join(newline);
}

/** A row's cells in the header's order, quoted where needed, without empty cells at the end. */
function writeRow(columns: SheetColumn[], delimiter: string, cells: SheetCells): string {
  const written = columns.map((column) =>
    quoted(
      column === 'value'
        ? cells.value
        : column === 'expect'
          ? (cells.expect?.outcome ?? '')
          : (cells.expect?.call ?? ''),
    ),
  );
  while (written.length > 1 && written[written.length - 1] === '') written.pop();
  return written.join(delimiter);
}

function quoted(cell: string): string {
  return /[",;\t]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}
