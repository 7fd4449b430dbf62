import { HistoryIndex, type IndexedEntry } from './history-index';
import type { LineSpan, LogFile } from './log-file';
import { parseRecord, recordKind, type HistoryRecord } from './records';

/**
 * Reads the newest entries straight from the end of the file, without
 * reading the rest: an entry's later records (outcome, tag, deletion) come
 * after its beginning, so they are met first going backwards.
 */
export function readNewest(log: LogFile, limit: number): IndexedEntry[] {
  const later = new Map<string, { record: HistoryRecord; span: LineSpan }[]>();
  const deleted = new Set<string>();
  const page = new HistoryIndex();
  const found: IndexedEntry[] = [];
  for (const line of log.linesBackward()) {
    if (found.length >= limit) break;
    const record = parseRecord(line.text);
    if (!record) continue;
    const span = { offset: line.offset, length: line.length };
    if (record.k === recordKind.deleted) deleted.add(record.id);
    if (record.k === recordKind.end || record.k === recordKind.tagged)
      later.set(record.id, [{ record, span }, ...(later.get(record.id) ?? [])]);
    if ((record.k !== recordKind.begin && record.k !== recordKind.whole) || deleted.has(record.id)) continue;
    const entry = page.addBegin(record, span, record.k === recordKind.whole ? record : undefined);
    for (const { record: update, span: updateSpan } of later.get(record.id) ?? []) {
      if (update.k === recordKind.end) page.applyEnd(update.id, update, updateSpan);
      if (update.k === recordKind.tagged) page.applyTag(update.id, update.tag, updateSpan);
      if (update.k === recordKind.callLog) page.addSpan(update.id, updateSpan);
    }
    // Nothing can still be in flight when the log is opened: a pending entry was cut off.
    if (entry.outcome === 'pending') entry.outcome = 'unknown';
    found.push(entry);
  }
  return found;
}
