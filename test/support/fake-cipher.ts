import { text } from '../../electron/contract/i18n/text';
import type { Cipher } from '../../electron/profiles/cipher';

/**
 * Stands in for safeStorage: reversible, and never leaves the key readable
 * in what it returns, so a test can search stored data for the key.
 */
export function fakeCipher(available = true): Cipher {
  return {
    status: () =>
      available
        ? { available: true, reason: null }
        : { available: false, reason: text('keyring.plainText', { backend: 'basic_text' }) },
    encrypt: (plain) => Buffer.from([...plain].reverse().join(''), 'utf8').toString('base64'),
    decrypt: (encoded) => [...Buffer.from(encoded, 'base64').toString('utf8')].reverse().join(''),
  };
}
