import { english, inEnglish } from '../../support/english';
import { translate } from '../../../electron/contract/i18n/translate';
import { describe, expect, it } from 'vitest';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { fakeCipher } from '../../support/fake-cipher';
import { openProfileParts } from '../../support/profile-parts';

const key = 'abcdef0123456789wxyz';
const id = 'sandbox';

function vault(store = new MemorySettingsStore(), encryption = true) {
  return { ...openProfileParts(store, { cipher: fakeCipher(encryption) }), store };
}

describe('the Auth-key', () => {
  it('is write-only: the window learns only that it is set and its last four characters', () => {
    const { keys, profiles, store } = vault();
    expect(keys.set(id, `  ${key}  `, 'encrypted').ok).toBe(true);
    expect(profiles.views()[0]?.key).toEqual({ set: true, lastFour: 'wxyz', storage: 'encrypted' });
    expect(JSON.stringify(profiles.views())).not.toContain(key);
    expect(JSON.stringify(store.peek())).not.toContain(key);
    expect(keys.keyFor(id)).toEqual({ ok: true, value: key });
  });

  it('stays encrypted across a restart; one kept for the session only does not', () => {
    const { keys, store } = vault();
    keys.set(id, key, 'encrypted');
    expect(vault(store).keys.keyFor(id)).toEqual({ ok: true, value: key });
    keys.set(id, key, 'session');
    expect(keys.status(id)).toMatchObject({ set: true, storage: 'session' });
    expect(vault(store).keys.has(id)).toBe(false);
  });

  it('is never written to disk without real encryption; the session-only choice works and says so', () => {
    const { keys, store } = vault(new MemorySettingsStore(), false);
    const refused = keys.set(id, key, 'encrypted');
    expect(refused).toMatchObject({ ok: false, error: { code: 'key-storage-unavailable' } });
    expect(refused.ok || english(refused.error.message)).toContain('keep it for this session only');
    expect(keys.set(id, key, 'session').ok).toBe(true);
    expect(keys.keyFor(id)).toEqual({ ok: true, value: key });
    expect(JSON.stringify(store.peek())).not.toContain('wxyz');
    expect(inEnglish(keys.storage())).toEqual({
      encrypted: false,
      reason: expect.stringContaining('basic_text'),
    });
  });

  it('refuses a short key or one with spaces, without repeating it', () => {
    const { keys } = vault();
    for (const bad of ['short', 'has a space 123456']) {
      const result = keys.set(id, bad, 'encrypted');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(result)).not.toContain(bad);
    }
  });

  it('refuses what cannot be a Ringostat key, saying why in English and Ukrainian', () => {
    const { keys } = vault();
    const refusals: [string, RegExp, RegExp][] = [
      ['abcdefghij12345', /too short .*at least 16 characters/, /закороткий .*щонайменше 16 символів/],
      ['abcdefgh\t12345678', /spaces, line breaks or other characters/, /пробіли, розриви рядків/],
      ['abcdefgh\n12345678', /spaces, line breaks/, /розриви рядків/],
      ['abcdefgh\u000712345678', /characters a key never has/, /символи, яких у ключі не буває/],
      ['x'.repeat(513), /longer than any Ringostat key/, /довший за будь-який ключ/],
    ];
    for (const [bad, inEnglishWords, inUkrainian] of refusals) {
      const result = keys.set(id, bad, 'encrypted');
      const message = result.ok ? null : result.error.fields?.[0]?.message;
      expect(message && translate(message, 'en')).toMatch(inEnglishWords);
      expect(message && translate(message, 'uk')).toMatch(inUkrainian);
      expect(keys.has(id)).toBe(false);
    }
    expect(keys.set(id, 'abcdefghij123456', 'encrypted').ok).toBe(true);
  });

  it('can be cleared, and an undecryptable one asks to be set again', () => {
    const { keys, profiles, store } = vault();
    keys.set(id, key, 'encrypted');
    profiles.clearKey(id);
    expect(keys.keyFor(id)).toMatchObject({ ok: false });
    keys.set(id, key, 'encrypted');
    const broken = openProfileParts(store, {
      cipher: {
        ...fakeCipher(),
        decrypt: () => {
          throw new Error('keyring changed');
        },
      },
    });
    expect(inEnglish(broken.keys.keyFor(id))).toEqual({
      ok: false,
      error: expect.stringContaining('set it again'),
    });
  });
});
