import type { BatchRowState, BatchSnapshot } from '../contract/batch-types';
import { describeMismatches } from '../shared/run-expect';
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
    return `${head}: ${describeOutcome(row)}${row.check.explicit ? ` ${describeCheck(row)}` : ''}`;
  });
}

function describeOutcome(row: BatchRowState): string {
  if (row.state === 'checking' && row.result)
    return `${outcomeWords[row.result.outcome]}: ${english(row.result.message)} Its call-log row was still being checked.`;
  if (row.result) {
    const ending = row.call?.ending ? ` Call log: ${row.call.ending}.` : '';
    return `${outcomeWords[row.result.outcome]}: ${english(row.result.message)}${ending}`;
  }
  if (row.state === 'invalid') return `INVALID, not sent: ${row.error ? english(row.error) : ''}`;
  if (row.state === 'sending') return `SENDING: no answer yet.`;
  return `SKIPPED: the run ended before this row; nothing was sent for it.`;
}

/** PASSED, or FAILED with expected against actual, for a row that named expectations. */
export function describeCheck(row: BatchRowState): string {
  if (row.check.verdict === 'passed') return 'PASSED.';
  if (row.check.verdict === 'failed') {
    const mismatch = describeMismatches(row.check, row.call);
    return `FAILED: ${mismatch ? english(mismatch) : ''}`.trim();
  }
  return row.check.verdict === 'skipped' ? 'NOT CHECKED: skipped.' : 'NOT CHECKED yet.';
}

/** One line for the whole run. */
export function summary(snapshot: BatchSnapshot): string {
  const count = (outcome: string) => snapshot.rows.filter((row) => row.result?.outcome === outcome).length;
  const invalid = snapshot.rows.filter((row) => row.state === 'invalid').length;
  const skipped = snapshot.rows.filter((row) => row.state === 'waiting').length;
  const expecting = snapshot.rows.filter((row) => row.check.explicit);
  const verdicts = (verdict: string) => expecting.filter((row) => row.check.verdict === verdict).length;
  const expectations =
    expecting.length > 0
      ? ` Expectations: ${verdicts('passed')} of ${expecting.length} rows met them, ${verdicts('failed')} did not${verdicts('skipped') + verdicts('pending') > 0 ? `, ${verdicts('skipped') + verdicts('pending')} not checked` : ''}.`
      : '';
  return `Run ${snapshot.status}: ${snapshot.sent} of ${snapshot.total} sent; ${count('accepted')} accepted, ${count('rejected')} rejected, ${count('unknown')} unknown, ${count('not-sent')} not sent; ${invalid} invalid${skipped > 0 ? `; ${skipped} skipped` : ''}.${expectations}${snapshot.stoppedBecause ? ` ${english(snapshot.stoppedBecause)}` : ''}`;
}

/**
 * A run stopped by hand before its last row (or before the last call-log
 * check it waited for) says so with its own code, so a script cannot take it
 * for a finished run. Then a row that did not meet the expectations it named
 * gives 7. Otherwise the rows that named none decide, as runs always have:
 * the one that needs the most attention, unknown (check the call log) first.
 */
export function exitCodeOf(snapshot: BatchSnapshot): number {
  const cut = snapshot.rows.some((row) => row.state === 'waiting' || row.call?.status === 'unchecked');
  if (cut && snapshot.stoppedBecause?.key === 'batch.stoppedByHand') return exitCodes.stopped;
  if (snapshot.rows.some((row) => row.check.explicit && row.check.verdict === 'failed'))
    return exitCodes.unmet;
  const counted = snapshot.rows.filter((row) => !row.check.explicit);
  const outcomes = new Set(
    counted.map((row) => row.result?.outcome ?? (row.state === 'invalid' ? 'invalid' : 'waiting')),
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
      expect: row.expect,
      call: row.call && { ...row.call, message: row.call.message && english(row.call.message) },
      check: row.check,
    })),
  });
}
