import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/history/history-store';
import { acceptedEnd, attempt } from '../../support/history-fixtures';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-starting-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('an attempt sent while the history is still starting', () => {
  it('keeps its outcome when it ends while the start asks which entries a crash cut off', async () => {
    // One unreadable line: the count of them changes the moment the index thread says it is ready,
    // and the start then asks it at once which entries are still pending.
    writeFileSync(join(folder, 'history.jsonl'), 'not a line of the history\n');
    const store = HistoryStore.open(folder);
    try {
      const begun = store.begin(attempt());
      while (store.stats().corruptLines === 0) await new Promise((resolve) => setImmediate(resolve));
      // The question is out, and the thread will name this attempt as pending: its end comes after.
      store.complete(begun.id, acceptedEnd);
      await store.ready;
      expect((await store.get(begun.id))?.outcome).toBe('accepted');
    } finally {
      await store.close();
    }
  });
});
