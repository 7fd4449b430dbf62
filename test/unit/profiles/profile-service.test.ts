import { english, inEnglish } from '../../support/english';
import { translate } from '../../../electron/contract/i18n/translate';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../electron/contract/schemas';
import { ProfileService } from '../../../electron/profiles/profile-service';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { fakeCipher } from '../../support/fake-cipher';

const live: ProfileInput = {
  name: 'Shop',
  projectId: '11111',
  numbers: ['+38 (044) 111-22-33', '0441112233', ''],
  country: 'ua',
  target: 'ringostat',
  apiUrl: 'https://api.ringostat.net/',
};
const key = 'abcdef0123456789wxyz';

function serviceWithShop(store = new MemorySettingsStore(), encryption = true) {
  let next = 0;
  const service = new ProfileService(store, fakeCipher(encryption), () => `id-${++next}`);
  const created = service.create(live);
  if (!created.ok) throw new Error(translate(created.error.message, 'en'));
  return { service, store, id: created.value.activeId };
}

describe('profiles', () => {
  it('start with an active Sandbox profile on the simulator, saved at once', () => {
    const store = new MemorySettingsStore();
    const state = new ProfileService(store, fakeCipher()).state();
    expect(state.profiles).toMatchObject([{ name: 'Sandbox', target: 'simulator' }]);
    expect(state.activeId).toBe(state.profiles[0]?.id);
    expect(store.saves).toBe(1);
  });

  it('name the first profile and speak in the system’s language until a language is chosen', () => {
    const store = new MemorySettingsStore();
    const service = new ProfileService(store, fakeCipher(), undefined, () => ['uk-UA', 'en-US']);
    expect(service.state()).toMatchObject({
      profiles: [{ name: 'Пісочниця' }],
      language: 'system',
      locale: 'uk',
      systemLocale: 'uk',
    });
    service.setLanguage('en');
    expect(new ProfileService(store, fakeCipher(), undefined, () => ['uk-UA']).state()).toMatchObject({
      profiles: [{ name: 'Пісочниця' }],
      language: 'en',
      locale: 'en',
      systemLocale: 'uk',
    });
  });

  it('normalise numbers, country and API URL when saved, and make a new profile active', () => {
    const { service, id } = serviceWithShop();
    expect(service.state().activeId).toBe(id);
    expect(service.find(id)).toMatchObject({
      numbers: ['380441112233'],
      country: 'UA',
      apiUrl: 'https://api.ringostat.net',
    });
  });

  it('survive a restart, except keys kept for the session only', () => {
    const { service, store, id } = serviceWithShop();
    service.setKey(id, key, 'session');
    const again = new ProfileService(store, fakeCipher());
    expect(again.find(id)?.name).toBe('Shop');
    expect(again.state().profiles.find((profile) => profile.id === id)?.key).toEqual({
      set: false,
      lastFour: null,
      storage: null,
    });
  });

  it('duplicate with the key, under a free name, and refuse to delete the last one', () => {
    const { service, id } = serviceWithShop();
    service.setKey(id, key, 'encrypted');
    const copy = service.duplicate(id);
    expect(copy.ok && copy.value.profiles.map((profile) => profile.name)).toEqual([
      'Sandbox',
      'Shop',
      'Shop (copy)',
    ]);
    const copyId = copy.ok ? copy.value.activeId : '';
    expect(service.keyFor(copyId)).toEqual({ ok: true, value: key });
    expect(service.remove(copyId).ok && service.remove(id).ok).toBe(true);
    const last = service.state().profiles[0]?.id ?? '';
    expect(service.remove(last)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the Auth-key', () => {
  it('is write-only: the state says only that it is set and its last four characters', () => {
    const { service, store, id } = serviceWithShop();
    const saved = service.setKey(id, `  ${key}  `, 'encrypted');
    expect(saved.ok && saved.value.profiles.find((profile) => profile.id === id)?.key).toEqual({
      set: true,
      lastFour: 'wxyz',
      storage: 'encrypted',
    });
    expect(JSON.stringify(service.state())).not.toContain(key);
    expect(JSON.stringify(store.peek())).not.toContain(key);
    expect(service.keyFor(id)).toEqual({ ok: true, value: key });
  });

  it('is never written to disk without real encryption; the session-only choice works and says so', () => {
    const { service, store, id } = serviceWithShop(new MemorySettingsStore(), false);
    const refused = service.setKey(id, key, 'encrypted');
    expect(refused).toMatchObject({ ok: false, error: { code: 'key-storage-unavailable' } });
    expect(refused.ok || english(refused.error.message)).toContain('keep it for this session only');
    expect(service.setKey(id, key, 'session').ok).toBe(true);
    expect(service.keyFor(id)).toEqual({ ok: true, value: key });
    expect(JSON.stringify(store.peek())).not.toContain('wxyz');
    expect(inEnglish(service.state().keyStorage)).toEqual({
      encrypted: false,
      reason: expect.stringContaining('basic_text'),
    });
  });

  it('refuses a short key or one with spaces, without repeating it', () => {
    const { service, id } = serviceWithShop();
    for (const bad of ['short', 'has a space 123456']) {
      const result = service.setKey(id, bad, 'encrypted');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(result)).not.toContain(bad);
    }
  });

  it('refuses what cannot be a Ringostat key, saying why in English and Ukrainian', () => {
    const { service, id } = serviceWithShop();
    const refusals: [string, RegExp, RegExp][] = [
      ['abcdefghij12345', /too short .*at least 16 characters/, /закороткий .*щонайменше 16 символів/],
      ['abcdefgh\t12345678', /spaces, line breaks or other characters/, /пробіли, розриви рядків/],
      ['abcdefgh\n12345678', /spaces, line breaks/, /розриви рядків/],
      ['abcdefgh\u000712345678', /characters a key never has/, /символи, яких у ключі не буває/],
      ['x'.repeat(513), /longer than any Ringostat key/, /довший за будь-який ключ/],
    ];
    for (const [bad, english, ukrainian] of refusals) {
      const result = service.setKey(id, bad, 'encrypted');
      const message = result.ok ? null : result.error.fields?.[0]?.message;
      expect(message && translate(message, 'en')).toMatch(english);
      expect(message && translate(message, 'uk')).toMatch(ukrainian);
      expect(service.hasKey(id)).toBe(false);
    }
    expect(service.setKey(id, 'abcdefghij123456', 'encrypted').ok).toBe(true);
  });

  it('can be cleared, and an undecryptable one asks to be set again', () => {
    const { service, store, id } = serviceWithShop();
    service.setKey(id, key, 'encrypted');
    service.clearKey(id);
    expect(service.keyFor(id)).toMatchObject({ ok: false });
    service.setKey(id, key, 'encrypted');
    const broken = new ProfileService(store, {
      ...fakeCipher(),
      decrypt: () => {
        throw new Error('keyring changed');
      },
    });
    expect(inEnglish(broken.keyFor(id))).toEqual({
      ok: false,
      error: expect.stringContaining('set it again'),
    });
  });
});

describe('changing where a profile sends its key', () => {
  const elsewhere = { ...live, apiUrl: 'https://ringostat.example.com' };

  it('removes the key, encrypted or session-only, when the API origin changes, and says so', () => {
    for (const storage of ['encrypted', 'session'] as const) {
      const { service, store, id } = serviceWithShop();
      service.setKey(id, key, storage);
      const updated = service.update(id, elsewhere);
      expect(updated.ok).toBe(true);
      expect(service.keyFor(id).ok).toBe(false);
      expect(service.state().profiles.find((profile) => profile.id === id)?.key.set).toBe(false);
      expect(JSON.stringify(store.peek())).not.toContain('encrypted":"');
      expect(english(service.state().notices.at(-1) ?? '')).toBe(
        'The API URL of profile “Shop” now points to https://ringostat.example.com, so its Auth-key was removed: a key is sent only where it was set for. Paste it again under Profiles.',
      );
    }
  });

  it('removes it for another scheme or port on the same host too', () => {
    for (const apiUrl of ['http://127.0.0.1:8080', 'https://api.ringostat.net:8443']) {
      const { service, id } = serviceWithShop();
      service.setKey(id, key, 'encrypted');
      service.update(id, { ...live, apiUrl });
      expect(service.hasKey(id)).toBe(false);
    }
  });

  it('keeps it when the origin stays: another path, a trailing slash, other letter case, other settings', () => {
    const { service, id } = serviceWithShop();
    service.setKey(id, key, 'encrypted');
    for (const apiUrl of [
      'https://API.ringostat.net/',
      'https://api.ringostat.net/v1',
      'https://api.ringostat.net:443',
    ]) {
      expect(service.update(id, { ...live, apiUrl, name: 'Shop 2' }).ok).toBe(true);
      expect(service.keyFor(id)).toEqual({ ok: true, value: key });
    }
    expect(service.state().notices).toEqual([]);
  });
});

describe('a settings file that cannot be read', () => {
  it('is set aside unchanged and the app starts with the Sandbox, saying so', () => {
    const corrupt = { version: 1, profiles: 'not a list' };
    const store = new MemorySettingsStore(corrupt);
    const state = new ProfileService(store, fakeCipher()).state();
    expect(store.setAsideCopies).toEqual([corrupt]);
    expect(state.profiles.map((profile) => profile.name)).toEqual(['Sandbox']);
    expect(english(state.notices[0] ?? '')).toContain('could not be read');
  });
});
