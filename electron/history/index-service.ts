import { rmSync } from 'node:fs';
import { CompactIndex } from './compact-index';
import { dirname } from 'node:path';
import { copyAppended, copyLiveLines, movedOffset, type CopiedLog } from './compaction';
import { syncFolder } from './log-file';
import type { HistoryEntry } from '../contract/history-types';
import type { IndexCalls, IndexMethod, IndexStats, IndexWorkerData } from './index-protocol';
import { IndexQuery } from './index-query';
import { LogReader } from './log-reader';
import { loadSidecar, saveSidecar } from './sidecar';

/** A sidecar is rewritten after opening when at least this much of the log had to be read line by line. */
const resaveAfterBytes = 8 * 1024 * 1024;

/**
 * Everything the index thread does: builds the index (from the sidecar and
 * the lines after it, or from the whole log), keeps it current from the
 * lines the main thread appends, answers questions, and copies the live
 * lines for compaction.
 */
export class IndexService {
  private index: CompactIndex;
  private query: IndexQuery;
  private readonly reader: LogReader;
  private copied: CopiedLog | null = null;
  private changedSinceSave = false;

  constructor(private readonly data: IndexWorkerData) {
    this.reader = new LogReader(data.logPath);
    this.index = new CompactIndex(this.reader);
    this.query = new IndexQuery(this.index);
  }

  /** Reads what the sidecar does not cover; returns once search and filters work. */
  open(): void {
    if (!loadSidecar(this.data.sidecarPath, this.index, this.data.logBytes)) this.reset();
    const from = this.index.indexedBytes;
    this.reader.scan(from, this.data.logBytes, (line, offset) =>
      this.index.addLine(line.toString('utf8'), { offset, length: line.length }),
    );
    if (this.data.logBytes - from >= resaveAfterBytes) saveSidecar(this.data.sidecarPath, this.index);
    else this.changedSinceSave = this.data.logBytes > from;
  }

  stats(): IndexStats {
    return {
      entries: this.index.size,
      corruptLines: this.index.unreadable.length,
      deadBytes: this.index.indexedBytes - this.index.liveBytes,
    };
  }

  line(text: string, offset: number, length: number): void {
    this.index.addLine(text, { offset, length });
    this.changedSinceSave = true;
  }

  async call<M extends IndexMethod>(method: M, args: IndexCalls[M]['args']): Promise<IndexCalls[M]['value']> {
    return (await this.handlers[method](args as never)) as IndexCalls[M]['value'];
  }

  close(): void {
    this.reader.close();
  }

  private readonly handlers: { [M in IndexMethod]: (args: IndexCalls[M]['args']) => unknown } = {
    list: ({ filter, offset, limit, generation }) => {
      const current = new Int32Array(this.data.searchGeneration);
      // Asked for another filter since: this answer would be thrown away, so it is not worked out.
      const stale = () => Atomics.load(current, 0) !== generation;
      return this.query.list(filter, offset, limit, stale);
    },
    get: ({ id }) => {
      const position = this.index.find(id, true);
      return position === undefined ? null : this.query.entry(position);
    },
    has: ({ id }) => this.index.find(id, true) !== undefined,
    pending: () => this.index.pending(),
    retain: ({ keep, cutoffMs }) => ({ dropped: this.index.retain(keep, cutoffMs), left: this.index.size }),
    compact: async ({ now }) => {
      const copied = await copyLiveLines(this.index, new Date(now), () => new Promise(setImmediate));
      this.copied = copied;
      const covered = copyAppended(copied, this.reader, this.index.indexedBytes);
      return { temporary: copied.temporary, covered, setAside: copied.setAside };
    },
    swapped: ({ ok }) => {
      const copied = this.copied;
      this.copied = null;
      if (!copied) return null;
      if (!ok) rmSync(copied.temporary, { force: true });
      else {
        // The rename is made durable here, off the main thread.
        syncFolder(dirname(this.data.logPath));
        this.moveTo(copied);
      }
      return null;
    },
    cleared: () => {
      this.reader.reopen();
      this.reset();
      this.changedSinceSave = true;
      return null;
    },
    exportBatch: ({ filter, before, size }) => {
      const positions = this.query.matches(filter);
      const entries: HistoryEntry[] = [];
      let next: number | null = null;
      // Newest first: skip what earlier batches gave, by position, so appends in between change nothing.
      for (let at = firstBelow(positions, before); at < positions.length; at += 1) {
        const position = positions[at] ?? 0;
        if (entries.length === size) break;
        const entry = this.query.entry(position);
        if (entry) entries.push(entry);
        next = position;
      }
      return { entries, next: entries.length === size ? next : null };
    },
    save: () => {
      if (this.changedSinceSave) saveSidecar(this.data.sidecarPath, this.index);
      this.changedSinceSave = false;
      return null;
    },
  };

  private reset(): void {
    this.index = new CompactIndex(this.reader);
    this.query = new IndexQuery(this.index);
  }

  /** After the rename: every kept line's new place, dropped and deleted slots gone, unreadable lines set aside. */
  private moveTo(copied: CopiedLog): void {
    const index = this.index;
    const columns = index.columns;
    for (let position = index.start; position < columns.count; position += 1) {
      if (!index.isLive(position)) continue;
      columns.set('beginOffset', position, movedOffset(copied, columns.number('beginOffset', position)));
      if (columns.number('endLength', position) > 0)
        columns.set('endOffset', position, movedOffset(copied, columns.number('endOffset', position)));
      if (columns.sparseNumber('markLength', position) > 0)
        columns.setSparse(
          'markOffset',
          position,
          movedOffset(copied, columns.sparseNumber('markOffset', position)),
        );
      if (columns.sparseNumber('callLogLength', position) > 0)
        columns.setSparse(
          'callLogOffset',
          position,
          movedOffset(copied, columns.sparseNumber('callLogOffset', position)),
        );
    }
    columns.keepFrom(index.start, (position) => index.isLive(position));
    index.start = 0;
    index.deleted = [];
    const shift = copied.written - copied.limit;
    index.unreadable = index.unreadable
      .filter((line) => line.offset >= copied.limit)
      .map((line) => ({ ...line, offset: line.offset + shift }));
    index.indexedBytes += shift;
    index.generation += 1;
    this.reader.reopen();
    saveSidecar(this.data.sidecarPath, index);
    this.changedSinceSave = false;
  }
}

/** The first index in a newest-first list of positions whose position is below `before`. */
function firstBelow(positions: Int32Array, before: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] ?? 0) >= before) low = middle + 1;
    else high = middle;
  }
  return low;
}
