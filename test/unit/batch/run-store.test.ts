import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RunStore } from '../../../electron/batch/run-store';
import type { StoredRun } from '../../../electron/contract/batch-types';
import { namedPipe } from '../../support/named-pipe';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function runOf(id: string, startedAt: string): StoredRun {
  return {
    id,
    templateId: 'schemes',
    templateName: 'Night schemes',
    profileName: 'Sandbox',
    startedAt,
    endedAt: startedAt,
    status: 'finished',
    rows: 1,
    passed: 1,
    failed: 0,
    valuesAreSchemes: true,
    items: [
      {
        row: 0,
        value: 'scheme_1',
        expect: { outcome: 'accepted', call: 'ANSWERED' },
        outcome: 'accepted',
        callEnding: 'ANSWERED',
        verdict: 'passed',
      },
    ],
  };
}

/** The folder the store keeps this template's runs in, where a hostile file can be dropped. */
function templateFolder(root: string): string {
  return join(root, createHash('sha256').update('schemes').digest('hex').slice(0, 24));
}

describe('runs kept on disk', () => {
  it('lists the good runs and sets aside every file that is not a run, whatever is in it', () => {
    const root = mkdtempSync(join(tmpdir(), 'runs-'));
    folders.push(root);
    const store = new RunStore(root);
    store.save(runOf('good', '2026-12-01T10:00:00.000Z'));
    const folder = templateFolder(root);
    const hostile: Record<string, string> = {
      // Cut short while written by hand.
      '2026-12-01T11-00-00-000Z-cut.json': JSON.stringify(runOf('cut', '2026-12-01T11:00:00.000Z')).slice(
        0,
        80,
      ),
      // Rows that are not rows: a window would break on them.
      '2026-12-01T12-00-00-000Z-rows.json': JSON.stringify({
        ...runOf('rows', '2026-12-01T12:00:00.000Z'),
        items: [{ value: 5, verdict: 'maybe' }],
      }),
      // Counts that are not numbers.
      '2026-12-01T13-00-00-000Z-counts.json': JSON.stringify({
        ...runOf('counts', '2026-12-01T13:00:00.000Z'),
        passed: 'all',
      }),
      '2026-12-01T14-00-00-000Z-null.json': 'null',
      // Far larger than any run: never read into memory.
      '2026-12-01T15-00-00-000Z-huge.json': `{"items":[${'"x",'.repeat(5_000_000)}"x"]}`,
    };
    for (const [name, text] of Object.entries(hostile)) writeFileSync(join(folder, name), text);

    expect(store.list('schemes').map((run) => run.id)).toEqual(['good']);
    for (const id of ['cut', 'rows', 'counts', 'null', 'huge']) expect(store.get('schemes', id)).toBeNull();
    expect(store.get('schemes', 'good')?.items[0]?.callEnding).toBe('ANSWERED');
    const files = readdirSync(folder).sort();
    expect(files.filter((name) => name.endsWith('.unreadable'))).toHaveLength(5);
    for (const name of Object.keys(hostile))
      expect(existsSync(join(folder, `${name}.unreadable`))).toBe(true);
  });

  it('sets aside a named pipe, a device and a folder named like a run without waiting on them or reading them', () => {
    const root = mkdtempSync(join(tmpdir(), 'runs-'));
    folders.push(root);
    const store = new RunStore(root);
    store.save(runOf('good', '2026-12-01T10:00:00.000Z'));
    const folder = templateFolder(root);
    // Were it waited on, it would give a run, which the list would then show.
    const pipe = namedPipe(
      join(folder, '2026-12-01T11-00-00-000Z-pipe.json'),
      JSON.stringify(runOf('pipe', '2026-12-01T11:00:00.000Z')),
    );
    symlinkSync('/dev/zero', join(folder, '2026-12-01T12-00-00-000Z-zero.json'));
    mkdirSync(join(folder, '2026-12-01T13-00-00-000Z-folder.json'));

    expect(store.list('schemes').map((listed) => listed.id)).toEqual(['good']);
    expect(store.get('schemes', 'pipe')).toBeNull();
    expect(pipe.waitedOn()).toBe(false);
    expect(readdirSync(folder).sort()).toEqual([
      '2026-12-01T10-00-00-000Z-good.json',
      '2026-12-01T11-00-00-000Z-pipe.json.unreadable',
      '2026-12-01T12-00-00-000Z-zero.json.unreadable',
      '2026-12-01T13-00-00-000Z-folder.json.unreadable',
    ]);
    // Saving prunes the oldest past the limit; what is set aside is not in its way.
    store.save(runOf('next', '2026-12-01T14:00:00.000Z'));
    expect(store.list('schemes').map((listed) => listed.id)).toEqual(['next', 'good']);
  });
});
