import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError, KeyStatus } from '../contract/desk-types';
import { checkAuthKey } from '../ringostat/auth-key';
import type { Cipher } from './cipher';
import { fieldsWrong } from './profile-input';
import type { SavedSettings } from './saved-settings';

/**
 * The profiles' Auth-keys: encrypted in the settings, or kept in memory for
 * this session only. Only `keyFor` returns a key, and only the main process
 * calls it; everything else learns whether one is set and its last four.
 */
export class KeyVault {
  private readonly sessionKeys = new Map<string, string>();

  constructor(
    private readonly cipher: Cipher,
    private readonly settings: SavedSettings,
  ) {}

  /** Whether keys can be stored encrypted on this machine, and if not, why. */
  storage(): { encrypted: boolean; reason: Text | null } {
    const encryption = this.cipher.status();
    return { encrypted: encryption.available, reason: encryption.reason };
  }

  /**
   * Checks a key as pasted and keeps it, encrypted on disk or for this
   * session only. Refuses to write it to disk where the system offers no
   * real encryption; a refusal never repeats the key.
   */
  set(id: string, rawKey: string, storage: 'encrypted' | 'session'): Result<null, DeskError> {
    const checked = checkAuthKey(rawKey);
    if (!checked.ok) return fieldsWrong([{ field: 'authKey', message: checked.error }]);
    const key = checked.value;
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
    this.storeKeys({
      ...this.settings.data.keys,
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
    const storedKey = this.settings.data.keys[fromId];
    if (storedKey) this.storeKeys({ ...this.settings.data.keys, [toId]: { ...storedKey } });
    const sessionKey = this.sessionKeys.get(fromId);
    if (sessionKey !== undefined) this.sessionKeys.set(toId, sessionKey);
  }

  /** The key itself, for the main process to put in a request header. */
  keyFor(id: string): Result<string, Text> {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return ok(session);
    const stored = this.settings.data.keys[id];
    if (!stored) return fail(text('send.noKey'));
    try {
      return ok(this.cipher.decrypt(stored.encrypted));
    } catch {
      return fail(text('profile.keyUndecryptable'));
    }
  }

  /** Whether a key is set, how it is kept and its last four: all the window ever learns of it. */
  status(id: string): KeyStatus {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return { set: true, lastFour: session.slice(-4), storage: 'session' };
    const stored = this.settings.data.keys[id];
    if (stored) return { set: true, lastFour: stored.lastFour, storage: 'encrypted' };
    return { set: false, lastFour: null, storage: null };
  }

  has(id: string): boolean {
    return this.status(id).set;
  }

  private dropStored(id: string): void {
    if (this.settings.data.keys[id] === undefined) return;
    this.storeKeys(
      Object.fromEntries(Object.entries(this.settings.data.keys).filter(([owner]) => owner !== id)),
    );
  }

  private storeKeys(keys: SavedSettings['data']['keys']): void {
    this.settings.data.keys = keys;
    this.settings.save();
  }
}
