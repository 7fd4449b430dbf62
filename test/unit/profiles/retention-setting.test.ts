import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../../electron/desk';
import { HistoryStore } from '../../../electron/history/history-store';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { english } from '../../support/english';
import { fakeCipher } from '../../support/fake-cipher';
import { logText } from '../../support/history-log';
import { settingsFolder } from '../../support/settings-folder';

const userData = settingsFolder();
const now = () => new Date('2026-12-02T12:00:00Z');

/** The app starting on the data folder as a person left it: settings.json, and a history of `entries`. */
async function startWith(historyRetention: unknown, entries: number) {
  const folder = userData.path();
  writeFileSync(
    join(folder, 'settings.json'),
    JSON.stringify({
      version: 1,
      activeProfileId: 'sandbox',
      profiles: [
        {
          id: 'sandbox',
          name: 'Sandbox',
          projectId: '10001',
          numbers: [],
          country: 'UA',
          target: 'simulator',
          apiUrl: 'https://api.ringostat.net',
        },
      ],
      keys: {},
      historyRetention,
    }),
  );
  mkdirSync(join(folder, 'history'));
  // Large entries: a history that retention emptied would be rewritten at once.
  const log = logText(entries, { padding: 20_000 });
  writeFileSync(join(folder, 'history', 'history.jsonl'), log);
  const desk = createDesk({
    settingsStore: userData.store(),
    cipher: fakeCipher(),
    historyFolder: join(folder, 'history'),
    templatesFile: join(folder, 'templates.json'),
    transport: nodeTransport,
    simulatorUrl: () => 'http://127.0.0.1:9',
    saveExport: async () => null,
    chooseImportFile: async () => null,
    now,
  });
  await desk.history.ready;
  return { desk, log };
}

const reset =
  'The history setting in the settings file was out of range, so it was reset to the defaults: ' +
  'at most 100,000 entries, for at most 365 days. Change it under History → How much history to keep, and masking.';

describe('a history setting out of range in settings.json', () => {
  const hostile: [string, unknown][] = [
    ['no entries and no days', { maxEntries: 0, maxAgeDays: 0 }],
    ['a billionth of a day', { maxEntries: 1000, maxAgeDays: 1e-9 }],
    ['fewer entries than the least', { maxEntries: 99, maxAgeDays: 30 }],
    ['a negative age', { maxEntries: 1000, maxAgeDays: -1 }],
    ['more days than the most', { maxEntries: 1000, maxAgeDays: 3651 }],
    ['a fraction of an entry', { maxEntries: 150.5, maxAgeDays: 30 }],
    ['words for numbers', { maxEntries: 'all', maxAgeDays: 30 }],
  ];
  for (const [name, retention] of hostile) {
    it(`(${name}) keeps every entry, is reset to the defaults, and says so`, async () => {
      const { desk, log } = await startWith(retention, 120);
      expect(desk.history.stats().entries).toBe(120);
      expect((await desk.history.list({}, 0, 1)).total).toBe(120);
      expect(desk.preferences.historyRetention()).toEqual({ maxEntries: 100_000, maxAgeDays: 365 });
      expect(desk.state().notices.map(english)).toEqual([reset]);
      expect(desk.state().profiles.map((profile) => profile.id)).toEqual(['sandbox']);
      await desk.close();
      expect(readFileSync(join(userData.path(), 'history', 'history.jsonl'), 'utf8')).toBe(log);
      const saved = JSON.parse(readFileSync(join(userData.path(), 'settings.json'), 'utf8'));
      expect(saved.historyRetention).toBeUndefined();
      // The next start keeps them too, and has nothing more to say.
      const again = HistoryStore.open(join(userData.path(), 'history'), { now });
      await again.ready;
      expect(again.stats().entries).toBe(120);
      await again.close();
    });
  }

  it('within range is kept as it is, with nothing to say', async () => {
    const { desk } = await startWith({ maxEntries: 100, maxAgeDays: 3650 }, 120);
    expect(desk.preferences.historyRetention()).toEqual({ maxEntries: 100, maxAgeDays: 3650 });
    expect(desk.history.stats().entries).toBe(100);
    expect(desk.state().notices).toEqual([]);
    await desk.close();
  });
});
