import type { HistoryEntry, HistoryFilter, HistorySummary } from '../contract/history-types';
import type { IndexClient } from './index-client';
import type { IndexCalls, IndexMethod } from './index-protocol';

const exportBatchSize = 500;

/**
 * What the main thread asks the index thread. Once the history is closed,
 * every answer is the one an empty history gives, so nothing asked while it
 * closes fails.
 */
export class IndexQuestions {
  private lastFilter = '';

  constructor(
    private readonly client: IndexClient,
    /** Raised whenever the list is asked for another filter; shared with the index thread. */
    private readonly searchGeneration: Int32Array,
    private readonly closed: () => boolean,
  ) {}

  async ask<M extends IndexMethod>(
    method: M,
    args: IndexCalls[M]['args'],
    closed: IndexCalls[M]['value'],
  ): Promise<IndexCalls[M]['value']> {
    if (this.closed()) return closed;
    try {
      return await this.client.call(method, args);
    } catch (error) {
      if (this.closed()) return closed;
      throw error;
    }
  }

  /** One page of the list, newest first. */
  list(
    filter: HistoryFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; items: HistorySummary[] }> {
    // A new filter makes every search still queued for an older one stop: the panel shows one filter at a time.
    const key = JSON.stringify(filter);
    if (key !== this.lastFilter) {
      this.lastFilter = key;
      Atomics.add(this.searchGeneration, 0, 1);
    }
    const generation = Atomics.load(this.searchGeneration, 0);
    return this.ask('list', { filter, offset, limit, generation }, { total: 0, items: [] });
  }

  /** Every matching entry in full, newest first, a few hundred at a time. */
  async *exportBatches(filter: HistoryFilter): AsyncGenerator<HistoryEntry[]> {
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const batch = await this.ask(
        'exportBatch',
        { filter, before, size: exportBatchSize },
        { entries: [], next: null },
      );
      if (batch.entries.length > 0) yield batch.entries;
      if (batch.next === null) return;
      before = batch.next;
    }
  }
}
