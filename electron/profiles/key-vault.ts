import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError, KeyStatus } from '../contract/desk-types';
import type { Cipher } from './cipher';
import type { Settings } from './settings-schema';

type StoredKeys = Settings['keys'];

/**
 * The profiles' Auth-keys: encrypted in the settings, or kept in memory for
 * this session only. Only `keyFor` returns a key, and only the main process
 * calls it; everything else learns whether one is set and its last four.
 */
export class KeyVault {
  private readonly sessionKeys = new Map<string, string>();

  constructor(
    private readonly cipher: Cipher,
    /** The settings' encrypted keys, read and replaced in place so saving the settings saves them. */
    private readonly stored: { get: () => StoredKeys; set: (keys: StoredKeys) => void },
  ) {}

  /** Keeps a checked key; refuses to write it to disk where the system offers no real encryption. */
  keep(id: string, key: string, storage: 'encrypted' | 'session'): Result<null, DeskError> {
    if (storage === 'session') {
      this.dropStored(id);
      this.sessionKeys.set(id, key);
      return ok(null);
    }
    const encryption = this.cipher.status();
    if (!encryption.available) {
      return fail({
        code: 'key-storage-unavailable',
        message: text('profile.keyNotSaved', {
          reason: encryption.reason ?? text('profile.cannotEncrypt'),
        }),
      });
    }
    this.stored.set({
      ...this.stored.get(),
      [id]: { encrypted: this.cipher.encrypt(key), lastFour: key.slice(-4) },
    });
    this.sessionKeys.delete(id);
    return ok(null);
  }

  /** Forgets a profile's key, wherever it is kept. */
  drop(id: string): void {
    this.dropStored(id);
    this.sessionKeys.delete(id);
  }

  /** Gives a copied profile the same key, kept the same way. */
  copy(fromId: string, toId: string): void {
    const storedKey = this.stored.get()[fromId];
    if (storedKey) this.stored.set({ ...this.stored.get(), [toId]: { ...storedKey } });
    const sessionKey = this.sessionKeys.get(fromId);
    if (sessionKey !== undefined) this.sessionKeys.set(toId, sessionKey);
  }

  /** The key itself, for the main process to put in a request header. */
  keyFor(id: string): Result<string, Text> {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return ok(session);
    const stored = this.stored.get()[id];
    if (!stored) return fail(text('send.noKey'));
    try {
      return ok(this.cipher.decrypt(stored.encrypted));
    } catch {
      return fail(text('profile.keyUndecryptable'));
    }
  }

  status(id: string): KeyStatus {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return { set: true, lastFour: session.slice(-4), storage: 'session' };
    const stored = this.stored.get()[id];
    if (stored) return { set: true, lastFour: stored.lastFour, storage: 'encrypted' };
    return { set: false, lastFour: null, storage: null };
  }

  private dropStored(id: string): void {
    this.stored.set(Object.fromEntries(Object.entries(this.stored.get()).filter(([owner]) => owner !== id)));
  }
}
