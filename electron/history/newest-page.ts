import { HistoryIndex, type IndexedEntry } from './history-index';
import type { HistoryRecord } from '../contract/history-types';
import type { LineSpan, LogFile } from './log-file';
import { parseRecord } from './records';

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
    if (record.k === 'd') deleted.add(record.id);
    if (record.k === 'e' || record.k === 'm')
      later.set(record.id, [{ record, span }, ...(later.get(record.id) ?? [])]);
    if ((record.k !== 'b' && record.k !== 'f') || deleted.has(record.id)) continue;
    const entry = page.addBegin(record, span, record.k === 'f' ? record : undefined);
    for (const { record: update, span: updateSpan } of later.get(record.id) ?? []) {
      if (update.k === 'e') page.applyEnd(update.id, update, updateSpan);
      if (update.k === 'm') page.applyTag(update.id, update.tag, updateSpan);
      if (update.k === 'c') page.addSpan(update.id, updateSpan);
    }
    // Nothing can still be in flight when the log is opened: a pending entry was cut off.
    if (entry.outcome === 'pending') entry.outcome = 'unknown';
    found.push(entry);
  }
  return found;
}
