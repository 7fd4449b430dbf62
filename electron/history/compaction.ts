import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CompactIndex } from './compact-index';
import type { LogFile } from './log-file';
import type { LogReader } from './log-reader';

/** What a compaction copied: the new file, and where each copied line went. */
export interface CopiedLog {
  temporary: string;
  /** The log's size when the copy began: lines from here on are carried over by the main thread. */
  limit: number;
  written: number;
  oldOffsets: Float64Array;
  newOffsets: Float64Array;
  /** Unreadable lines moved beside the log, and how many entries they held. */
  setAside: { path: string; entries: number } | null;
}

/**
 * Copies the lines of live entries, in log order, into a new file beside the
 * log, in slices with `pause` between them so the index thread keeps
 * answering. Unreadable lines are moved to a file of their own, never lost.
 */
export async function copyLiveLines(
  index: CompactIndex,
  now: Date,
  pause: () => Promise<void>,
): Promise<CopiedLog> {
  const limit = index.indexedBytes;
  const oldOffsets = liveOffsets(index);
  const newOffsets = new Float64Array(oldOffsets.length);
  const temporary = `${index.reader.path}.compact`;
  const fd = openSync(temporary, 'w');
  let written = 0;
  try {
    let next = 0;
    const step = 32 * 1024 * 1024;
    while (next < oldOffsets.length) {
      const from = oldOffsets[next] ?? limit;
      // Each slice ends where a live line starts, so no line is cut in two.
      let last = next;
      while (last < oldOffsets.length && (oldOffsets[last] ?? 0) < from + step) last += 1;
      const to = last < oldOffsets.length ? (oldOffsets[last] ?? limit) : limit;
      const parts: Buffer[] = [];
      index.reader.scan(from, to, (line, offset) => {
        if (offset !== oldOffsets[next]) return;
        newOffsets[next] = written;
        parts.push(Buffer.from(line), newlineBuffer);
        written += line.length + 1;
        next += 1;
      });
      writeAll(fd, Buffer.concat(parts));
      // A line the scan could not match (the log changed under it) must not stop the copy.
      if (next < last) next = last;
      await pause();
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return {
    temporary,
    limit,
    written,
    oldOffsets,
    newOffsets,
    setAside: setAsideUnreadable(index, limit, now),
  };
}

/** Where a line of the old file is in the new one; lines after `limit` moved by the same amount. */
export function movedOffset(copied: CopiedLog, offset: number): number {
  if (offset >= copied.limit) return offset + copied.written - copied.limit;
  let low = 0;
  let high = copied.oldOffsets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = copied.oldOffsets[middle] ?? 0;
    if (value === offset) return copied.newOffsets[middle] ?? 0;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * The main thread's part: the lines appended while the copy ran are added,
 * the file flushed and renamed over the log, with no await in between, so no
 * append can fall between the copy and the rename.
 */
export function finishCompaction(log: LogFile, temporary: string, covered: number): void {
  // Usually nothing: the index thread already copied and flushed what was appended during the copy.
  if (log.bytes > covered) {
    const appended = log.readRange(covered, log.bytes - covered);
    const fd = openSync(temporary, 'a');
    try {
      writeAll(fd, appended);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  // The folder is flushed by the index thread, or by the next append if that comes first.
  log.swapIn(temporary, { flushFolder: false });
}

/**
 * The index thread's last step before the rename: the lines appended while
 * the live ones were copied are added as they are, and the file flushed;
 * returns how much of the log the copy now covers.
 */
export function copyAppended(copied: CopiedLog, reader: LogReader, covered: number): number {
  const fd = openSync(copied.temporary, 'a');
  try {
    for (let from = copied.limit; from < covered; from += 8 * 1024 * 1024)
      writeAll(fd, reader.bytes(from, Math.min(8 * 1024 * 1024, covered - from)));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return covered;
}

const newlineBuffer = Buffer.from('\n');

function liveOffsets(index: CompactIndex): Float64Array {
  const offsets: number[] = [];
  for (let position = index.start; position < index.columns.count; position += 1) {
    if (!index.isLive(position)) continue;
    for (const span of index.spansOf(position)) offsets.push(span.offset);
  }
  return Float64Array.from(offsets).sort();
}

function setAsideUnreadable(index: CompactIndex, limit: number, now: Date): CopiedLog['setAside'] {
  const lines = index.unreadable.filter((line) => line.offset < limit);
  if (lines.length === 0) return null;
  const log = index.reader.path;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const path = join(dirname(log), `${basename(log, '.jsonl')}.unreadable-${stamp}.jsonl`);
  const fd = openSync(path, 'a');
  try {
    for (const line of lines)
      writeAll(fd, Buffer.concat([index.reader.bytes(line.offset, line.length), newlineBuffer]));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const entries = new Set(lines.map((line, at) => line.id ?? `line ${at}`)).size;
  return { path, entries };
}

function writeAll(fd: number, data: Buffer): void {
  for (let done = 0; done < data.length;) done += writeSync(fd, data, done);
}
