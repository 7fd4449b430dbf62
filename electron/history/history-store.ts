import { text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryIndex, summaryOf, type IndexedEntry } from './history-index';
import { readNewest } from './newest-page';
import {
  defaultRetention,
  type HistoryBegin,
  type HistoryEnd,
  type HistoryEntry,
  type HistoryFilter,
  type HistoryRecord,
  type HistoryRetention,
  type HistorySummary,
  type HistoryTag,
  type StoredCallLog,
} from './history-types';
import { compactLog } from './compaction';
import { LogFile, type LineSpan } from './log-file';
import { mergeRecords, parseRecord } from './records';

/** Answers are kept up to this size; Ringostat's are a few hundred bytes. */
export const maxStoredAnswerBytes = 64 * 1024;

export const closedBeforeAnswer: Omit<HistoryEnd, 'endedAt'> = {
  outcome: 'unknown',
  httpStatus: null,
  latencyMs: null,
  message: text('history.closedBeforeAnswer'),
  explanation: text('outcome.checkCallLog'),
  serverMessage: null,
  answer: null,
};

export interface HistoryStoreOptions {
  retention?: HistoryRetention;
  now?: () => Date;
  newId?: () => string;
}

export interface HistoryStats {
  entries: number;
  corruptLines: number;
  bytes: number;
  indexing: boolean;
}

/**
 * The write-ahead request log. An attempt is written, and flushed, as
 * pending before its request leaves, then completed with its outcome; a
 * pending one found at the next start becomes unknown.
 */
export class HistoryStore {
  /** Resolves once every entry is indexed, pending ones recovered and retention applied. */
  readonly ready: Promise<void>;
  private readonly index = new HistoryIndex();
  private readonly inFlight = new Set<string>();
  /** Records appended while the first scan runs: indexed after it. */
  private appendedDuringScan: { record: HistoryRecord; span: LineSpan }[] | null = [];
  /** The newest page, read at once from the end of the file, kept current until the full index takes over. */
  private readonly tail = new HistoryIndex();
  private corruptLines = 0;
  private compacting: Promise<void> | null = null;
  private retention: HistoryRetention;
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    private readonly log: LogFile,
    options: HistoryStoreOptions,
    pageSize: number,
  ) {
    this.retention = options.retention ?? defaultRetention;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    for (const entry of readNewest(log, pageSize).reverse()) this.tail.adopt(entry);
    this.ready = this.buildIndex();
    // An error here is reported by whoever awaits `ready`; it must not be unhandled meanwhile.
    this.ready.catch(() => undefined);
  }

  /** Opens the log in `folder`, creating it; the newest `pageSize` entries are readable at once. */
  static open(folder: string, options: HistoryStoreOptions = {}, pageSize = 100): HistoryStore {
    mkdirSync(folder, { recursive: true });
    return new HistoryStore(new LogFile(join(folder, 'history.jsonl')), options, pageSize);
  }

  /** The newest entries, ready before the full index: what the panel shows first. */
  newest(limit = 100): HistorySummary[] {
    if (this.appendedDuringScan === null) return this.index.list({}, 0, limit).items;
    return this.tail.list({}, 0, limit).items;
  }

  async list(
    filter: HistoryFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: HistorySummary[] }> {
    await this.ready;
    return this.index.list(filter, offset, limit);
  }

  /** Every matching entry in full, newest first: for export. */
  async entries(filter: HistoryFilter): Promise<HistoryEntry[]> {
    const { items } = await this.list(filter, 0, Number.MAX_SAFE_INTEGER);
    return items.map((item) => this.read(item.id)).filter((entry): entry is HistoryEntry => entry !== null);
  }

  async get(id: string): Promise<HistoryEntry | null> {
    await this.ready;
    return this.read(id);
  }

  stats(): HistoryStats {
    return {
      entries: this.index.size,
      corruptLines: this.corruptLines,
      bytes: this.log.bytes,
      indexing: this.appendedDuringScan !== null,
    };
  }

  /** Writes an attempt as pending and flushes it; only then may its request be sent. Throws if the disk refuses. */
  begin(attempt: Omit<HistoryBegin, 'id' | 'at'>): HistoryBegin {
    const begin: HistoryBegin = { ...attempt, id: this.newId(), at: this.now().toISOString() };
    this.append({ k: 'b', ...begin });
    this.inFlight.add(begin.id);
    return begin;
  }

  complete(id: string, end: Omit<HistoryEnd, 'endedAt'>): void {
    this.inFlight.delete(id);
    this.append({ k: 'e', id, ...capAnswer(end), endedAt: this.now().toISOString() });
    this.applyRetention();
  }

  /** Keeps the call-log row found for an attempt on its entry. */
  setCallLog(id: string, callLog: StoredCallLog): boolean {
    if (!this.index.get(id)) return false;
    this.append({ k: 'c', id, callLog });
    return true;
  }

  setTag(id: string, tag: HistoryTag | null, note: string): boolean {
    if (!this.index.get(id)) return false;
    this.append({ k: 'm', id, tag, note });
    return true;
  }

  delete(id: string): boolean {
    if (!this.index.get(id)) return false;
    this.append({ k: 'd', id });
    this.scheduleCompaction();
    return true;
  }

  /** Empties the history: the file is replaced by an empty one, atomically. */
  async clear(): Promise<void> {
    await this.ready;
    await this.compacting;
    this.log.replace([]);
    this.index.clear();
  }

  /** The newest attempt at the same callback since `sinceMs`, for "you just sent this". */
  recent(fingerprint: string, sinceMs: number): HistorySummary | undefined {
    const found = this.index.latest(fingerprint, sinceMs);
    if (found) return summaryOf(found);
    const inTail = this.appendedDuringScan === null ? undefined : this.tail.latest(fingerprint, sinceMs);
    return inTail && summaryOf(inTail);
  }

  setRetention(retention: HistoryRetention): void {
    this.retention = retention;
    if (this.appendedDuringScan === null) this.applyRetention();
  }

  /** Waits for any compaction under way, then closes the file. */
  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.compacting;
    this.log.close();
  }

  private append(record: HistoryRecord): void {
    const span = this.log.append(JSON.stringify(record));
    if (this.appendedDuringScan) {
      // Until the full index is built, the newest page must show what is written meanwhile.
      this.appendedDuringScan.push({ record, span });
      applyRecord(this.tail, record, span);
    } else applyRecord(this.index, record, span);
  }

  private indexRecord(record: HistoryRecord, span: LineSpan): void {
    applyRecord(this.index, record, span);
  }

  private async buildIndex(): Promise<void> {
    await this.log.scan((text, span) => {
      const record = parseRecord(text);
      if (record) this.indexRecord(record, span);
      else this.corruptLines += 1;
    });
    for (const { record, span } of this.appendedDuringScan ?? []) this.indexRecord(record, span);
    this.appendedDuringScan = null;
    // Whatever is still pending was cut off by a crash or a forced quit: its outcome cannot be known.
    for (const entry of [...this.index.all()]) {
      if (entry.outcome === 'pending' && !this.inFlight.has(entry.id))
        this.complete(entry.id, closedBeforeAnswer);
    }
    this.applyRetention();
  }

  private applyRetention(): void {
    if (this.appendedDuringScan !== null) return;
    const cutoff =
      this.retention.maxAgeDays > 0
        ? this.now().getTime() - this.retention.maxAgeDays * 86_400_000
        : -Infinity;
    const dropped = this.index.dropOldest(this.retention.maxEntries, cutoff);
    if (dropped.length > 0 || this.deadBytes() > 0) this.scheduleCompaction();
  }

  /** Bytes of the file that hold no live entry: deleted, dropped, superseded or unreadable lines. */
  private deadBytes(): number {
    return this.log.bytes - this.index.liveBytes;
  }

  private scheduleCompaction(): void {
    if (this.compacting || this.appendedDuringScan !== null) return;
    const dead = this.deadBytes();
    // Rewrite once the dead part is both large and at least half of the file.
    if (dead < 1024 * 1024 || dead < this.log.bytes / 2) return;
    this.compacting = compactLog(this.log, this.index).finally(() => {
      this.compacting = null;
    });
  }

  private read(id: string): HistoryEntry | null {
    const entry = this.index.get(id) ?? this.tailEntry(id);
    if (!entry) return null;
    const records = entry.spans
      .map((span) => parseRecord(this.log.read(span)))
      .filter((record) => record !== null);
    const merged = mergeRecords(records);
    if (merged && merged.outcome === 'pending' && !this.inFlight.has(id)) {
      return { ...merged, outcome: 'unknown', end: { ...closedBeforeAnswer, endedAt: merged.at } };
    }
    return merged;
  }

  private tailEntry(id: string): IndexedEntry | undefined {
    return this.appendedDuringScan === null ? undefined : this.tail.get(id);
  }
}

/** Applies one log record to an index: the full one, or the newest page while the full one is built. */
function applyRecord(index: HistoryIndex, record: HistoryRecord, span: LineSpan): void {
  switch (record.k) {
    case 'b':
      index.addBegin(record, span);
      break;
    case 'f':
      index.addBegin(record, span, record);
      break;
    case 'e':
      index.applyEnd(record.id, record, span);
      break;
    case 'm':
      index.applyTag(record.id, record.tag, span);
      break;
    case 'd':
      index.remove(record.id);
      break;
    case 'c':
      index.addSpan(record.id, span);
      break;
  }
}

function capAnswer(end: Omit<HistoryEnd, 'endedAt'>): Omit<HistoryEnd, 'endedAt'> {
  if (!end.answer || Buffer.byteLength(end.answer.body) <= maxStoredAnswerBytes) return end;
  const body = Buffer.from(end.answer.body).subarray(0, maxStoredAnswerBytes).toString('utf8');
  return { ...end, answer: { ...end.answer, body, truncated: true } };
}
