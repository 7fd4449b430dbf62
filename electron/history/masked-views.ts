import type { CallLogRow, CallLogState } from '../contract/read-types';
import type { CallbackResult } from '../contract/callback-types';
import type { HistoryEntry, HistorySummary, StoredCallLog } from '../contract/history-types';
import { calleeIsScheme, maskParty, NumberMask } from './masking';

/** The columns of a call-log row that hold a party. */
const rowParties = ['caller', 'dst', 'connected_with'] as const;

/** Every number an attempt knows of: its parties as sent and as typed, and those of its call-log row. */
export function maskFor(
  entry: HistoryEntry,
  row: CallLogRow | null = entry.callLog?.row ?? null,
): NumberMask {
  const isScheme = calleeIsScheme(entry.form);
  const mask = new NumberMask().add(entry.caller).add(entry.callee, isScheme).addForm(entry.form);
  for (const column of rowParties) mask.add(row?.[column]);
  return mask;
}

/** What the list shows of an attempt, its numbers masked. */
export function maskSummary(summary: HistorySummary): HistorySummary {
  return {
    ...summary,
    caller: maskParty(summary.caller),
    callee: maskParty(summary.callee, summary.calleeIsScheme),
  };
}

/** An attempt as the window or an export may see it with masking on: every number it knows of masked. */
export function maskEntry(entry: HistoryEntry): HistoryEntry {
  const mask = maskFor(entry);
  const isScheme = calleeIsScheme(entry.form);
  return {
    ...entry,
    form: mask.form(entry.form),
    request: mask.request(entry.request),
    caller: maskParty(entry.caller),
    callee: maskParty(entry.callee, isScheme),
    fingerprint: mask.text(entry.fingerprint),
    searchable: entry.searchable.map((value) => mask.text(value)),
    end: entry.end && {
      ...entry.end,
      message: mask.words(entry.end.message),
      explanation: mask.words(entry.end.explanation),
      serverMessage: entry.end.serverMessage === null ? null : mask.text(entry.end.serverMessage),
      answer: mask.answer(entry.end.answer),
    },
    callLog: entry.callLog && maskStoredCallLog(entry.callLog, mask),
  };
}

function maskStoredCallLog(callLog: StoredCallLog, mask: NumberMask): StoredCallLog {
  return { ...callLog, row: callLog.row && maskRow(callLog.row, mask), message: mask.words(callLog.message) };
}

/** A call-log row with its parties masked, and the known numbers masked in its other columns. */
export function maskRow(row: CallLogRow, mask: NumberMask): CallLogRow {
  const masked: CallLogRow = {};
  for (const [column, value] of Object.entries(row)) {
    // A server may write a number as a JSON number: it is masked as the text it reads as.
    const written = typeof value === 'number' ? String(value) : value;
    if (typeof written !== 'string') masked[column] = value;
    else if ((rowParties as readonly string[]).includes(column)) masked[column] = maskParty(written);
    else {
      const clean = mask.text(written);
      masked[column] = clean === written ? value : clean;
    }
  }
  return masked;
}

/** Where the search for an attempt's call-log row stands, its numbers masked. */
export function maskCallLogState(state: CallLogState, entry: HistoryEntry | null): CallLogState {
  const mask = entry ? maskFor(entry, state.row) : new NumberMask();
  if (!entry) for (const column of rowParties) mask.add(state.row?.[column]);
  return { ...state, row: state.row && maskRow(state.row, mask), message: mask.words(state.message) };
}

/** A callback's outcome (such as one sent again from the history), the attempt's numbers masked. */
export function maskResult<T extends CallbackResult>(result: T, mask: NumberMask): T {
  return {
    ...result,
    message: mask.message(result.message),
    explanation: mask.message(result.explanation),
    serverMessage: result.serverMessage === null ? null : mask.text(result.serverMessage),
    request: mask.request(result.request),
    answer: mask.answer(result.answer),
  };
}
