import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { openProfileParts } from '../../support/profile-parts';
import { settingsFolder } from '../../support/settings-folder';

const userData = settingsFolder();

/** The app starting on its real settings file in the data folder, as it does at each launch. */
const start = (systemLanguages: readonly string[] = ['en-US']) =>
  openProfileParts(userData.store(), { systemLanguages: () => systemLanguages });

describe('the preferences', () => {
  it('start as the system has it: its look and language, numbers shown, a year of history kept', () => {
    const { preferences } = start(['uk-UA', 'en-US']);
    expect(preferences.theme()).toBe('system');
    expect(preferences.language()).toBe('system');
    expect(preferences.locale()).toBe('uk');
    expect(preferences.masksNumbers()).toBe(false);
    expect(preferences.historyRetention()).toEqual({ maxEntries: 100_000, maxAgeDays: 365 });
    expect(preferences.savedWindow()).toBeUndefined();
  });

  it('survive a restart through the settings file on disk', () => {
    const first = start();
    first.preferences.setTheme('dark');
    first.preferences.setLanguage('uk');
    first.preferences.setMaskNumbers(true);
    first.preferences.setHistoryRetention({ maxEntries: 2500, maxAgeDays: 30 });
    first.preferences.saveWindow({ x: 10, y: 20, width: 900, height: 700, maximized: false });
    expect(JSON.parse(readFileSync(join(userData.path(), 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
      language: 'uk',
    });
    const { preferences } = start();
    expect(preferences.theme()).toBe('dark');
    expect(preferences.locale()).toBe('uk');
    expect(preferences.masksNumbers()).toBe(true);
    expect(preferences.historyRetention()).toEqual({ maxEntries: 2500, maxAgeDays: 30 });
    expect(preferences.savedWindow()).toEqual({ x: 10, y: 20, width: 900, height: 700, maximized: false });
  });

  it('follow the system’s languages until a language is chosen, then keep to it', () => {
    const store = new MemorySettingsStore();
    const first = openProfileParts(store, { systemLanguages: () => ['de-DE', 'uk-UA'] });
    expect([first.preferences.locale(), first.preferences.systemLocale()]).toEqual(['uk', 'uk']);
    first.preferences.setLanguage('en');
    const { preferences } = openProfileParts(store, { systemLanguages: () => ['uk-UA'] });
    expect([preferences.language(), preferences.locale(), preferences.systemLocale()]).toEqual([
      'en',
      'en',
      'uk',
    ]);
  });

  it('leave the profiles and their keys as they were', () => {
    const first = start();
    first.keys.set('sandbox', 'abcdef0123456789wxyz', 'encrypted');
    first.preferences.setTheme('light');
    const { keys, profiles } = start();
    expect(profiles.views().map((profile) => profile.name)).toEqual(['Sandbox']);
    expect(keys.keyFor('sandbox')).toEqual({ ok: true, value: 'abcdef0123456789wxyz' });
  });
});
