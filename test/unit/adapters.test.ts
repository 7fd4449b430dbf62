import { english } from '../support/english';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProfileService } from '../../electron/profiles/profile-service';
import { fakeCipher } from '../support/fake-cipher';

// The one place Electron is mocked: safeStorage's answers on each kind of system.
const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((plain: string) => Buffer.from(`sealed:${plain}`)),
  decryptString: vi.fn((sealed: Buffer) => sealed.toString().replace(/^sealed:/, '')),
};
// The app's data folder: a fresh temp folder for each test that needs one.
let userData = tmpdir();
vi.mock('electron', () => {
  const electron = { app: { getPath: () => userData }, safeStorage, ipcMain: undefined, shell: undefined };
  return { ...electron, default: electron };
});

const { createSafeStorageCipher } = await import('../../electron/adapters/cipher');
const { createElectronSettingsStore } = await import('../../electron/adapters/settings-store');

describe('the safeStorage cipher', () => {
  beforeEach(() => {
    safeStorage.isEncryptionAvailable.mockReturnValue(true);
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  });

  it('round-trips a key through the keyring as base64', () => {
    const cipher = createSafeStorageCipher();
    const sealed = cipher.encrypt('abc12345');
    expect(sealed).toBe(Buffer.from('sealed:abc12345').toString('base64'));
    expect(cipher.decrypt(sealed)).toBe('abc12345');
    expect(cipher.status()).toEqual({ available: true, reason: null });
  });

  it.runIf(process.platform === 'linux')(
    'treats Linux’s basic_text fallback as no encryption, saying why',
    () => {
      safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
      const status = createSafeStorageCipher().status();
      expect(status.available).toBe(false);
      expect(english(status.reason ?? '')).toContain('basic_text');
    },
  );

  it('reports no encryption when the system has none', () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(createSafeStorageCipher().status()).toMatchObject({ available: false });
  });
});

describe('the settings file', () => {
  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'callback-desk-settings-'));
  });
  afterEach(() => rmSync(userData, { recursive: true, force: true }));

  for (const content of ['null', '[]', '42', '"profiles"', '{ broken']) {
    it(`holding ${content} is kept aside unchanged, said so, and a fresh one started`, () => {
      const file = join(userData, 'settings.json');
      writeFileSync(file, content);
      const profiles = new ProfileService(createElectronSettingsStore(userData), fakeCipher());
      const aside = readdirSync(userData).find((name) => name.startsWith('settings.json.unreadable-'));
      expect(aside && readFileSync(join(userData, aside), 'utf8')).toBe(content);
      expect(profiles.state().notices.map(english)).toEqual([
        `The settings file could not be read. It was kept unchanged as ${join(userData, aside ?? '')}, and Callback Desk started afresh.`,
      ]);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        version: 1,
        profiles: [{ id: 'sandbox' }],
      });
    });
  }

  it('holding settings is read as it is, with nothing set aside', () => {
    const first = new ProfileService(createElectronSettingsStore(userData), fakeCipher());
    first.setTheme('dark');
    const again = new ProfileService(createElectronSettingsStore(userData), fakeCipher());
    expect(again.state()).toMatchObject({ theme: 'dark', notices: [] });
    expect(readdirSync(userData).filter((name) => name.includes('unreadable'))).toEqual([]);
  });
});
