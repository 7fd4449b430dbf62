import { english, inEnglish } from '../../support/english';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemplateStore } from '../../../electron/templates/template-store';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'templates-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const form = {
  method: 'extended',
  caller: '+380671112233',
  callee: '101',
  calleeType: 'scheme',
  utmSource: 'qa',
} as const;

describe('templates', () => {
  it('are saved, listed per profile with the shared ones, renamed, deleted, and survive a restart', () => {
    const store = new TemplateStore(join(folder, 'templates.json'));
    const shared = store.save({ name: 'Sales scheme', description: 'QA', scope: 'shared', form });
    store.save({ name: 'Mine', description: '', scope: 'profile-a', form });
    store.save({ name: 'Theirs', description: '', scope: 'profile-b', form });
    expect(store.list('profile-a').map((template) => template.name)).toEqual(['Mine', 'Sales scheme']);
    expect(
      inEnglish(store.save({ name: 'sales scheme', description: '', scope: 'shared', form })),
    ).toMatchObject({
      ok: false,
      error: { fields: [{ message: 'Name: “sales scheme” is taken by another template.' }] },
    });
    const id = shared.ok ? shared.value.id : '';
    expect(store.save({ id, name: 'Sales scheme v2', description: 'QA', scope: 'shared', form }).ok).toBe(
      true,
    );
    const again = new TemplateStore(join(folder, 'templates.json'));
    expect(again.list('profile-a').map((template) => template.name)).toEqual(['Mine', 'Sales scheme v2']);
    expect(again.remove(id)).toBe(true);
    expect(
      new TemplateStore(join(folder, 'templates.json')).list('profile-a').map((template) => template.name),
    ).toEqual(['Mine']);
  });

  it('round-trip through an export file, renaming clashes, and refuse a file that is not one', () => {
    const store = new TemplateStore(join(folder, 'templates.json'));
    store.save({ name: 'Sales scheme', description: 'QA', scope: 'shared', form });
    const text = store.exportText(store.list('p'));
    expect(text).not.toMatch(/auth-?key|secret|password/i);
    expect(store.importText(text, (scope) => scope)).toEqual({
      ok: true,
      value: { added: 1, renamed: ['Sales scheme → Sales scheme (2)'] },
    });
    expect(store.list('p').map((template) => [template.name, template.form])).toEqual([
      ['Sales scheme', form],
      ['Sales scheme (2)', form],
    ]);
    expect(store.importText('{"templates": "no"}', (scope) => scope)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('keep an unreadable file aside rather than overwrite it, and say so', () => {
    writeFileSync(join(folder, 'templates.json'), '{ broken');
    const store = new TemplateStore(join(folder, 'templates.json'));
    expect(english(store.notice ?? '')).toContain('could not be read');
    expect(store.list('p')).toEqual([]);
    const aside = readdirSync(folder).find((name) => name.includes('unreadable'));
    expect(aside && readFileSync(join(folder, aside), 'utf8')).toBe('{ broken');
  });
});
