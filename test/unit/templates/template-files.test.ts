import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { TemplateStore } from '../../../electron/templates/template-store';
import { english, inEnglish } from '../../support/english';
import { namedPipe } from '../../support/named-pipe';
import { testDesk, type TestDesk } from '../../support/test-desk';

let folder: string;
const desks: TestDesk[] = [];
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'template-files-'));
});
afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const form = { method: 'extended', caller: '+380671112233', callee: '101', calleeType: 'scheme' } as const;
const exported = JSON.stringify({
  kind: 'callback-desk-templates',
  version: 1,
  templates: [{ id: 'x', name: 'Sales', description: '', scope: 'shared', form, updatedAt: '2026-01-01' }],
});

function openDesk(): TestDesk {
  const desk = testDesk({ transport: nodeTransport, simulatorUrl: () => 'http://127.0.0.1:9' });
  desks.push(desk);
  return desk;
}

const pipes: ReturnType<typeof namedPipe>[] = [];
const refused = (message: string) => ({ ok: false, error: { code: 'invalid-input', message } });

describe('importing templates from a file that is not one', () => {
  const cases: [string, () => string, string][] = [
    [
      'a named pipe',
      () => {
        const path = join(folder, 'pipe.json');
        pipes.push(namedPipe(path, exported));
        return path;
      },
      'That is a named pipe, not a file: nothing was imported. Choose a templates export file.',
    ],
    [
      '/dev/zero',
      () => '/dev/zero',
      'That is a device, not a file: nothing was imported. Choose a templates export file.',
    ],
    [
      'a folder',
      () => {
        mkdirSync(join(folder, 'folder.json'));
        return join(folder, 'folder.json');
      },
      'That is a folder, not a file: nothing was imported. Choose a templates export file.',
    ],
    [
      'a file larger than any export',
      () => {
        writeFileSync(join(folder, 'huge.json'), Buffer.alloc(10_000_001, 0x20));
        return join(folder, 'huge.json');
      },
      'That file is larger than 10 MB, more than any templates export: nothing was imported.',
    ],
  ];
  for (const [name, make, message] of cases) {
    it(`(${name}) is refused at once, saying why, and imports nothing`, async () => {
      const desk = openDesk();
      desk.imports.push({ path: make() });
      expect(inEnglish(await desk.dispatch('importTemplates', undefined))).toEqual(refused(message));
      expect(await desk.dispatch('listTemplates', undefined)).toEqual({ ok: true, value: [] });
      expect(pipes.splice(0).map((pipe) => pipe.waitedOn())).not.toContain(true);
    });
  }

  it('an export file is imported as before', async () => {
    const desk = openDesk();
    desk.imports.push(exported);
    expect(await desk.dispatch('importTemplates', undefined)).toMatchObject({
      ok: true,
      value: { added: 1, templates: [{ name: 'Sales' }] },
    });
  });
});

describe('a templates.json that is not a file', () => {
  it('(a named pipe) is set aside without waiting on it, and said so', () => {
    const file = join(folder, 'templates.json');
    const pipe = namedPipe(file, exported);
    const store = new TemplateStore(file);
    expect(pipe.waitedOn()).toBe(false);
    expect(store.list('p')).toEqual([]);
    expect(store.notices.map(english)).toEqual([expect.stringContaining('could not be read')]);
    expect(readdirSync(folder).filter((name) => name.startsWith('templates.json.unreadable-'))).toHaveLength(
      1,
    );
  });

  it('(a link to /dev/zero) is set aside without reading it', () => {
    const file = join(folder, 'templates.json');
    symlinkSync('/dev/zero', file);
    const store = new TemplateStore(file);
    expect(store.notices.map(english)).toEqual([expect.stringContaining('could not be read')]);
    store.save({ name: 'Sales', description: '', scope: 'shared', form });
    expect(new TemplateStore(file).list('p').map((template) => template.name)).toEqual(['Sales']);
  });
});
