import { isText } from '../contract/i18n/text';
import type {
  HistoryBegin,
  HistoryEnd,
  HistoryEntry,
  HistoryTag,
  StoredCallLog,
} from '../contract/history-types';

/**
 * The kinds of line in the history log, by the letter each line carries in
 * `k`. One letter keeps a log of a million attempts short; the letters are
 * the file format, so a kind may be added but a letter never changed.
 */
export const recordKind = {
  /** An attempt about to be sent: written and flushed before its request leaves. */
  begin: 'b',
  /** An attempt's outcome: written when its answer comes, or at the next start for one a crash cut off. */
  end: 'e',
  /** The tag and note a person gave an entry afterwards; the last one counts. */
  tagged: 'm',
  /** An entry the person deleted; its earlier lines go at the next compaction. */
  deleted: 'd',
  /** The call-log row found for an attempt, written once it stopped changing or the search ended. */
  callLog: 'c',
  /**
   * A whole entry in one line. Nothing writes it now (compaction copies live
   * lines as they are), but a log that holds one is read as that entry.
   */
  whole: 'f',
} as const;

/** One line of the log. */
export type HistoryRecord =
  | ({ k: typeof recordKind.begin } & HistoryBegin)
  | ({ k: typeof recordKind.end; id: string } & HistoryEnd)
  | { k: typeof recordKind.tagged; id: string; tag: HistoryTag | null; note: string }
  | { k: typeof recordKind.deleted; id: string }
  | { k: typeof recordKind.callLog; id: string; callLog: StoredCallLog }
  | ({ k: typeof recordKind.whole } & HistoryEntry);

const outcomes = new Set(['accepted', 'rejected', 'unknown', 'not-sent', 'pending']);
const tags = new Set(['support', 'qa', 'training']);

/**
 * Reads one log line. A torn or hand-edited line gives null: it is counted
 * and skipped, and never stops the rest of the log from being read.
 */
export function parseRecord(text: string): HistoryRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '') return null;
  switch (record.k) {
    case recordKind.begin:
      return isBegin(record) ? (record as HistoryRecord) : null;
    case recordKind.end:
      return typeof record.outcome === 'string' &&
        outcomes.has(record.outcome) &&
        (typeof record.message === 'string' || isText(record.message))
        ? (record as HistoryRecord)
        : null;
    case recordKind.tagged:
      return (record.tag === null || (typeof record.tag === 'string' && tags.has(record.tag))) &&
        typeof record.note === 'string'
        ? (record as HistoryRecord)
        : null;
    case recordKind.deleted:
      return record as HistoryRecord;
    case recordKind.callLog:
      return typeof record.callLog === 'object' && record.callLog !== null ? (record as HistoryRecord) : null;
    case recordKind.whole:
      return isBegin(record) && typeof record.outcome === 'string' && outcomes.has(record.outcome)
        ? (record as HistoryRecord)
        : null;
    default:
      return null;
  }
}

function isBegin(record: Record<string, unknown>): boolean {
  return (
    typeof record.at === 'string' &&
    !Number.isNaN(Date.parse(record.at)) &&
    typeof record.profileId === 'string' &&
    typeof record.profileName === 'string' &&
    (record.method === 'simple' || record.method === 'extended') &&
    typeof record.caller === 'string' &&
    typeof record.callee === 'string' &&
    typeof record.fingerprint === 'string' &&
    Array.isArray(record.searchable) &&
    typeof record.request === 'object' &&
    record.request !== null
  );
}

/** Folds an entry's records (begin, then maybe end and tag edits) into the entry. */
export function mergeRecords(records: HistoryRecord[]): HistoryEntry | null {
  let entry: HistoryEntry | null = null;
  for (const record of records) entry = applyRecord(entry, record);
  return entry;
}

function applyRecord(entry: HistoryEntry | null, record: HistoryRecord): HistoryEntry | null {
  switch (record.k) {
    case recordKind.whole: {
      const { k, ...whole } = record;
      return { ...whole, callLog: whole.callLog ?? null };
    }
    case recordKind.begin: {
      const { k, ...begin } = record;
      return {
        ...begin,
        outcome: 'pending',
        end: null,
        tag: begin.tag ?? null,
        note: begin.note ?? '',
        callLog: null,
      };
    }
    case recordKind.end: {
      if (!entry) return null;
      const { k, id, ...end } = record;
      return { ...entry, outcome: end.outcome, end };
    }
    case recordKind.tagged:
      return entry && { ...entry, tag: record.tag, note: record.note };
    case recordKind.callLog:
      return entry && { ...entry, callLog: record.callLog };
    case recordKind.deleted:
      return null;
  }
}
