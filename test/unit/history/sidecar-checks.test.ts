import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnNames, EntryColumns, type ColumnName } from '../../../electron/history/entry-columns';
import { HistoryStore } from '../../../electron/history/history-store';
import { CompactIndex } from '../../../electron/history/compact-index';
import { LogReader } from '../../../electron/history/log-reader';
import { loadSidecar, sidecarDigest } from '../../../electron/history/sidecar';
import type { StoredCallLog } from '../../../electron/contract/history-types';
import { acceptedEnd, attempt } from '../../support/history-fixtures';
import { logText } from '../../support/history-log';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'history-sidecar-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const count = 300;
const callLog: StoredCallLog = {
  status: 'final',
  row: { calldate: '2026-11-01 10:00:00', disposition: 'ANSWERED' },
  candidates: 1,
  message: 'Found in the call log.',
  checkedAt: '2026-11-01T10:01:00Z',
};
const retention = { maxEntries: 1_000_000, maxAgeDays: 0 };
const logPath = () => join(folder, 'history.jsonl');
const sidecarPath = () => join(folder, 'history.index');

type Header = Record<string, unknown> & { count: number; logBytes: number };

/** The sidecar as its parts: the header, and the bytes after it (the columns, then the search terms). */
function readSidecar(): { header: Header; body: Buffer } {
  const bytes = readFileSync(sidecarPath());
  const length = bytes.readUInt32LE(0);
  return {
    header: JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Header,
    body: bytes.subarray(4 + length),
  };
}

/** Writes the sidecar back; `rehash` signs it again, as a careless tool or a bug in the app itself might. */
function writeSidecar(header: Header, body: Buffer, rehash: boolean): void {
  let written = header;
  if (rehash) {
    const { contentHash: _old, ...unhashed } = header;
    written = { ...unhashed, contentHash: sidecarDigest(unhashed, [body]) };
  }
  const head = Buffer.from(JSON.stringify(written), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  writeFileSync(sidecarPath(), Buffer.concat([length, head, body]));
}

/** Where a column starts in the body: the columns are written in order, `count + 1` slots each. */
function columnAt(name: ColumnName, header: Header): { offset: number; size: number } {
  let offset = 0;
  for (const column of columnNames) {
    const size = EntryColumns.kind(column).BYTES_PER_ELEMENT;
    if (column === name) return { offset, size };
    offset += (header.count + 1) * size;
  }
  throw new Error(name);
}

/** A history of `count` entries, large enough to be rewritten at once, closed so its sidecar is written. */
async function historyWithSidecar(): Promise<string> {
  const log = logText(count, { padding: 5_000 });
  writeFileSync(logPath(), log);
  const store = HistoryStore.open(folder, { retention });
  await store.ready;
  await store.close();
  expect(existsSync(sidecarPath())).toBe(true);
  return log;
}

/** Opens the history as the next start would: every entry must be there, and stay in the log after closing. */
async function expectWholeHistory(log: string): Promise<void> {
  for (let start = 0; start < 2; start += 1) {
    const store = HistoryStore.open(folder, { retention });
    await store.ready;
    const page = await store.list({}, 0, 1000);
    expect({ entries: store.stats().entries, total: page.total, items: page.items.length }).toEqual({
      entries: count,
      total: count,
      items: count,
    });
    expect(page.items.at(-1)?.id).toBe('entry-0');
    expect((await store.list({ query: '0670000123' }, 0, 10)).items.map((item) => item.id)).toEqual([
      'entry-123',
    ]);
    await store.close();
    expect(readFileSync(logPath(), 'utf8')).toBe(log);
  }
}

const headerEdits: [string, (header: Header) => Header][] = [
  ['every entry dropped, none live', (header) => ({ ...header, start: header.count, liveBytes: 0 })],
  ['more dropped than there are', (header) => ({ ...header, start: header.count + 5 })],
  ['a hundred thousand deleted', (header) => ({ ...header, deleted: [...Array(100_000).keys()] })],
  ['deleted positions outside the log', (header) => ({ ...header, deleted: [-1, 1e9] })],
  ['deleted out of order, twice', (header) => ({ ...header, deleted: [7, 3, 3] })],
  ['no live bytes', (header) => ({ ...header, liveBytes: 0 })],
  ['more live bytes than the log', (header) => ({ ...header, liveBytes: header.logBytes + 1 })],
  ['a start that is not a whole number', (header) => ({ ...header, start: 0.5 })],
  [
    'an unreadable line past the end of the log',
    (header) => ({ ...header, unreadable: [{ offset: header.logBytes + 10, length: 5, id: null }] }),
  ],
];

const bodyEdits: [string, (header: Header, body: Buffer) => void][] = [
  [
    'every entry marked deleted',
    (header, body) => {
      const { offset } = columnAt('outcome', header);
      body.fill(255, offset, offset + header.count);
    },
  ],
  [
    'an entry whose line starts past the end of the log',
    (header, body) => {
      const { offset } = columnAt('beginOffset', header);
      body.writeDoubleLE(header.logBytes + 100, offset + 8 * 5);
    },
  ],
  [
    'an outcome no entry can have',
    (header, body) => {
      const { offset } = columnAt('outcome', header);
      body[offset + 3] = 42;
    },
  ],
];

describe('a sidecar edited by hand', () => {
  for (const [name, edit] of headerEdits) {
    it(`(${name}) is rebuilt from the log: every entry shown, none dropped`, async () => {
      const log = await historyWithSidecar();
      const { header, body } = readSidecar();
      writeSidecar(edit(header), body, false);
      await expectWholeHistory(log);
    });
  }

  for (const [name, edit] of bodyEdits) {
    it(`(${name}, in place) is rebuilt from the log: every entry shown, none dropped`, async () => {
      const log = await historyWithSidecar();
      const { header, body } = readSidecar();
      edit(header, body);
      writeSidecar(header, body, false);
      await expectWholeHistory(log);
    });
  }
});

describe('a sidecar that does not hold together, though signed as if it did', () => {
  const rehashed = [...headerEdits.slice(1), ...bodyEdits.map(([name, edit]) => [name, edit] as const)];
  for (const [name, edit] of rehashed) {
    it(`(${name}) is rebuilt from the log: every entry shown, none dropped`, async () => {
      const log = await historyWithSidecar();
      const { header, body } = readSidecar();
      const edited = edit(header, body) ?? header;
      writeSidecar(edited, body, true);
      await expectWholeHistory(log);
    });
  }

  it('as written by the app, is used as it is', async () => {
    const log = await historyWithSidecar();
    const written = statSync(sidecarPath()).ino;
    await expectWholeHistory(log);
    // Nothing was appended and nothing changed: a sidecar that was used is not written again.
    expect(statSync(sidecarPath()).ino).toBe(written);
  });
});

describe('a sidecar the app wrote after every kind of change', () => {
  for (const padding of [0, 20_000]) {
    it(`holds together and is used (${padding === 0 ? 'entries dropped, not yet rewritten' : 'after compaction'})`, async () => {
      const store = HistoryStore.open(folder, { retention: { maxEntries: 150, maxAgeDays: 0 } });
      await store.ready;
      const ids: string[] = [];
      for (let n = 0; n < 300; n += 1) {
        const begun = store.begin(attempt({ searchable: ['google', 'y'.repeat(padding)] }));
        if (n % 7 !== 0) store.complete(begun.id, acceptedEnd);
        ids.push(begun.id);
      }
      for (const id of ids.slice(-40, -30)) await store.setTag(id, 'qa', 'checked');
      for (const id of ids.slice(-30, -20)) store.setCallLog(id, callLog);
      for (const id of ids.slice(-20, -15)) await store.delete(id);
      // Tagged again, and an outcome written twice: the newer line counts, the older is dead.
      await store.setTag(ids.at(-35) ?? '', 'support', 'again');
      store.complete(ids.at(-7) ?? '', acceptedEnd);
      await store.close();
      const index = new CompactIndex(new LogReader(logPath()));
      expect(loadSidecar(sidecarPath(), index, statSync(logPath()).size)).toBe(true);
      expect(index.size).toBe(145);
    });
  }
});
