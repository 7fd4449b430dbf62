import { safeStorage } from 'electron';
import { text } from '../contract/i18n/text';
import type { Cipher } from '../profiles/cipher';

/**
 * The system keyring through safeStorage. On Linux without a keyring Electron
 * falls back to `basic_text`, a fixed obfuscation anyone can undo: that is
 * reported as no encryption, so the key is never written to disk that way.
 */
export function createSafeStorageCipher(): Cipher {
  return {
    status: () => {
      if (!safeStorage.isEncryptionAvailable()) {
        return { available: false, reason: text('keyring.none') };
      }
      if (process.platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend();
        if (backend === 'basic_text' || backend === 'unknown') {
          return {
            available: false,
            reason: text('keyring.plainText', { backend }),
          };
        }
      }
      return { available: true, reason: null };
    },
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (encoded) => safeStorage.decryptString(Buffer.from(encoded, 'base64')),
  };
}
