import { inEnglish } from '../../support/english';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../../electron/contract/i18n/text';
import type { Text } from '../../../electron/contract/i18n/text';
import { HistoryStore } from '../../../electron/history/history-store';
import { recordKind } from '../../../electron/history/records';
import { acceptedEnd, attempt } from '../../support/history-fixtures';
import { testDesk, type TestDesk } from '../../support/test-desk';

let folder: string;
const desks: TestDesk[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-unreadable-'));
});
afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const garbage = 'not json at all, typed into the file by hand';
const wrongType = JSON.stringify({
  k: recordKind.begin,
  id: 'hand-edited',
  ...attempt(),
  caller: 380671112233,
});
const wrongTypeEnd = JSON.stringify({
  k: recordKind.end,
  id: 'hand-edited',
  ...acceptedEnd,
  endedAt: '2026-11-01T10:00:00Z',
});

/** A log with two unreadable entries among readable ones, large enough that retention compacts it. */
async function writeDamagedLog(history: string, count = 80, size = 30_000): Promise<void> {
  await addEntries(history, 4, size);
  appendFileSync(join(history, 'history.jsonl'), `${garbage}\n${wrongType}\n${wrongTypeEnd}\n`);
  await addEntries(history, count - 4, size);
}

async function addEntries(history: string, count: number, size: number): Promise<void> {
  const store = HistoryStore.open(history, { retention: { maxEntries: 1000, maxAgeDays: 0 } });
  await store.ready;
  for (let n = 0; n < count; n += 1) {
    const begun = store.begin(attempt({ searchable: ['y'.repeat(size)] }));
    store.complete(begun.id, acceptedEnd);
  }
  await store.close();
}

describe('lines that cannot be read', () => {
  it('are moved to a file beside the log when compaction rewrites it, and the person is told how many and where', async () => {
    await writeDamagedLog(folder);
    const notices: Text[] = [];
    const store = HistoryStore.open(folder, {
      retention: { maxEntries: 10, maxAgeDays: 0 },
      onNotice: (notice) => notices.push(notice),
    });
    await store.ready;
    expect(store.stats().corruptLines).toBe(3);
    await store.close(); // waits for the compaction that retention started

    const aside = readdirSync(folder).filter((name) => name.startsWith('history.unreadable-'));
    expect(aside).toHaveLength(1);
    const path = join(folder, aside[0] ?? '');
    expect(readFileSync(path, 'utf8')).toBe(`${garbage}\n${wrongType}\n${wrongTypeEnd}\n`);
    expect(readFileSync(join(folder, 'history.jsonl'), 'utf8')).not.toContain('hand-edited');
    expect(notices).toEqual([text('history.setAside', { path, entries: 2 })]);
    expect(inEnglish(notices[0])).toBe(
      `2 history entries could not be read. They were moved, unchanged, to ${path}.`,
    );
  });

  it('reach the window as a notice', async () => {
    const history = join(folder, 'history');
    mkdirSync(history);
    await writeDamagedLog(history, 250, 10_000);
    const desk = testDesk({
      transport: async () => ({
        kind: 'not-connected',
        reason: text('transport.ECONNREFUSED'),
        latencyMs: 0,
      }),
      simulatorUrl: () => 'http://127.0.0.1:9',
      historyFolder: history,
    });
    desks.push(desk);
    await desk.dispatch('setHistorySettings', { maxEntries: 100, maxAgeDays: 0 });
    await expect
      .poll(() => inEnglish(desk.state().notices).join('\n'), { timeout: 15_000 })
      .toMatch(
        /^2 history entries could not be read\. They were moved, unchanged, to .*history\.unreadable-.*\.jsonl\.$/,
      );
  });
});
