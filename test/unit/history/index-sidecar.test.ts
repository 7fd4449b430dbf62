import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
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
  folder = mkdtempSync(join(tmpdir(), 'history-index-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const retention = { maxEntries: 1_000_000, maxAgeDays: 0 };

async function openReady(where = folder): Promise<HistoryStore> {
  const store = HistoryStore.open(where, { retention });
  stores.push(store);
  await store.ready;
  return store;
}

async function closeStore(store: HistoryStore): Promise<void> {
  stores.splice(stores.indexOf(store), 1);
  await store.close();
}

/** Lines for `count` completed entries, as an earlier run would have written them. */
function logLines(
  count: number,
  prefix: string,
  caller = (n: number) => `38067${String(n).padStart(7, '0')}`,
): string {
  const lines: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const id = `${prefix}-${n}`;
    const at = new Date(Date.parse('2026-01-01T00:00:00Z') + n * 60_000).toISOString();
    lines.push(JSON.stringify({ k: recordKind.begin, id, at, ...attempt({ caller: caller(n) }) }));
    lines.push(JSON.stringify({ k: recordKind.end, id, ...acceptedEnd, endedAt: at }));
  }
  return `${lines.join('\n')}\n`;
}

const ids = async (store: HistoryStore, query?: string) =>
  (await store.list(query ? { query } : {}, 0, 1000)).items.map((item) => item.id);

describe('the index kept beside the log', () => {
  it('is written on closing and used on the next start, with the lines appended after it', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logLines(50, 'old'));
    await closeStore(await openReady());
    expect(existsSync(join(folder, 'history.index'))).toBe(true);
    // Written by an earlier version, or by a run that was killed before it could save its index.
    appendFileSync(
      join(folder, 'history.jsonl'),
      logLines(5, 'later', (n) => `38050999000${n}`),
    );
    const store = await openReady();
    expect(store.stats()).toMatchObject({ entries: 55, corruptLines: 0 });
    expect((await ids(store)).slice(4, 6)).toEqual(['later-0', 'old-49']);
    expect(await ids(store, '050 999 0003')).toEqual(['later-3']);
    expect(await ids(store, '0670000007')).toEqual(['old-7']);
  });

  it('is rebuilt when it belongs to another log', async () => {
    const other = mkdtempSync(join(tmpdir(), 'history-other-'));
    try {
      writeFileSync(join(other, 'history.jsonl'), logLines(30, 'theirs'));
      await closeStore(await openReady(other));
      writeFileSync(join(folder, 'history.jsonl'), logLines(40, 'mine'));
      copyFileSync(join(other, 'history.index'), join(folder, 'history.index'));
      const store = await openReady();
      expect(store.stats().entries).toBe(40);
      expect((await ids(store)).every((id) => id.startsWith('mine-'))).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('is rebuilt when the log was rewritten since, even to the same size, or when it is cut short', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logLines(20, 'first'));
    await closeStore(await openReady());
    // The same number of bytes, other entries: a restored backup.
    writeFileSync(join(folder, 'history.jsonl'), logLines(20, 'again'));
    let store = await openReady();
    expect((await ids(store))[0]).toBe('again-19');
    await closeStore(store);
    const sidecar = join(folder, 'history.index');
    writeFileSync(sidecar, readFileSync(sidecar).subarray(0, statSync(sidecar).size - 100));
    store = await openReady();
    expect(store.stats().entries).toBe(20);
    expect(await ids(store, '0670000013')).toEqual(['again-13']);
  });

  it('copes with a torn last line: the rest is read, the torn line counted, and appends go on', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logLines(10, 'kept'));
    await closeStore(await openReady());
    appendFileSync(join(folder, 'history.jsonl'), '{"k":"b","id":"torn","at":"2026-');
    const store = await openReady();
    expect(store.stats()).toMatchObject({ entries: 10, corruptLines: 1 });
    const next = store.begin(attempt({ caller: '380631234567' }));
    store.complete(next.id, acceptedEnd);
    await closeStore(store);
    const again = await openReady();
    expect(again.stats()).toMatchObject({ entries: 11, corruptLines: 1 });
    expect(await ids(again, '063 123 45 67')).toEqual([next.id]);
  });

  it('shows lines appended while it is built at once, and keeps them once it is', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logLines(20_000, 'bulk'));
    const store = HistoryStore.open(folder, { retention });
    stores.push(store);
    expect(store.stats().indexing).toBe(true);
    const during = store.begin(attempt({ caller: '380991112233' }));
    store.complete(during.id, acceptedEnd);
    expect(store.newest(2).map((item) => item.id)).toEqual([during.id, 'bulk-19999']);
    await store.ready;
    expect(store.stats()).toMatchObject({ entries: 20_001, indexing: false });
    expect(await store.list({ query: '099 111 22 33' }, 0, 10)).toMatchObject({
      total: 1,
      items: [{ id: during.id, outcome: 'accepted' }],
    });
  });

  it('counts and pages by position, skipping deleted entries without losing its place', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logLines(300, 'entry'));
    const store = await openReady();
    for (const n of [299, 250, 10]) await store.delete(`entry-${n}`);
    const page = await store.list({}, 45, 10);
    expect(page.total).toBe(297);
    // Newest first from 298 (299 is gone): the 46th is 253, and the page steps over 250.
    expect(page.items.map((item) => item.id)).toEqual(
      [253, 252, 251, 249, 248, 247, 246, 245, 244, 243].map((n) => `entry-${n}`),
    );
    expect((await store.list({}, 287, 10)).items.map((item) => item.id)).toEqual(
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((n) => `entry-${n}`),
    );
  });
});
