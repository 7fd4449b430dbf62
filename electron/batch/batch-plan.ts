import { text, type Text } from '../contract/i18n/text';
import type { CountryCode } from 'libphonenumber-js/max';
import { inputLimits } from '../contract/limits';
import { fail, ok, type Result } from '../contract/result';
import type { CallbackFormInput } from '../contract/schemas';
import type { BatchColumn, BatchRow } from '../contract/batch-types';
import { blockedParties } from '../callbacks/safety';
import { prepareCallback } from '../ringostat/prepare';
import { parseRunSheet, type SheetRow } from '../shared/run-sheet';

/** A value as planned: alone, or with the expectations a header of columns gave it. */
export type PlannedValue = string | Pick<SheetRow, 'value' | 'expect'>;

/**
 * The values of a run, typed, pasted or from a CSV file: one per line, the
 * first cell of each CSV line (or its `value` column); blank lines, `#`
 * comments and a header are left out. Refused whole, before any row is
 * read, when the text, a value or the number of values is over its limit.
 */
export function parseBatchValues(source: string): Result<string[], Text> {
  const sheet = parseRunSheet(source);
  return sheet.ok ? ok(sheet.value.rows.map((row) => row.value)) : sheet;
}

/**
 * Builds every row from the template and checks it as a single send would be
 * checked, plus what only a run can get wrong: the same value twice, a number
 * on the do-not-call list. Nothing is sent here. Too many values, or one too
 * long, and the whole run is refused, whoever calls.
 */
export function planBatch(
  template: CallbackFormInput,
  column: BatchColumn,
  planned: readonly PlannedValue[],
  profile: { country: CountryCode; projectId: string; blocklist: readonly string[] },
): Result<BatchRow[], Text> {
  if (planned.length > inputLimits.rows) return fail(tooManyRows());
  const values = planned.map((item) => (typeof item === 'string' ? item : item.value));
  const long = values.findIndex((value) => value.length > inputLimits.rowLength);
  if (long >= 0) return fail(rowTooLong(long + 1, values[long]?.length ?? 0, 'row'));
  const seen = new Map<string, number>();
  return ok(
    values.map((value, position): BatchRow => {
      const index = position + 1;
      const item = planned[position];
      const expect = typeof item === 'object' ? item.expect : null;
      const form = withValue(template, column, value);
      if (!form)
        return {
          index,
          value,
          form: template,
          numbers: [],
          error: text('batch.noColumn', { method: template.method, column }),
          expect,
        };
      const prepared = prepareCallback(
        form.method === 'extended' ? { ...form, projectId: profile.projectId } : form,
        profile.country,
      );
      if (!prepared.ok) return { index, value, form, numbers: [], error: sentences(prepared.error), expect };
      const numbers = Object.values(prepared.value.parties)
        .filter((party) => party.kind === 'phone')
        .map((party) => party.value);
      const blocked = blockedParties(prepared.value, profile.blocklist);
      if (blocked.length > 0) return { index, value, form, numbers, error: sentences(blocked), expect };
      const key = JSON.stringify(prepared.value.params);
      const earlier = seen.get(key);
      if (earlier !== undefined)
        return { index, value, form, numbers, error: text('batch.sameAsRow', { row: earlier }), expect };
      seen.set(key, index);
      return { index, value, form, numbers, error: null, expect };
    }),
  );
}

function tooManyRows(): Text {
  return text('batch.tooManyRows', { max: inputLimits.rows });
}

/** `line` counts the lines of the text as written; `row` counts the values. */
function rowTooLong(position: number, length: number, counted: 'line' | 'row' = 'line'): Text {
  return text('batch.rowTooLong', { counted, position, length, max: inputLimits.rowLength });
}

function withValue(
  template: CallbackFormInput,
  column: BatchColumn,
  value: string,
): CallbackFormInput | null {
  if (template.method === 'simple')
    return column === 'destination' ? { ...template, destination: value } : null;
  if (column === 'destination') return null;
  return { ...template, [column]: value };
}

function sentences(errors: { message: Text }[]): Text {
  return text('words.sentences', { items: errors.map((error) => error.message) });
}
