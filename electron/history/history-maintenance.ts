import { text, type Text } from '../contract/i18n/text';
import { finishCompaction } from './compaction';
import type { HistoryRetention } from '../contract/history-types';
import type { IndexClient } from './index-client';
import type { LogFile } from './log-file';

/**
 * Keeps the log within its retention, and rewrites it once most of it is
 * dead, in the background. Nothing runs before `start`: pending entries
 * must be recovered first. Closing waits for whatever is under way.
 */
export class HistoryMaintenance {
  private started = false;
  private compacting: Promise<void> | null = null;
  /** Retention checks and compactions under way. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly log: LogFile,
    private readonly client: IndexClient,
    private retention: HistoryRetention,
    private readonly now: () => Date,
    /** Told what the person should know: unreadable lines set aside by a compaction, and where; a history retention emptied. */
    private readonly onNotice: (notice: Text) => void,
  ) {}

  /** Once every entry is indexed and the pending ones recovered: applies retention, and from then on. */
  start(): Promise<void> {
    this.started = true;
    return this.applyRetention();
  }

  setRetention(retention: HistoryRetention): void {
    this.retention = retention;
    this.inBackground();
  }

  /** Applies retention in the background, compacting when it is due. */
  inBackground(): void {
    if (this.started) this.track(this.applyRetention());
  }

  /** Drops what retention no longer keeps; the rewrite runs in the background, and nothing waits for it but closing. */
  async applyRetention(): Promise<void> {
    if (!this.started) return;
    const cutoffMs =
      this.retention.maxAgeDays > 0
        ? this.now().getTime() - this.retention.maxAgeDays * 86_400_000
        : -Infinity;
    const { maxEntries, maxAgeDays } = this.retention;
    const { dropped, left } = await this.client.call('retain', { keep: maxEntries, cutoffMs });
    // Emptying the whole history is never done unseen, whatever the setting that asked for it.
    if (dropped > 0 && left === 0)
      this.onNotice(text('history.retentionEmptied', { count: dropped, maxEntries, maxAgeDays }));
    this.track(this.compactIfDue());
  }

  /** The compaction under way, if any, for what must not overlap it. */
  get compaction(): Promise<void> | null {
    return this.compacting;
  }

  /** Resolves once nothing is under way, counting work started meanwhile. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private track(work: Promise<void>): void {
    const settled = work.catch(() => undefined);
    this.running.add(settled);
    void settled.finally(() => this.running.delete(settled));
  }

  private async compactIfDue(): Promise<void> {
    const { log, client } = this;
    if (this.compacting || !this.started) return;
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
}
