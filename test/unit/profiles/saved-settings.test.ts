import { english } from '../../support/english';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { namedPipe } from '../../support/named-pipe';
import { openProfileParts } from '../../support/profile-parts';
import { settingsFolder } from '../../support/settings-folder';

const folder = settingsFolder();
const file = () => join(folder.path(), 'settings.json');
const setAside = () =>
  readdirSync(folder.path()).filter((name) => name.startsWith('settings.json.unreadable-'));

describe('a settings file that cannot be read', () => {
  for (const content of ['null', '[]', '42', '"profiles"', '{ broken']) {
    it(`holding ${content} is kept aside unchanged, said so, and a fresh one started`, () => {
      writeFileSync(file(), content);
      const { profiles, notices } = openProfileParts(folder.store());
      const [aside] = setAside();
      expect(aside && readFileSync(join(folder.path(), aside), 'utf8')).toBe(content);
      expect(notices.map(english)).toEqual([
        `The settings file could not be read. It was kept unchanged as ${join(folder.path(), aside ?? '')}, and Callback Desk started afresh.`,
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
    const { profiles, notices } = openProfileParts(folder.store());
    const [aside] = setAside();
    expect(aside && readFileSync(join(folder.path(), aside), 'utf8')).toBe(wrong);
    expect(profiles.views().map((profile) => profile.name)).toEqual(['Sandbox']);
    expect(notices.map(english)).toEqual([expect.stringContaining('could not be read')]);
  });
});

const pipedSettings = {
  version: 1,
  activeProfileId: 'piped',
  profiles: [
    {
      id: 'piped',
      name: 'From the pipe',
      projectId: '1',
      numbers: [],
      country: 'UA',
      target: 'simulator',
      apiUrl: 'https://api.ringostat.net',
    },
  ],
  keys: {},
  theme: 'dark',
};

describe('a settings file that is not a file', () => {
  it('(a named pipe) is set aside without waiting on it, and the app starts with the Sandbox', () => {
    const pipe = namedPipe(file(), JSON.stringify(pipedSettings));
    const { profiles, notices, preferences } = openProfileParts(folder.store());
    expect(notices.map(english)).toEqual([expect.stringContaining('The settings file could not be read.')]);
    expect(setAside()).toHaveLength(1);
    expect(profiles.views().map((profile) => profile.id)).toEqual(['sandbox']);
    expect(preferences.theme()).toBe('system');
    expect(pipe.waitedOn()).toBe(false);
  });
});

describe('a settings file that can be read', () => {
  it('is read as it is, with nothing set aside and nothing to tell', () => {
    openProfileParts(folder.store()).preferences.setTheme('dark');
    const again = openProfileParts(folder.store());
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
