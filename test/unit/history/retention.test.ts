import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Text } from '../../../electron/contract/i18n/text';
import { HistoryStore } from '../../../electron/history/history-store';
import { english } from '../../support/english';
import { attempt, acceptedEnd } from '../../support/history-fixtures';
import { logText } from '../../support/history-log';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-retention-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const now = () => new Date('2026-12-02T12:00:00Z');

async function started(retention: { maxEntries: number; maxAgeDays: number }) {
  const notices: Text[] = [];
  const store = HistoryStore.open(folder, { retention, now, onNotice: (notice) => notices.push(notice) });
  await store.ready;
  return { store, notices };
}

describe('retention that leaves no entry', () => {
  it('says so, with the setting that did it', async () => {
    // A month old, and the setting keeps a week: a person back from a holiday.
    writeFileSync(join(folder, 'history.jsonl'), logText(120));
    const { store, notices } = await started({ maxEntries: 100_000, maxAgeDays: 7 });
    expect(store.stats().entries).toBe(0);
    expect(notices.map(english)).toEqual([
      'All 120 history entries were removed: the history setting keeps at most 100,000 entries, ' +
        'for at most 7 days. Change it under History → How much history to keep, and masking.',
    ]);
    await store.close();
  });

  it('says nothing when some are kept, or when there was nothing to remove', async () => {
    writeFileSync(join(folder, 'history.jsonl'), logText(120, { from: '2026-12-01T00:00:00Z' }));
    let { store, notices } = await started({ maxEntries: 100, maxAgeDays: 7 });
    expect(store.stats().entries).toBe(100);
    expect(notices).toEqual([]);
    await store.clear();
    const begun = store.begin(attempt());
    store.complete(begun.id, acceptedEnd);
    await store.delete(begun.id);
    await store.close();
    ({ store, notices } = await started({ maxEntries: 100, maxAgeDays: 7 }));
    expect(store.stats().entries).toBe(0);
    expect(notices).toEqual([]);
    await store.close();
  });
});
