import { calleeIsScheme, maskNumber, maskParty, NumberMask } from '../history/masking';
import type { BatchPlan, BatchRow, BatchRowState } from '../contract/batch-types';
import type { HttpRequest } from '../contract/callback-types';
import type { Text } from '../contract/i18n/text';

/** Every number a run's row knows of: its value, its form's parties, and the numbers as sent. */
function rowMask(row: BatchRow): { mask: NumberMask; valueIsScheme: boolean } {
  const mask = new NumberMask().addForm(row.form);
  for (const number of row.numbers) mask.add(number);
  // A run's values go into one column; a scheme id in the callee column is not a number.
  const valueIsScheme =
    row.form.method === 'extended' && calleeIsScheme(row.form) && row.form.callee === row.value;
  mask.add(row.value, valueIsScheme);
  return { mask, valueIsScheme };
}

/** A row's request as sent, with the row's numbers masked wherever they sit in it. */
export function maskRowRequest(row: BatchRow, request: HttpRequest): HttpRequest {
  return rowMask(row).mask.request(request);
}

/** A message about a run's row, with the row's numbers masked wherever they sit in it. */
export function maskRowMessage(row: BatchRow, message: Text): Text {
  return rowMask(row).mask.message(message);
}

/** A run's row with its numbers masked: its value, its form, and wherever they sit in its messages. */
export function maskRow<T extends BatchRow | BatchRowState>(row: T): T {
  const { mask, valueIsScheme } = rowMask(row);
  const masked: T = {
    ...row,
    value: maskParty(row.value, valueIsScheme),
    form: mask.form(row.form),
    numbers: row.numbers.map(maskNumber),
    error: row.error && mask.message(row.error),
  };
  if ('result' in masked && masked.result)
    masked.result = { ...masked.result, message: mask.message(masked.result.message) };
  if ('call' in masked && masked.call?.message)
    masked.call = { ...masked.call, message: mask.message(masked.call.message) };
  return masked;
}

export function maskBatchPlan(plan: BatchPlan): BatchPlan {
  return { ...plan, rows: plan.rows.map(maskRow) };
}

/** A run in progress or ended, as the window or an export may see it with masking on. */
export function maskBatchRows<T extends { rows: BatchRowState[] }>(view: T): T {
  return { ...view, rows: view.rows.map(maskRow) };
}
