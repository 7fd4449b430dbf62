import { english } from '../../support/english';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's safeStorage as each kind of system answers it: the only thing this adapter decides on.
const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
};
vi.mock('electron', () => ({ safeStorage, default: { safeStorage } }));
const { createSafeStorageCipher } = await import('../../../electron/adapters/cipher');

describe('whether the keyring really encrypts', () => {
  beforeEach(() => {
    safeStorage.isEncryptionAvailable.mockReturnValue(true);
    safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret');
  });

  it('is yes with a system keyring', () => {
    expect(createSafeStorageCipher().status()).toEqual({ available: true, reason: null });
  });

  it.runIf(process.platform === 'linux')(
    'is no on Linux’s basic_text or unknown fallback, saying which, so no key is written to disk',
    () => {
      for (const backend of ['basic_text', 'unknown']) {
        safeStorage.getSelectedStorageBackend.mockReturnValue(backend);
        const status = createSafeStorageCipher().status();
        expect(status.available).toBe(false);
        expect(english(status.reason ?? '')).toContain(backend);
      }
    },
  );

  it('is no when the system has no encryption at all, saying so', () => {
    safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const status = createSafeStorageCipher().status();
    expect(status.available).toBe(false);
    expect(english(status.reason ?? '')).not.toBe('');
  });
});
