import { text, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError, ProfileView } from '../contract/desk-types';
import type { ProfileInput } from '../contract/schemas';
import type { KeyVault } from './key-vault';
import { checkProfileInput, defaultTimeZone, fieldsWrong } from './profile-input';
import type { SavedSettings } from './saved-settings';
import type { StoredProfile } from './settings-schema';

export interface ProfileServiceOptions {
  newId?: () => string;
  /** Told what the person should know: a key removed because its profile now points elsewhere. */
  onNotice?: (notice: Text) => void;
}

/**
 * Projects and the active one. A profile's key goes with it: removed with
 * it, copied with it, and dropped when the profile is pointed at another server.
 */
export class ProfileService {
  private readonly newId: () => string;
  private readonly onNotice: (notice: Text) => void;

  constructor(
    private readonly settings: SavedSettings,
    private readonly keys: KeyVault,
    options: ProfileServiceOptions = {},
  ) {
    this.newId = options.newId ?? randomUUID;
    this.onNotice = options.onNotice ?? (() => undefined);
    // A file edited by hand may name an active profile it no longer has.
    const { data } = settings;
    if (!data.profiles.some((profile) => profile.id === data.activeProfileId)) {
      data.activeProfileId = data.profiles[0]?.id ?? '';
    }
  }

  /** Every profile as the window may see it: its key only as set or not, and its last four. */
  views(): ProfileView[] {
    return this.settings.data.profiles.map((profile) => ({
      ...profile,
      numbers: [...profile.numbers],
      timeZone: profile.timeZone ?? defaultTimeZone,
      blocklist: [...(profile.blocklist ?? [])],
      confirmLiveCalls: profile.confirmLiveCalls === true,
      key: this.keys.status(profile.id),
    }));
  }

  active(): StoredProfile {
    return this.find(this.settings.data.activeProfileId) ?? (this.settings.data.profiles[0] as StoredProfile);
  }

  find(id: string): StoredProfile | undefined {
    return this.settings.data.profiles.find((profile) => profile.id === id);
  }

  /** Adds a profile and makes it the active one. */
  create(input: ProfileInput): Result<null, DeskError> {
    const checked = checkProfileInput(input, this.names());
    if (!checked.ok) return fieldsWrong(checked.error);
    const profile = { id: this.newId(), ...checked.value };
    this.settings.data.profiles.push(profile);
    this.settings.data.activeProfileId = profile.id;
    return this.saved();
  }

  update(id: string, input: ProfileInput): Result<null, DeskError> {
    const profiles = this.settings.data.profiles;
    const index = profiles.findIndex((profile) => profile.id === id);
    if (index < 0) return notFound();
    const checked = checkProfileInput(input, this.names(id));
    if (!checked.ok) return fieldsWrong(checked.error);
    const before = profiles[index] as StoredProfile;
    profiles[index] = { id, ...checked.value };
    // A key was set for one server: pointing the profile elsewhere must not take the key along.
    if (originOf(before.apiUrl) !== originOf(checked.value.apiUrl) && this.keys.has(id)) {
      this.keys.drop(id);
      this.onNotice(
        text('profile.keyDropped', {
          profile: checked.value.name,
          origin: new URL(checked.value.apiUrl).origin,
        }),
      );
    }
    return this.saved();
  }

  /** Copies a profile, key included, under a new name, and makes the copy active. */
  duplicate(id: string): Result<null, DeskError> {
    const original = this.find(id);
    if (!original) return notFound();
    let name = `${original.name} (copy)`;
    for (let n = 2; this.names().some((taken) => taken.toLowerCase() === name.toLowerCase()); n += 1) {
      name = `${original.name} (copy ${n})`;
    }
    const copy = { ...original, numbers: [...original.numbers], id: this.newId(), name };
    this.settings.data.profiles.push(copy);
    this.keys.copy(id, copy.id);
    this.settings.data.activeProfileId = copy.id;
    return this.saved();
  }

  /** Removes a profile and its key; the last one stays, so there is always one to send with. */
  remove(id: string): Result<null, DeskError> {
    if (!this.find(id)) return notFound();
    const { data } = this.settings;
    if (data.profiles.length === 1) {
      return fail({ code: 'invalid-input', message: text('profile.lastCannotDelete') });
    }
    data.profiles = data.profiles.filter((profile) => profile.id !== id);
    this.keys.drop(id);
    if (data.activeProfileId === id) data.activeProfileId = data.profiles[0]?.id ?? '';
    return this.saved();
  }

  activate(id: string): Result<null, DeskError> {
    if (!this.find(id)) return notFound();
    this.settings.data.activeProfileId = id;
    return this.saved();
  }

  /** Keeps a profile's key in the vault: see `KeyVault.set`. */
  setKey(id: string, rawKey: string, storage: 'encrypted' | 'session'): Result<null, DeskError> {
    return this.find(id) ? this.keys.set(id, rawKey, storage) : notFound();
  }

  clearKey(id: string): Result<null, DeskError> {
    if (!this.find(id)) return notFound();
    this.keys.drop(id);
    return ok(null);
  }

  private names(exceptId?: string): string[] {
    return this.settings.data.profiles
      .filter((profile) => profile.id !== exceptId)
      .map((profile) => profile.name);
  }

  private saved(): Result<null, DeskError> {
    this.settings.save();
    return ok(null);
  }
}

/** Where requests go: scheme, host and port. A URL that cannot be read has no origin, so it matches none. */
function originOf(apiUrl: string): string | null {
  return URL.canParse(apiUrl) ? new URL(apiUrl).origin : null;
}

function notFound(): { ok: false; error: DeskError } {
  return fail({ code: 'not-found', message: text('profile.notFound') });
}
