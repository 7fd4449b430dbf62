import { text, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { capAnswer, closedBeforeAnswer, settledEntry, settledSummary } from './attempt-end';
import { HistoryIndex, summaryOf } from './history-index';
import { HistoryMaintenance } from './history-maintenance';
import { HistoryUnavailableError, unavailableReason } from './history-unavailable';
import {
  defaultRetention,
  type HistoryBegin,
  type HistoryEnd,
  type HistoryEntry,
  type HistoryFilter,
  type HistoryRetention,
  type HistorySummary,
  type HistoryTag,
  type StoredCallLog,
} from '../contract/history-types';
import { IndexClient } from './index-client';
import { IndexQuestions } from './index-questions';
import { LogFile } from './log-file';
import { readNewest } from './newest-page';
import { recordKind, type HistoryRecord } from './records';

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
  private readonly questions: IndexQuestions | null;
  private readonly maintenance: HistoryMaintenance | null;
  private readonly now: () => Date;
  private readonly newId: () => string;

  private constructor(
    opened: { log: LogFile; sidecar: string } | { reason: Text },
    options: HistoryStoreOptions,
    pageSize: number,
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    if ('reason' in opened) {
      this.log = null;
      this.client = null;
      this.questions = null;
      this.maintenance = null;
      this.unavailable = opened.reason;
      this.indexing = false;
      this.ready = Promise.resolve();
      return;
    }
    this.log = opened.log;
    this.unavailable = null;
    for (const entry of readNewest(opened.log, Math.max(pageSize, 1)).reverse())
      this.recentEntries.adopt(entry);
    const searchGeneration = new Int32Array(new SharedArrayBuffer(4));
    this.client = new IndexClient(
      {
        logPath: opened.log.path,
        sidecarPath: opened.sidecar,
        logBytes: opened.log.bytes,
        searchGeneration: searchGeneration.buffer as SharedArrayBuffer,
      },
      options.workerFile,
    );
    this.questions = new IndexQuestions(this.client, searchGeneration, () => this.closed);
    this.maintenance = new HistoryMaintenance(
      opened.log,
      this.client,
      options.retention ?? defaultRetention,
      this.now,
      options.onNotice ?? (() => undefined),
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
    if (!this.questions) return { total: 0, items: [] };
    const page = await this.questions.list(filter, offset, limit);
    return { total: page.total, items: page.items.map((item) => settledSummary(item, this.inFlight)) };
  }

  /** Every matching entry in full, newest first, a few hundred at a time: for export. */
  async *exportBatches(filter: HistoryFilter): AsyncGenerator<HistoryEntry[]> {
    await this.ready;
    if (!this.questions) return;
    for await (const batch of this.questions.exportBatches(filter))
      yield batch.map((entry) => settledEntry(entry, this.inFlight));
  }

  async get(id: string): Promise<HistoryEntry | null> {
    await this.ready;
    const entry = (await this.questions?.ask('get', { id }, null)) ?? null;
    return entry && settledEntry(entry, this.inFlight);
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
    this.append({ k: recordKind.begin, ...begin });
    this.inFlight.add(begin.id);
    if (this.indexing) this.begunWhileStarting.add(begin.id);
    return begin;
  }

  complete(id: string, end: Omit<HistoryEnd, 'endedAt'>): void {
    this.inFlight.delete(id);
    this.append({ k: recordKind.end, id, ...capAnswer(end), endedAt: this.now().toISOString() });
    this.maintenance?.inBackground();
  }

  /** Keeps the call-log row found for an attempt on its entry. */
  setCallLog(id: string, callLog: StoredCallLog): void {
    this.append({ k: recordKind.callLog, id, callLog });
  }

  async setTag(id: string, tag: HistoryTag | null, note: string): Promise<boolean> {
    if (!(await this.has(id))) return false;
    this.append({ k: recordKind.tagged, id, tag, note });
    return true;
  }

  async delete(id: string): Promise<boolean> {
    if (!(await this.has(id))) return false;
    this.append({ k: recordKind.deleted, id });
    await this.maintenance?.applyRetention();
    return true;
  }

  /** Empties the history: the file is replaced by an empty one, atomically. */
  async clear(): Promise<void> {
    await this.ready;
    await this.maintenance?.compaction;
    if (!this.log || !this.client) return;
    this.log.replace([]);
    this.recentEntries.clear();
    await this.client.call('cleared', null);
  }

  /** The newest attempt at the same callback since `sinceMs`, for "you just sent this". */
  recent(fingerprint: string, sinceMs: number): HistorySummary | undefined {
    const found = this.recentEntries.latest(fingerprint, sinceMs);
    return found && settledSummary(summaryOf(found), this.inFlight);
  }

  setRetention(retention: HistoryRetention): void {
    this.maintenance?.setRetention(retention);
  }

  /** Waits for any compaction under way, keeps the index beside the log for the next start, then closes. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.client) {
      if (!this.indexing) {
        await this.maintenance?.settled();
        await this.client.call('save', null).catch(() => undefined);
      }
      await this.client.stop();
    }
    this.log?.close();
  }

  private async has(id: string): Promise<boolean> {
    await this.ready;
    return (await this.questions?.ask('has', { id }, false)) ?? false;
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
      this.recentEntries.apply(record, span);
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
      this.append(
        ...cutOff.map((id): HistoryRecord => ({ k: recordKind.end, id, ...closedBeforeAnswer, endedAt })),
      );
    this.indexing = false;
    await this.maintenance?.start();
  }
}
