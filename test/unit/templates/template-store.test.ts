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
    expect(store.notices.map(english)).toEqual([expect.stringContaining('could not be read')]);
    expect(store.list('p')).toEqual([]);
    const aside = readdirSync(folder).find((name) => name.includes('unreadable'));
    expect(aside && readFileSync(join(folder, aside), 'utf8')).toBe('{ broken');
  });

  it('rename a clashing import of 77 to 80 characters within the 80-character limit, kept after a restart', () => {
    const file = join(folder, 'templates.json');
    for (const length of [77, 78, 79, 80]) {
      const name = `${'Sales scheme for the spring campaign '.repeat(3)}`.slice(0, length - 1) + 'X';
      const store = new TemplateStore(file);
      store.save({ name, description: '', scope: 'shared', form });
      const imported = store.importText(store.exportText(store.list('p')), (scope) => scope);
      const renamed = `${name.slice(0, 76).trimEnd()} (2)`;
      expect(imported).toEqual({ ok: true, value: { added: 1, renamed: [`${name} → ${renamed}`] } });
      const again = new TemplateStore(file);
      expect(again.notices).toEqual([]);
      expect(new Set(again.list('p').map((template) => template.name))).toEqual(new Set([name, renamed]));
      rmSync(file);
    }
  });

  it('import 1,200 templates of one name, each under a name of its own within the limit', () => {
    const file = join(folder, 'templates.json');
    const store = new TemplateStore(file);
    const long = 'A scheme whose name takes up nearly all of the eighty characters a name may have';
    expect(long).toHaveLength(80);
    const exported = (name: string) =>
      JSON.stringify({
        kind: 'callback-desk-templates',
        version: 1,
        templates: Array.from({ length: 1_200 }, (_, index) => ({
          id: `t-${index}`,
          name,
          description: '',
          scope: 'shared',
          form,
          updatedAt: '2026-11-26T10:00:00.000Z',
        })),
      });
    for (const name of ['Sales scheme', long]) {
      const imported = store.importText(exported(name), (scope) => scope);
      expect(imported.ok && imported.value.added).toBe(1_200);
    }
    const names = new TemplateStore(file).list('p').map((template) => template.name);
    expect(names).toHaveLength(2_400);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(2_400);
    expect(names.filter((name) => name.length > 80)).toEqual([]);
    const suffixed = (base: string, n: number) => {
      const suffix = ` (${n})`;
      return `${base.slice(0, 80 - suffix.length).trimEnd()}${suffix}`;
    };
    const expected = ['Sales scheme', long].flatMap((base) => [
      base,
      ...Array.from({ length: 1_199 }, (_, index) => suffixed(base, index + 2)),
    ]);
    expect([...names].sort()).toEqual([...expected].sort());
  });

  it('load the readable templates when some are not, keep the file as it was, and name the ones left out', () => {
    const file = join(folder, 'templates.json');
    const good = { id: 'good', name: 'Sales', description: '', scope: 'shared', form, updatedAt: 'x' };
    const content = JSON.stringify({
      kind: 'callback-desk-templates',
      version: 1,
      templates: [
        good,
        { ...good, id: 'long', name: 'L'.repeat(81) },
        { ...good, id: 'formless', name: 'No form', form: { method: 'fax' } },
        'not a template',
      ],
    });
    writeFileSync(file, content);
    const store = new TemplateStore(file);
    expect(store.list('p').map((template) => template.id)).toEqual(['good']);
    const aside = readdirSync(folder).find((name) => name.startsWith('templates.json.unreadable-'));
    expect(aside && readFileSync(join(folder, aside), 'utf8')).toBe(content);
    expect(store.notices.map(english)).toEqual([
      `3 saved templates could not be read and were left out: “${'L'.repeat(40)}…”, “No form” (1 of them without a name). ` +
        `The file as it was is kept as ${join(folder, aside ?? '')}.`,
    ]);
    // Saving again keeps the readable ones; the others stay in the file kept aside.
    store.save({ name: 'Support', description: '', scope: 'shared', form });
    const again = new TemplateStore(file);
    expect(again.notices).toEqual([]);
    expect(again.list('p').map((template) => template.name)).toEqual(['Sales', 'Support']);
  });

  it('give a template that shares its id with an earlier one an id of its own, so saving one keeps the other', () => {
    const file = join(folder, 'templates.json');
    const first = { id: 'same', name: 'Sales', description: '', scope: 'shared', form, updatedAt: 'x' };
    const second = { ...first, name: 'Support', form: { ...form, callee: '102' } };
    writeFileSync(
      file,
      JSON.stringify({ kind: 'callback-desk-templates', version: 1, templates: [first, second] }),
    );
    const store = new TemplateStore(file);
    expect(store.notices.map(english)).toEqual([
      '1 saved template shared its id with another and was given an id of its own: “Support”.',
    ]);
    const [sales, support] = store.list('p');
    expect([sales?.id, support?.name, support?.form]).toEqual(['same', 'Support', second.form]);
    expect(support?.id).not.toBe('same');
    expect(store.save({ id: 'same', name: 'Sales v2', description: '', scope: 'shared', form }).ok).toBe(
      true,
    );
    const again = new TemplateStore(file);
    expect(again.notices).toEqual([]);
    expect(again.list('p').map((template) => [template.id, template.name])).toEqual([
      ['same', 'Sales v2'],
      [support?.id, 'Support'],
    ]);
    // Each goes alone now: removing one leaves the other.
    expect(again.remove(support?.id ?? '')).toBe(true);
    expect(new TemplateStore(file).list('p').map((template) => template.name)).toEqual(['Sales v2']);
  });
});
