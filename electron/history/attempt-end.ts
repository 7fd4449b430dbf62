import { text } from '../contract/i18n/text';
import type { HistoryEnd, HistoryEntry, HistorySummary } from '../contract/history-types';

/** Answers are kept up to this size; Ringostat's are a few hundred bytes. */
export const maxStoredAnswerBytes = 64 * 1024;

/** The end of an attempt whose answer never came: the app closed, or crashed, while it was in flight. */
export const closedBeforeAnswer: Omit<HistoryEnd, 'endedAt'> = {
  outcome: 'unknown',
  httpStatus: null,
  latencyMs: null,
  message: text('history.closedBeforeAnswer'),
  explanation: text('outcome.checkCallLog'),
  serverMessage: null,
  answer: null,
};

/** An end as it is stored: an answer over the size kept is cut, and marked as cut. */
export function capAnswer(end: Omit<HistoryEnd, 'endedAt'>): Omit<HistoryEnd, 'endedAt'> {
  if (!end.answer || Buffer.byteLength(end.answer.body) <= maxStoredAnswerBytes) return end;
  const body = Buffer.from(end.answer.body).subarray(0, maxStoredAnswerBytes).toString('utf8');
  return { ...end, answer: { ...end.answer, body, truncated: true } };
}

/** An entry still pending though its attempt is no longer in flight (a crash cut it off) reads as unknown. */
export function settledSummary(summary: HistorySummary, inFlight: ReadonlySet<string>): HistorySummary {
  return summary.outcome === 'pending' && !inFlight.has(summary.id)
    ? { ...summary, outcome: 'unknown' }
    : summary;
}

/** The same for a whole entry, which is given the end such an attempt gets. */
export function settledEntry(entry: HistoryEntry, inFlight: ReadonlySet<string>): HistoryEntry {
  if (entry.outcome !== 'pending' || inFlight.has(entry.id)) return entry;
  return { ...entry, outcome: 'unknown', end: { ...closedBeforeAnswer, endedAt: entry.at } };
}
