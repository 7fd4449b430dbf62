import { english } from '../../support/english';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { openProfileParts } from '../../support/profile-parts';

// electron-store imports electron at load; given its folder, it needs nothing of it.
vi.mock('electron', () => ({ default: {} }));
const { createElectronSettingsStore } = await import('../../../electron/adapters/settings-store');

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'callback-desk-settings-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const file = () => join(userData, 'settings.json');
const setAside = () => readdirSync(userData).filter((name) => name.startsWith('settings.json.unreadable-'));

describe('a settings file that cannot be read', () => {
  for (const content of ['null', '[]', '42', '"profiles"', '{ broken']) {
    it(`holding ${content} is kept aside unchanged, said so, and a fresh one started`, () => {
      writeFileSync(file(), content);
      const { profiles, notices } = openProfileParts(createElectronSettingsStore(userData));
      const [aside] = setAside();
      expect(aside && readFileSync(join(userData, aside), 'utf8')).toBe(content);
      expect(notices.map(english)).toEqual([
        `The settings file could not be read. It was kept unchanged as ${join(userData, aside ?? '')}, and Callback Desk started afresh.`,
      ]);
      expect(profiles.views().map((profile) => profile.id)).toEqual(['sandbox']);
      expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({
        version: 1,
        profiles: [{ id: 'sandbox' }],
      });
    });
  }

  it('holding settings that are not right is kept aside as it was, and the app starts with the Sandbox', () => {
    const wrong = JSON.stringify({ version: 1, profiles: 'not a list' });
    writeFileSync(file(), wrong);
    const { profiles, notices } = openProfileParts(createElectronSettingsStore(userData));
    const [aside] = setAside();
    expect(aside && readFileSync(join(userData, aside), 'utf8')).toBe(wrong);
    expect(profiles.views().map((profile) => profile.name)).toEqual(['Sandbox']);
    expect(notices.map(english)).toEqual([expect.stringContaining('could not be read')]);
  });
});

describe('a settings file that can be read', () => {
  it('is read as it is, with nothing set aside and nothing to tell', () => {
    openProfileParts(createElectronSettingsStore(userData)).preferences.setTheme('dark');
    const again = openProfileParts(createElectronSettingsStore(userData));
    expect(again.preferences.theme()).toBe('dark');
    expect(again.notices).toEqual([]);
    expect(setAside()).toEqual([]);
  });

  it('is not written again on start when it holds settings', () => {
    const store = new MemorySettingsStore();
    openProfileParts(store);
    openProfileParts(store);
    expect(store.saves).toBe(1);
  });
});
