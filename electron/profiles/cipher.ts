import type { Text } from '../contract/i18n/text';

/** Encryption of stored keys, as the operating system offers it (Electron's safeStorage in the app). */
export interface Cipher {
  /** Whether stored secrets would really be encrypted, and if not, why, in words for a person. */
  status(): { available: boolean; reason: Text | null };
  /** Returns base64 text safe to write to disk. */
  encrypt(plain: string): string;
  decrypt(encoded: string): string;
}
