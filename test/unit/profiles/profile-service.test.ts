import { english } from '../../support/english';
import { translate } from '../../../electron/contract/i18n/translate';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../electron/contract/schemas';
import type { Settings } from '../../../electron/profiles/settings-schema';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { openProfileParts } from '../../support/profile-parts';

const live: ProfileInput = {
  name: 'Shop',
  projectId: '11111',
  numbers: ['+38 (044) 111-22-33', '0441112233', ''],
  country: 'ua',
  target: 'ringostat',
  apiUrl: 'https://api.ringostat.net/',
};
const key = 'abcdef0123456789wxyz';

function withShop(store = new MemorySettingsStore()) {
  const parts = openProfileParts(store);
  const created = parts.profiles.create(live);
  if (!created.ok) throw new Error(translate(created.error.message, 'en'));
  return { ...parts, store, id: parts.profiles.active().id };
}

const keyOf = (parts: ReturnType<typeof withShop>, id: string) =>
  parts.profiles.views().find((profile) => profile.id === id)?.key;

describe('profiles', () => {
  it('start with an active Sandbox profile on the simulator, saved at once', () => {
    const store = new MemorySettingsStore();
    const { profiles } = openProfileParts(store);
    expect(profiles.views()).toMatchObject([{ name: 'Sandbox', target: 'simulator' }]);
    expect(profiles.active().id).toBe(profiles.views()[0]?.id);
    expect(store.saves).toBe(1);
  });

  it('name the first profile in the system’s language', () => {
    const { profiles } = openProfileParts(new MemorySettingsStore(), {
      systemLanguages: () => ['uk-UA', 'en-US'],
    });
    expect(profiles.views()).toMatchObject([{ name: 'Пісочниця' }]);
  });

  it('normalise numbers, country and API URL when saved, and make a new profile active', () => {
    const { profiles, id } = withShop();
    expect(profiles.active().id).toBe(id);
    expect(profiles.find(id)).toMatchObject({
      numbers: ['380441112233'],
      country: 'UA',
      apiUrl: 'https://api.ringostat.net',
    });
  });

  it('refuse a name another profile has, whatever its letter case', () => {
    const { profiles } = withShop();
    const taken = profiles.create({ ...live, name: 'SHOP' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(taken.ok || english(taken.error.fields?.[0]?.message ?? '')).toContain('SHOP');
    expect(profiles.views()).toHaveLength(2);
  });

  it('survive a restart with the active one, except keys kept for the session only', () => {
    const first = withShop();
    first.profiles.setKey(first.id, key, 'session');
    const again = openProfileParts(first.store);
    expect(again.profiles.active()).toMatchObject({ id: first.id, name: 'Shop' });
    expect(again.profiles.views().find((profile) => profile.id === first.id)?.key.set).toBe(false);
  });

  it('fall back to the first profile when the saved active one is gone', () => {
    const { store } = withShop();
    store.save({ ...(store.peek() as object), activeProfileId: 'edited-away' });
    expect(openProfileParts(store).profiles.active().id).toBe('sandbox');
  });

  it('duplicate with the key, under a free name; take the key along when deleted; keep the last one', () => {
    const { profiles, keys, store, id } = withShop();
    profiles.setKey(id, key, 'encrypted');
    expect(profiles.duplicate(id).ok).toBe(true);
    expect(profiles.duplicate(id).ok).toBe(true);
    expect(profiles.views().map((profile) => profile.name)).toEqual([
      'Sandbox',
      'Shop',
      'Shop (copy)',
      'Shop (copy 2)',
    ]);
    const copyId = profiles.active().id;
    expect(keys.keyFor(copyId)).toEqual({ ok: true, value: key });
    for (const profile of profiles.views().slice(1)) expect(profiles.remove(profile.id).ok).toBe(true);
    expect(keys.keyFor(id).ok).toBe(false);
    expect((store.peek() as Settings).keys).toEqual({});
    expect(profiles.remove('sandbox')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('say so when asked about a profile they do not have', () => {
    const { profiles } = withShop();
    for (const result of [
      profiles.update('gone', live),
      profiles.activate('gone'),
      profiles.setKey('gone', key, 'encrypted'),
      profiles.clearKey('gone'),
    ])
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('changing where a profile sends its key', () => {
  const elsewhere = { ...live, apiUrl: 'https://ringostat.example.com' };

  it('removes the key, encrypted or session-only, when the API origin changes, and says so', () => {
    for (const storage of ['encrypted', 'session'] as const) {
      const parts = withShop();
      const { profiles, keys, store, id, notices } = parts;
      profiles.setKey(id, key, storage);
      expect(profiles.update(id, elsewhere).ok).toBe(true);
      expect(keys.keyFor(id).ok).toBe(false);
      expect(keyOf(parts, id)?.set).toBe(false);
      expect(JSON.stringify(store.peek())).not.toContain('encrypted":"');
      expect(english(notices.at(-1) ?? '')).toBe(
        'The API URL of profile “Shop” now points to https://ringostat.example.com, so its Auth-key was removed: a key is sent only where it was set for. Paste it again under Profiles.',
      );
    }
  });

  it('removes it for another scheme or port on the same host too', () => {
    for (const apiUrl of ['http://127.0.0.1:8080', 'https://api.ringostat.net:8443']) {
      const { profiles, keys, id } = withShop();
      profiles.setKey(id, key, 'encrypted');
      profiles.update(id, { ...live, apiUrl });
      expect(keys.has(id)).toBe(false);
    }
  });

  it('keeps it when the origin stays: another path, a trailing slash, other letter case, other settings', () => {
    const { profiles, keys, id, notices } = withShop();
    profiles.setKey(id, key, 'encrypted');
    for (const apiUrl of [
      'https://API.ringostat.net/',
      'https://api.ringostat.net/v1',
      'https://api.ringostat.net:443',
    ]) {
      expect(profiles.update(id, { ...live, apiUrl, name: 'Shop 2' }).ok).toBe(true);
      expect(keys.keyFor(id)).toEqual({ ok: true, value: key });
    }
    expect(notices).toEqual([]);
  });
});
