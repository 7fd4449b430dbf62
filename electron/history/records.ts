import { isText } from '../contract/i18n/text';
import type { HistoryEntry, HistoryRecord } from '../contract/history-types';

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
    case 'b':
      return isBegin(record) ? (record as HistoryRecord) : null;
    case 'e':
      return typeof record.outcome === 'string' &&
        outcomes.has(record.outcome) &&
        (typeof record.message === 'string' || isText(record.message))
        ? (record as HistoryRecord)
        : null;
    case 'm':
      return (record.tag === null || (typeof record.tag === 'string' && tags.has(record.tag))) &&
        typeof record.note === 'string'
        ? (record as HistoryRecord)
        : null;
    case 'd':
      return record as HistoryRecord;
    case 'c':
      return typeof record.callLog === 'object' && record.callLog !== null ? (record as HistoryRecord) : null;
    case 'f':
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
    case 'f': {
      const { k, ...whole } = record;
      return { ...whole, callLog: whole.callLog ?? null };
    }
    case 'b': {
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
    case 'e': {
      if (!entry) return null;
      const { k, id, ...end } = record;
      return { ...entry, outcome: end.outcome, end };
    }
    case 'm':
      return entry && { ...entry, tag: record.tag, note: record.note };
    case 'c':
      return entry && { ...entry, callLog: record.callLog };
    case 'd':
      return null;
  }
}
