// The history file outlives versions of the app: what one wrote, the next must read.
// So the letters here are written out, not taken from the code's names for them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/history/history-store';
import { acceptedEnd, attempt } from '../../support/history-fixtures';

let folder: string;
let store: HistoryStore | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-format-'));
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  rmSync(folder, { recursive: true, force: true });
});

const logFile = () => join(folder, 'history.jsonl');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
const callLog = {
  status: 'final',
  row: { disposition: 'ANSWERED' },
  candidates: 1,
  message: 'Found in the call log.',
  checkedAt: at(9),
};

describe('a history file written by an earlier version', () => {
  it('reads every kind of line as it was written', async () => {
    const lines = [
      { k: 'b', id: 'answered', at: at(1), ...attempt() },
      { k: 'e', id: 'answered', ...acceptedEnd, endedAt: at(2) },
      { k: 'm', id: 'answered', tag: 'qa', note: 'checked by hand' },
      { k: 'c', id: 'answered', callLog },
      { k: 'b', id: 'deleted', at: at(3), ...attempt() },
      { k: 'd', id: 'deleted' },
      {
        k: 'f',
        id: 'whole',
        at: at(4),
        ...attempt(),
        outcome: 'rejected',
        end: { ...acceptedEnd, outcome: 'rejected', httpStatus: 401, endedAt: at(5) },
        tag: 'support',
        note: '',
        callLog: null,
      },
      { k: 'b', id: 'cut-off', at: at(6), ...attempt() },
    ];
    writeFileSync(logFile(), lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    store = HistoryStore.open(folder, { now: () => new Date(at(30)) });
    await store.ready;
    const listed = await store.list({}, 0, 10);
    expect(listed.items.map(({ id, outcome, tag }) => ({ id, outcome, tag }))).toEqual([
      { id: 'cut-off', outcome: 'unknown', tag: null },
      { id: 'whole', outcome: 'rejected', tag: 'support' },
      { id: 'answered', outcome: 'accepted', tag: 'qa' },
    ]);
    expect(await store.get('answered')).toMatchObject({ note: 'checked by hand', callLog });
    expect(await store.get('whole')).toMatchObject({ end: { httpStatus: 401 } });
    expect(store.stats().corruptLines).toBe(0);
  });
});

describe('what this version writes', () => {
  it('carries the same letters, so an earlier version can read it too', async () => {
    store = HistoryStore.open(folder);
    await store.ready;
    const begun = store.begin(attempt());
    store.complete(begun.id, acceptedEnd);
    store.setCallLog(begun.id, callLog as Parameters<HistoryStore['setCallLog']>[1]);
    await store.setTag(begun.id, 'training', '');
    await store.delete(begun.id);
    const kinds = readFileSync(logFile(), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { k: string }).k);
    expect(kinds).toEqual(['b', 'e', 'c', 'm', 'd']);
  });
});
