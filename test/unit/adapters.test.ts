import { english } from '../support/english';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The one place Electron is mocked: safeStorage's answers on each kind of system.
const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((plain: string) => Buffer.from(`sealed:${plain}`)),
  decryptString: vi.fn((sealed: Buffer) => sealed.toString().replace(/^sealed:/, '')),
};
vi.mock('electron', () => {
  const electron = { app: { getPath: () => '/tmp' }, safeStorage, ipcMain: undefined, shell: undefined };
  return { ...electron, default: electron };
});

const { createSafeStorageCipher } = await import('../../electron/adapters');

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
