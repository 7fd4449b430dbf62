import type { BatchSnapshot } from '../contract/batch-types';
import { english, exitCodes } from './output';

const outcomeWords = {
  accepted: 'ACCEPTED',
  rejected: 'REJECTED',
  unknown: 'UNKNOWN',
  'not-sent': 'NOT SENT',
  refused: 'REFUSED',
} as const;

/** Every row with what came of it, sent or not: what a stopped run has to show. */
export function describeRows(snapshot: BatchSnapshot): string[] {
  return snapshot.rows.map((row) => {
    const head = `Row ${row.index} (${row.value})`;
    if (row.result) return `${head}: ${outcomeWords[row.result.outcome]}: ${english(row.result.message)}`;
    if (row.state === 'invalid') return `${head}: INVALID, not sent: ${row.error ? english(row.error) : ''}`;
    if (row.state === 'sending') return `${head}: SENDING: no answer yet.`;
    return `${head}: SKIPPED: the run ended before this row; nothing was sent for it.`;
  });
}

/** One line for the whole run. */
export function summary(snapshot: BatchSnapshot): string {
  const count = (outcome: string) => snapshot.rows.filter((row) => row.result?.outcome === outcome).length;
  const invalid = snapshot.rows.filter((row) => row.state === 'invalid').length;
  const skipped = snapshot.rows.filter((row) => row.state === 'waiting').length;
  return `Run ${snapshot.status}: ${snapshot.sent} of ${snapshot.total} sent; ${count('accepted')} accepted, ${count('rejected')} rejected, ${count('unknown')} unknown, ${count('not-sent')} not sent; ${invalid} invalid${skipped > 0 ? `; ${skipped} skipped` : ''}.${snapshot.stoppedBecause ? ` ${english(snapshot.stoppedBecause)}` : ''}`;
}

/**
 * A run stopped by hand before its last row says so with its own code, so a
 * script cannot take it for a finished run. Otherwise the row that needs the
 * most attention decides: unknown (check the call log) first.
 */
export function exitCodeOf(snapshot: BatchSnapshot): number {
  const skipped = snapshot.rows.some((row) => row.state === 'waiting');
  if (skipped && snapshot.stoppedBecause?.key === 'batch.stoppedByHand') return exitCodes.stopped;
  const outcomes = new Set(
    snapshot.rows.map((row) => row.result?.outcome ?? (row.state === 'invalid' ? 'invalid' : 'waiting')),
  );
  if (outcomes.has('unknown')) return exitCodes.unknown;
  if (outcomes.has('not-sent') || outcomes.has('refused')) return exitCodes['not-sent'];
  if (outcomes.has('rejected')) return exitCodes.rejected;
  if (outcomes.has('invalid')) return exitCodes.invalid;
  return exitCodes.accepted;
}

/** The one JSON object `--json` prints. */
export function batchJson(snapshot: BatchSnapshot): string {
  return JSON.stringify({
    outcome: snapshot.status,
    httpStatus: null,
    message: summary(snapshot),
    rows: snapshot.rows.map((row) => ({
      row: row.index,
      value: row.value,
      state: row.state,
      error: row.error && english(row.error),
      result: row.result && { ...row.result, message: english(row.result.message) },
    })),
  });
}
