import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { HistoryStore } from '../electron/history/history-store';
import type { HistoryFilter } from '../electron/contract/history-types';
import { recordKind, type HistoryRecord } from '../electron/history/records';
import { needleOf } from '../electron/history/index-query';
import { acceptedEnd, attemptFor, searchTerms } from './history-data';

const pageSize = 100;
const now = () => new Date('2026-12-01T00:00:00Z');

export type Figures = Record<string, number>;

/** The longest the main thread's event loop was held up while `work` ran, in ms. */
async function stalls<T>(work: () => Promise<T>): Promise<{ value: T; maxStallMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // A timer keeps the loop turning, so a stall anywhere in `work` is seen.
  const ticking = setInterval(() => undefined, 1);
  try {
    const value = await work();
    return { value, maxStallMs: histogram.max / 1e6 };
  } finally {
    clearInterval(ticking);
    histogram.disable();
  }
}

export function median(list: number[]): number {
  return percentile(list, 0.5);
}

export function percentile(list: number[], fraction: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Opening, search, paging and filters, in this fresh process. */
async function measureOpen(folder: string, entries: number): Promise<Figures> {
  const result: Figures = {};
  const retention = { maxEntries: Math.max(entries * 2, 1_000_000), maxAgeDays: 0 };
  // What a process doing nothing sees on this machine: the floor under every stall figure.
  result.idleStallMs = (await stalls(() => new Promise((resolve) => setTimeout(resolve, 2000)))).maxStallMs;
  const { value: store, maxStallMs } = await stalls(async () => {
    const t0 = performance.now();
    const opened = HistoryStore.open(folder, { retention, now }, pageSize);
    const page = opened.newest(pageSize);
    result.newestMs = performance.now() - t0;
    if (page.length !== pageSize) throw new Error('the newest page is short');
    await opened.ready;
    result.searchReadyMs = performance.now() - t0;
    result.rssMb = process.memoryUsage().rss / 1e6;
    const searches: number[] = [];
    for (let round = 0; round < 3; round += 1)
      for (const query of searchTerms) searches.push(await timed(() => opened.list({ query }, 0, pageSize)));
    result.searchMs = median(searches);
    const pages: number[] = [];
    for (let page = 1; page <= 200; page += 1)
      pages.push(await timed(() => opened.list({ query: 'sandbox_petro' }, page * pageSize, pageSize)));
    result.pageP99Ms = percentile(pages, 0.99);
    const deep: number[] = [];
    for (let page = 0; page < 200; page += 1) {
      const offset = Math.floor((((page * 7919) % 997) / 997) * (entries - pageSize));
      deep.push(await timed(() => opened.list({}, offset, pageSize)));
    }
    result.unfilteredPageP99Ms = percentile(deep, 0.99);
    const filters: number[] = [];
    const filter: HistoryFilter = { outcome: 'accepted', profileId: 'shop', from: '2024-09-01T00:00:00Z' };
    for (let round = 0; round < 5; round += 1)
      filters.push(await timed(() => opened.list(filter, 0, pageSize)));
    result.filterMs = median(filters);
    return opened;
  });
  result.maxStallMs = maxStallMs;
  await store.close();
  return result;
}

async function measureAppend(folder: string): Promise<Figures> {
  const store = HistoryStore.open(folder, { retention: { maxEntries: 2_000_000, maxAgeDays: 0 }, now });
  await store.ready;
  const times: number[] = [];
  const begun: string[] = [];
  for (let n = 0; n < 500; n += 1) {
    const start = performance.now();
    begun.push(store.begin(attemptFor(2_000_000 + n)).id);
    times.push(performance.now() - start);
  }
  // Completed afterwards, untimed: the log is left as a day of use leaves it, nothing pending.
  for (const id of begun) store.complete(id, acceptedEnd);
  await store.close();
  return { appendP50Ms: percentile(times, 0.5), appendP99Ms: percentile(times, 0.99) };
}

/** A log twice over the retention limit: opened, trimmed, rewritten; the main thread's stalls throughout. */
async function measureCompaction(folder: string, entries: number): Promise<Figures> {
  const t0 = performance.now();
  const { value, maxStallMs } = await stalls(async () => {
    const store = HistoryStore.open(folder, {
      retention: { maxEntries: Math.floor(entries / 2) - 1, maxAgeDays: 0 },
      now,
    });
    await store.ready;
    await store.close(); // waits for the compaction that opening started
    return performance.now() - t0;
  });
  return { compactionMs: value, compactionStallMs: maxStallMs };
}

/** The floor under the memory figure: this runtime with one thread doing nothing, no history opened. */
async function measureRuntime(): Promise<Figures> {
  const idle = new Worker('setInterval(() => undefined, 1000)', { eval: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rssMb = process.memoryUsage().rss / 1e6;
  await idle.terminate();
  return { rssMb };
}

/** A summary as a naive in-memory history would keep it. */
interface NaiveEntry {
  id: string;
  at: string;
  outcome: string;
  haystack: string;
}

async function* records(folder: string): AsyncGenerator<HistoryRecord> {
  const lines = createInterface({
    input: createReadStream(join(folder, 'history.jsonl')),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as HistoryRecord;
}

async function naiveLoad(folder: string): Promise<Map<string, NaiveEntry>> {
  const entries = new Map<string, NaiveEntry>();
  for await (const record of records(folder)) {
    if (record.k === recordKind.begin)
      entries.set(record.id, {
        id: record.id,
        at: record.at,
        outcome: 'pending',
        haystack: [record.caller, record.callee, ...record.searchable].join('\n').toLowerCase(),
      });
    else if (record.k === recordKind.end) {
      const entry = entries.get(record.id);
      if (entry) entry.outcome = record.outcome;
    }
  }
  return entries;
}

/** Baseline one: no index at all, every search reads and parses the whole file again. */
async function measureNaiveReread(folder: string): Promise<Figures> {
  const needle = needleOf(searchTerms[0]);
  const searchMs = await timed(async () => {
    const found: NaiveEntry[] = [];
    for (const entry of (await naiveLoad(folder)).values())
      if (entry.haystack.includes(needle)) found.push(entry);
  });
  return { searchMs };
}

/** Baseline two: every summary in memory as objects, searched by filtering them. */
async function measureNaiveMemory(folder: string): Promise<Figures> {
  const start = performance.now();
  const entries = [...(await naiveLoad(folder)).values()];
  const searchReadyMs = performance.now() - start;
  const rssMb = process.memoryUsage().rss / 1e6;
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1)
    for (const term of searchTerms) {
      const needle = needleOf(term);
      times.push(
        await timed(async () =>
          entries
            .filter((entry) => entry.haystack.includes(needle))
            .reverse()
            .slice(0, pageSize),
        ),
      );
    }
  return { searchReadyMs, rssMb, searchMs: median(times) };
}

/** Runs one measurement in this process and prints its figures as one JSON line. */
export async function measure(kind: string, folder: string, entries: number): Promise<void> {
  const kinds: Record<string, () => Promise<Figures>> = {
    open: () => measureOpen(folder, entries),
    append: () => measureAppend(folder),
    compact: () => measureCompaction(folder, entries),
    'naive-reread': () => measureNaiveReread(folder),
    'naive-memory': () => measureNaiveMemory(folder),
    runtime: () => measureRuntime(),
  };
  const run = kinds[kind];
  if (!run) throw new Error(`unknown measurement ${kind}`);
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}
