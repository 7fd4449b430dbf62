import { inEnglish } from '../../support/english';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/history/history-store';
import { recordKind } from '../../../electron/history/records';
import { acceptedEnd, attempt } from '../../support/history-fixtures';

let folder: string;
const stores: HistoryStore[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  rmSync(folder, { recursive: true, force: true });
});

function open(options: Parameters<typeof HistoryStore.open>[1] = {}, pageSize?: number): HistoryStore {
  const store = HistoryStore.open(folder, options, pageSize);
  stores.push(store);
  return store;
}

async function reopen(
  store: HistoryStore,
  options: Parameters<typeof HistoryStore.open>[1] = {},
): Promise<HistoryStore> {
  await store.close();
  stores.splice(stores.indexOf(store), 1);
  return open(options);
}

const logFile = () => join(folder, 'history.jsonl');

describe('write-ahead entries', () => {
  it('are on disk as pending before the request leaves, then completed with the outcome', async () => {
    const store = open();
    await store.ready;
    const begun = store.begin(attempt({ caller: '380671112233' }));
    expect(readFileSync(logFile(), 'utf8')).toContain(`"id":"${begun.id}"`);
    expect((await store.get(begun.id))?.outcome).toBe('pending');
    store.complete(begun.id, acceptedEnd);
    expect(await store.get(begun.id)).toMatchObject({
      outcome: 'accepted',
      end: { httpStatus: 200, latencyMs: 42 },
    });
  });

  it('still pending when the app starts again become unknown, saying the app closed before the answer', async () => {
    const first = open();
    await first.ready;
    const cut = first.begin(attempt());
    const again = await reopen(first);
    expect(again.newest(1)[0]).toMatchObject({ id: cut.id, outcome: 'unknown' });
    await again.ready;
    expect(inEnglish(await again.get(cut.id))).toMatchObject({
      outcome: 'unknown',
      end: { message: 'The app closed before the answer came.' },
    });
    const third = await reopen(again);
    await third.ready;
    expect(readFileSync(logFile(), 'utf8').match(/"k":"e"/g)).toHaveLength(1); // recovered once, persisted
  });

  it('keep answers up to 64 KB, marked as cut', async () => {
    const store = open();
    await store.ready;
    const begun = store.begin(attempt());
    store.complete(begun.id, {
      ...acceptedEnd,
      answer: { status: 200, contentType: 'text/plain', body: 'x'.repeat(70_000), truncated: false },
    });
    const entry = await store.get(begun.id);
    expect(entry?.end?.answer).toMatchObject({ truncated: true });
    expect(entry?.end?.answer?.body).toHaveLength(64 * 1024);
  });
});

describe('a damaged log', () => {
  it('skips and counts torn or corrupt lines, and every other entry stays readable', async () => {
    const store = open();
    await store.ready;
    const kept = [store.begin(attempt()), store.begin(attempt())];
    for (const begun of kept) store.complete(begun.id, acceptedEnd);
    await store.close();
    stores.length = 0;
    appendFileSync(logFile(), 'not json at all\n{"k":"b","id":"x"}\n{"k":"e","id":');
    const again = open();
    await again.ready;
    expect(again.stats()).toMatchObject({ entries: 2, corruptLines: 3 });
    const next = again.begin(attempt());
    again.complete(next.id, acceptedEnd);
    const third = await reopen(again);
    await third.ready;
    const { items } = await third.list({}, 0, 10);
    expect(items.map((item) => item.id)).toEqual([next.id, kept[1]?.id, kept[0]?.id]);
    expect(items.every((item) => item.outcome === 'accepted')).toBe(true);
  });
});

describe('listing, filtering and search', () => {
  it('lists newest first and filters by outcome, method, profile, date and any number or UTM value', async () => {
    let clock = Date.parse('2026-11-01T10:00:00Z');
    const store = open({ now: () => new Date(clock) });
    await store.ready;
    const add = (overrides: Parameters<typeof attempt>[0], outcome: 'accepted' | 'rejected') => {
      clock += 120_000; // the attempts start at 10:02, 10:04 and 10:06
      const begun = store.begin(attempt(overrides));
      store.complete(begun.id, { ...acceptedEnd, outcome });
      return begun.id;
    };
    const first = add({ caller: '380671112233', searchable: ['0671112233', 'spring_sale'] }, 'accepted');
    const second = add({ caller: '380501234567', method: 'simple', profileId: 'shop' }, 'rejected');
    const third = add({ caller: '380671112233', callee: '101', searchable: ['facebook'] }, 'rejected');
    const ids = async (filter: Parameters<typeof store.list>[0]) =>
      (await store.list(filter, 0, 10)).items.map((item) => item.id);
    expect(await ids({})).toEqual([third, second, first]);
    expect(await ids({ outcome: 'rejected' })).toEqual([third, second]);
    expect(await ids({ method: 'simple' })).toEqual([second]);
    expect(await ids({ profileId: 'shop' })).toEqual([second]);
    expect(await ids({ query: '+38 (067) 111-22-33' })).toEqual([third, first]);
    expect(await ids({ query: '067 111 22' })).toEqual([third, first]);
    expect(await ids({ query: '050 123' })).toEqual([second]);
    expect(await ids({ query: 'SPRING' })).toEqual([first]);
    expect(await ids({ query: '101' })).toEqual([third]);
    expect(await ids({ from: '2026-11-01T10:03:00Z', to: '2026-11-01T10:04:00Z' })).toEqual([second]);
    expect(await store.list({}, 1, 1)).toMatchObject({ total: 3, items: [{ id: second }] });
  });
});

describe('retention and compaction', () => {
  it('keeps only the newest entries by count, and drops those older than the age limit', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const store = open({ now: () => new Date(clock), retention: { maxEntries: 3, maxAgeDays: 30 } });
    await store.ready;
    const ids: string[] = [];
    for (let day = 0; day < 5; day += 1) {
      clock += 86_400_000;
      const begun = store.begin(attempt());
      store.complete(begun.id, acceptedEnd);
      ids.push(begun.id);
    }
    expect((await store.list({}, 0, 10)).items.map((item) => item.id)).toEqual(ids.slice(2).reverse());
    clock += 29 * 86_400_000; // the oldest kept one is now past 30 days
    store.setRetention({ maxEntries: 3, maxAgeDays: 30 });
    expect((await store.list({}, 0, 10)).items.map((item) => item.id)).toEqual(ids.slice(3).reverse());
  });

  it('rewrites the file atomically once it is mostly dead, keeping every live entry readable', async () => {
    const retention = { maxEntries: 50, maxAgeDays: 0 };
    const store = open({ retention });
    await store.ready;
    let last = '';
    for (let n = 0; n < 120; n += 1) {
      const begun = store.begin(attempt({ searchable: ['y'.repeat(30_000)] }));
      store.complete(begun.id, acceptedEnd);
      last = begun.id;
    }
    await store.close(); // waits for any compaction under way
    stores.length = 0;
    const written = 120 * 30_000;
    // Compaction runs once half the file is dead, so at most about twice the 50 live entries remain.
    expect(statSync(logFile()).size).toBeLessThan((written * 2 * 50) / 120 + 100_000);
    // The log, and its index beside it for the next start: nothing half written is left.
    expect(readdirSync(folder).sort()).toEqual(['history.index', 'history.jsonl']);
    const again = open({ retention });
    await again.ready;
    expect(again.stats()).toMatchObject({ entries: 50, corruptLines: 0 });
    expect(await again.get(last)).toMatchObject({ outcome: 'accepted' });
  });

  it('carries over entries appended while a compaction runs', async () => {
    const store = open({ retention: { maxEntries: 10, maxAgeDays: 0 } });
    await store.ready;
    for (let n = 0; n < 80; n += 1) {
      const begun = store.begin(attempt({ searchable: ['z'.repeat(30_000)] }));
      store.complete(begun.id, acceptedEnd); // crossing the threshold starts a compaction in the background
    }
    const during = store.begin(attempt({ caller: '380999999999' }));
    store.complete(during.id, acceptedEnd);
    expect(await store.get(during.id)).toMatchObject({ caller: '380999999999', outcome: 'accepted' });
    const again = await reopen(store, { retention: { maxEntries: 10, maxAgeDays: 0 } });
    await again.ready;
    expect(await again.get(during.id)).toMatchObject({ caller: '380999999999', outcome: 'accepted' });
    expect(again.stats().corruptLines).toBe(0);
  });

  it('deletes one entry, and clears all', async () => {
    const store = open();
    await store.ready;
    const [one, two] = [store.begin(attempt()), store.begin(attempt())];
    await store.delete(one.id);
    expect((await store.list({}, 0, 10)).items.map((item) => item.id)).toEqual([two.id]);
    await store.clear();
    expect(await store.list({}, 0, 10)).toEqual({ total: 0, items: [] });
    expect(readFileSync(logFile(), 'utf8')).toBe('');
  });
});

describe('opening a large log', () => {
  it('shows the newest page before the full index is built', async () => {
    const lines: string[] = [];
    for (let n = 0; n < 3000; n += 1) {
      const id = `id-${n}`;
      lines.push(
        JSON.stringify({
          k: recordKind.begin,
          id,
          at: new Date(1_700_000_000_000 + n * 1000).toISOString(),
          ...attempt(),
        }),
      );
      lines.push(
        JSON.stringify({ k: recordKind.end, id, ...acceptedEnd, endedAt: new Date().toISOString() }),
      );
    }
    writeFileSync(logFile(), `${lines.join('\n')}\n`);
    const store = open({ now: () => new Date(1_700_000_000_000 + 4_000_000) }, 100);
    expect(store.stats().indexing).toBe(true);
    const page = store.newest(100);
    expect(page).toHaveLength(100);
    expect(page[0]).toMatchObject({ id: 'id-2999', outcome: 'accepted' });
    expect(page[99]?.id).toBe('id-2900');
    // Written while the index is still being built: the newest page shows it at once.
    const during = store.begin(attempt());
    expect(store.newest(1)[0]).toMatchObject({ id: during.id, outcome: 'pending' });
    store.complete(during.id, acceptedEnd);
    expect(store.newest(1)[0]).toMatchObject({ id: during.id, outcome: 'accepted' });
    await store.ready;
    expect(store.newest(1)[0]).toMatchObject({ id: during.id, outcome: 'accepted' });
    expect(store.stats()).toMatchObject({ entries: 3001, indexing: false });
  });
});
