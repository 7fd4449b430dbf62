import { text, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { finishCompaction } from './compaction';
import { HistoryIndex, summaryOf } from './history-index';
import { HistoryUnavailableError, unavailableReason } from './history-unavailable';
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
import { IndexClient } from './index-client';
import type { IndexCalls, IndexMethod } from './index-protocol';
import { LogFile, type LineSpan } from './log-file';
import { readNewest } from './newest-page';

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
  /** Told what the person should know: unreadable lines set aside, and where. */
  onNotice?: (notice: Text) => void;
  /** The index thread's built file; found beside the bundle when not given. */
  workerFile?: string;
}

export interface HistoryStats {
  entries: number;
  corruptLines: number;
  bytes: number;
  indexing: boolean;
}

/** Entries kept in the main thread for "you just sent this": the newest page and what was appended since. */
const recentKept = 500;
const exportBatchSize = 500;

/**
 * The write-ahead request log. An attempt is written, and flushed, as
 * pending before its request leaves, then completed with its outcome; a
 * pending one found at the next start becomes unknown. The index lives in
 * its own thread; this thread keeps only what must be synchronous.
 */
export class HistoryStore {
  /** Resolves once every entry is indexed, pending ones recovered and retention applied. */
  readonly ready: Promise<void>;
  /** Why the history cannot be used, when its file cannot be opened; null when it can. */
  readonly unavailable: Text | null;
  private readonly log: LogFile | null;
  private readonly client: IndexClient | null;
  private readonly inFlight = new Set<string>();
  /** Attempts begun while the start still asks which entries a crash cut off: theirs are never among them. */
  private readonly begunWhileStarting = new Set<string>();
  /** The newest entries, read from the end of the file at once and kept current. */
  private readonly recentEntries = new HistoryIndex();
  private indexing = true;
  private closed = false;
  /** Raised whenever the list is asked for another filter; shared with the index thread. */
  private readonly searchGeneration = new Int32Array(new SharedArrayBuffer(4));
  private lastFilter = '';
  private compacting: Promise<void> | null = null;
  /** Retention checks and compactions under way: closing waits for them. */
  private readonly maintenance = new Set<Promise<void>>();
  private retention: HistoryRetention;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly onNotice: (notice: Text) => void;

  private constructor(
    opened: { log: LogFile; sidecar: string } | { reason: Text },
    options: HistoryStoreOptions,
    pageSize: number,
  ) {
    this.retention = options.retention ?? defaultRetention;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.onNotice = options.onNotice ?? (() => undefined);
    if ('reason' in opened) {
      this.log = null;
      this.client = null;
      this.unavailable = opened.reason;
      this.indexing = false;
      this.ready = Promise.resolve();
      return;
    }
    this.log = opened.log;
    this.unavailable = null;
    for (const entry of readNewest(opened.log, Math.max(pageSize, 1)).reverse())
      this.recentEntries.adopt(entry);
    this.client = new IndexClient(
      {
        logPath: opened.log.path,
        sidecarPath: opened.sidecar,
        logBytes: opened.log.bytes,
        searchGeneration: this.searchGeneration.buffer as SharedArrayBuffer,
      },
      options.workerFile,
    );
    this.ready = this.whenIndexed(this.client);
    // An error here is reported by whoever awaits `ready`; it must not be unhandled meanwhile.
    this.ready.catch(() => undefined);
  }

  /**
   * Opens the log in `folder`, creating it; the newest `pageSize` entries are
   * readable at once. A log that cannot be opened (a folder, no permission)
   * gives a store that says why and refuses to begin an attempt.
   */
  static open(folder: string, options: HistoryStoreOptions = {}, pageSize = 100): HistoryStore {
    const path = join(folder, 'history.jsonl');
    let log: LogFile;
    try {
      mkdirSync(folder, { recursive: true });
      log = new LogFile(path);
    } catch (error) {
      return new HistoryStore({ reason: unavailableReason(error, path) }, options, pageSize);
    }
    return new HistoryStore({ log, sidecar: join(folder, 'history.index') }, options, pageSize);
  }

  /** The newest entries, ready before the full index: what the panel shows first. */
  newest(limit = 100): HistorySummary[] {
    return this.recentEntries.list({}, 0, limit).items;
  }

  async list(
    filter: HistoryFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: HistorySummary[] }> {
    await this.ready;
    if (!this.client) return { total: 0, items: [] };
    // A new filter makes every search still queued for an older one stop: the panel shows one filter at a time.
    const key = JSON.stringify(filter);
    if (key !== this.lastFilter) {
      this.lastFilter = key;
      Atomics.add(this.searchGeneration, 0, 1);
    }
    const generation = Atomics.load(this.searchGeneration, 0);
    const page = await this.ask('list', { filter, offset, limit, generation }, { total: 0, items: [] });
    return { total: page.total, items: page.items.map((item) => this.settled(item)) };
  }

  /** Every matching entry in full, newest first, a few hundred at a time: for export. */
  async *exportBatches(filter: HistoryFilter): AsyncGenerator<HistoryEntry[]> {
    await this.ready;
    if (!this.client) return;
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const batch = await this.ask(
        'exportBatch',
        { filter, before, size: exportBatchSize },
        { entries: [], next: null },
      );
      if (batch.entries.length > 0) yield batch.entries.map((entry) => this.settledEntry(entry));
      if (batch.next === null) return;
      before = batch.next;
    }
  }

  async get(id: string): Promise<HistoryEntry | null> {
    await this.ready;
    const entry = await this.ask('get', { id }, null);
    return entry && this.settledEntry(entry);
  }

  stats(): HistoryStats {
    const indexed = this.client?.stats ?? { entries: 0, corruptLines: 0 };
    return {
      entries: this.indexing ? this.recentEntries.size : indexed.entries,
      corruptLines: indexed.corruptLines,
      bytes: this.log?.bytes ?? 0,
      indexing: this.indexing,
    };
  }

  /** Writes an attempt as pending and flushes it; only then may its request be sent. Throws if the disk refuses. */
  begin(attempt: Omit<HistoryBegin, 'id' | 'at'>): HistoryBegin {
    const begin: HistoryBegin = { ...attempt, id: this.newId(), at: this.now().toISOString() };
    this.append({ k: 'b', ...begin });
    this.inFlight.add(begin.id);
    if (this.indexing) this.begunWhileStarting.add(begin.id);
    return begin;
  }

  complete(id: string, end: Omit<HistoryEnd, 'endedAt'>): void {
    this.inFlight.delete(id);
    this.append({ k: 'e', id, ...capAnswer(end), endedAt: this.now().toISOString() });
    this.maintain();
  }

  /** Keeps the call-log row found for an attempt on its entry. */
  setCallLog(id: string, callLog: StoredCallLog): void {
    this.append({ k: 'c', id, callLog });
  }

  async setTag(id: string, tag: HistoryTag | null, note: string): Promise<boolean> {
    if (!(await this.has(id))) return false;
    this.append({ k: 'm', id, tag, note });
    return true;
  }

  async delete(id: string): Promise<boolean> {
    if (!(await this.has(id))) return false;
    this.append({ k: 'd', id });
    await this.applyRetention();
    return true;
  }

  /** Empties the history: the file is replaced by an empty one, atomically. */
  async clear(): Promise<void> {
    await this.ready;
    await this.compacting;
    if (!this.log || !this.client) return;
    this.log.replace([]);
    this.recentEntries.clear();
    await this.client.call('cleared', null);
  }

  /** The newest attempt at the same callback since `sinceMs`, for "you just sent this". */
  recent(fingerprint: string, sinceMs: number): HistorySummary | undefined {
    const found = this.recentEntries.latest(fingerprint, sinceMs);
    return found && this.settled(summaryOf(found));
  }

  setRetention(retention: HistoryRetention): void {
    this.retention = retention;
    if (!this.indexing) this.maintain();
  }

  /** Waits for any compaction under way, keeps the index beside the log for the next start, then closes. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.client) {
      if (!this.indexing) {
        while (this.maintenance.size > 0) await Promise.all(this.maintenance);
        await this.client.call('save', null).catch(() => undefined);
      }
      await this.client.stop();
    }
    this.log?.close();
  }

  /** Asks the index thread; once the history is closed, the answer is `closed`, as if it were empty. */
  private async ask<M extends IndexMethod>(
    method: M,
    args: IndexCalls[M]['args'],
    closed: IndexCalls[M]['value'],
  ): Promise<IndexCalls[M]['value']> {
    if (!this.client || this.closed) return closed;
    try {
      return await this.client.call(method, args);
    } catch (error) {
      if (this.closed) return closed;
      throw error;
    }
  }

  /** Applies retention in the background, compacting when it is due. */
  private maintain(): void {
    this.track(this.applyRetention());
  }

  private track(work: Promise<void>): void {
    const settled = work.catch(() => undefined);
    this.maintenance.add(settled);
    void settled.finally(() => this.maintenance.delete(settled));
  }

  private async has(id: string): Promise<boolean> {
    await this.ready;
    return this.ask('has', { id }, false);
  }

  private append(...records: HistoryRecord[]): void {
    const { log, client } = this;
    if (!log || !client)
      throw new HistoryUnavailableError(
        this.unavailable ?? text('history.unavailableOther', { path: '', reason: '' }),
      );
    const lines = records.map((record) => JSON.stringify(record));
    const spans = log.appendAll(lines);
    records.forEach((record, at) => {
      const span = spans[at] ?? { offset: 0, length: 0 };
      client.line(lines[at] ?? '', span.offset, span.length);
      applyRecord(this.recentEntries, record, span);
    });
    if (this.recentEntries.size > recentKept * 2) this.recentEntries.dropOldest(recentKept, -Infinity);
  }

  private async whenIndexed(client: IndexClient): Promise<void> {
    try {
      await this.finishStart(client);
    } catch (error) {
      // Closed before the start was over: whoever waits gets the answers of a closed history.
      if (this.closed) return;
      throw error;
    }
  }

  private async finishStart(client: IndexClient): Promise<void> {
    await client.ready;
    // Whatever is still pending was cut off by a crash or a forced quit: its outcome cannot be known.
    // All in one write and one flush: a crash in the middle of a long run may have cut off many.
    const endedAt = this.now().toISOString();
    const cutOff = (await client.call('pending', null)).filter(
      (id) => !this.inFlight.has(id) && !this.begunWhileStarting.has(id),
    );
    this.begunWhileStarting.clear();
    if (cutOff.length > 0)
      this.append(...cutOff.map((id): HistoryRecord => ({ k: 'e', id, ...closedBeforeAnswer, endedAt })));
    this.indexing = false;
    await this.applyRetention();
  }

  private async applyRetention(): Promise<void> {
    if (this.indexing || !this.client) return;
    const cutoffMs =
      this.retention.maxAgeDays > 0
        ? this.now().getTime() - this.retention.maxAgeDays * 86_400_000
        : -Infinity;
    await this.client.call('retain', { keep: this.retention.maxEntries, cutoffMs });
    // The rewrite runs in the background: nothing waits for it but closing.
    this.track(this.scheduleCompaction());
  }

  private async scheduleCompaction(): Promise<void> {
    const { log, client } = this;
    if (this.compacting || this.indexing || !log || !client) return;
    const dead = client.stats.deadBytes;
    // Rewrite once the dead part is both large and at least half of the file.
    if (dead < 1024 * 1024 || dead < log.bytes / 2) return;
    this.compacting = (async () => {
      const copied = await client.call('compact', { now: this.now().toISOString() });
      let swapped = false;
      try {
        finishCompaction(log, copied.temporary, copied.covered);
        swapped = true;
      } finally {
        await client.call('swapped', { ok: swapped });
      }
      if (swapped) log.folderFlushed();
      if (copied.setAside) this.onNotice(text('history.setAside', { ...copied.setAside }));
    })().finally(() => {
      this.compacting = null;
    });
    await this.compacting.catch(() => undefined);
  }

  /** An entry still pending after its attempt ended (a crash cut it off) reads as unknown. */
  private settled(summary: HistorySummary): HistorySummary {
    return summary.outcome === 'pending' && !this.inFlight.has(summary.id)
      ? { ...summary, outcome: 'unknown' }
      : summary;
  }

  private settledEntry(entry: HistoryEntry): HistoryEntry {
    if (entry.outcome !== 'pending' || this.inFlight.has(entry.id)) return entry;
    return { ...entry, outcome: 'unknown', end: { ...closedBeforeAnswer, endedAt: entry.at } };
  }
}

/** Applies one log record to the newest entries kept in this thread. */
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
