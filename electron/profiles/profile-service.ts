import { translate } from '../contract/i18n/translate';
import { resolveLocale, systemLocale, type LanguageChoice, type Locale } from '../contract/i18n/locales';
import { text, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError, DeskState, ProfileView } from '../contract/desk-types';
import type { ProfileInput } from '../contract/schemas';
import { checkAuthKey } from '../ringostat/auth-key';
import { ringostatApiUrl } from '../ringostat/endpoint';
import { sandbox } from '../simulator/sandbox';
import { defaultRetention, type HistoryRetention } from '../contract/history-types';
import type { SavedWindow } from './saved-window';
import type { Cipher } from './cipher';
import { KeyVault } from './key-vault';
import { checkProfileInput, defaultTimeZone } from './profile-input';
import type { SettingsStore } from './settings-store';
import { settingsSchema, type Settings, type StoredProfile } from './settings-schema';

export const sandboxProfile: StoredProfile = {
  id: 'sandbox',
  name: 'Sandbox',
  projectId: sandbox.projectId,
  numbers: [...sandbox.projectNumbers],
  country: 'UA',
  target: 'simulator',
  apiUrl: ringostatApiUrl,
  timeZone: sandbox.timeZone,
};

/**
 * Projects, the active one, and their Auth-keys. Keys are write-only from
 * outside: only `keyFor` returns one, and only the main process calls it.
 */
export class ProfileService {
  private settings: Settings;
  private readonly keys: KeyVault;
  private readonly notices: Text[] = [];

  constructor(
    private readonly store: SettingsStore,
    private readonly cipher: Cipher,
    private readonly newId: () => string = randomUUID,
    /** The system's preferred languages, best first, for the "system" language choice. */
    private readonly systemLanguages: () => readonly string[] = () => [],
  ) {
    this.keys = new KeyVault(cipher, {
      get: () => this.settings.keys,
      set: (keys) => (this.settings.keys = keys),
    });
    const loaded = store.load();
    if (loaded.notice) this.notices.push(loaded.notice);
    const parsed = loaded.data === undefined ? null : settingsSchema.safeParse(loaded.data);
    if (parsed?.success) {
      this.settings = parsed.data;
      if (!this.settings.profiles.some((profile) => profile.id === this.settings.activeProfileId)) {
        this.settings.activeProfileId = this.settings.profiles[0]?.id ?? sandboxProfile.id;
      }
      return;
    }
    if (parsed && !parsed.success) {
      const where = store.setAside();
      this.notices.push(text('profile.settingsUnreadable', { where }));
    }
    this.settings = {
      version: 1,
      activeProfileId: sandboxProfile.id,
      // The first profile is named in the system's language; it is the person's to rename.
      profiles: [
        { ...sandboxProfile, name: translate(text('profile.sandboxName'), systemLocale(systemLanguages())) },
      ],
      keys: {},
    };
    this.save();
  }

  /** Something the person must be told once, from another part of the app. */
  notify(notice: Text): void {
    this.notices.push(notice);
  }

  state(): DeskState {
    const language = this.language();
    const system = systemLocale(this.systemLanguages());
    const encryption = this.cipher.status();
    return {
      profiles: this.settings.profiles.map((profile) => this.view(profile)),
      activeId: this.settings.activeProfileId,
      keyStorage: { encrypted: encryption.available, reason: encryption.reason },
      theme: this.theme(),
      language,
      locale: language === 'system' ? system : language,
      systemLocale: system,
      notices: [...this.notices],
    };
  }

  active(): StoredProfile {
    const active = this.settings.profiles.find((profile) => profile.id === this.settings.activeProfileId);
    return active ?? (this.settings.profiles[0] as StoredProfile);
  }

  find(id: string): StoredProfile | undefined {
    return this.settings.profiles.find((profile) => profile.id === id);
  }

  create(input: ProfileInput): Result<DeskState, DeskError> {
    const checked = checkProfileInput(input, this.names());
    if (!checked.ok) return invalid(checked.error);
    const profile = { id: this.newId(), ...checked.value };
    this.settings.profiles.push(profile);
    this.settings.activeProfileId = profile.id;
    return this.saved();
  }

  update(id: string, input: ProfileInput): Result<DeskState, DeskError> {
    const index = this.settings.profiles.findIndex((profile) => profile.id === id);
    if (index < 0) return notFound();
    const checked = checkProfileInput(input, this.names(id));
    if (!checked.ok) return invalid(checked.error);
    const before = this.settings.profiles[index] as StoredProfile;
    this.settings.profiles[index] = { id, ...checked.value };
    // A key was set for one server: pointing the profile elsewhere must not take the key along.
    if (originOf(before.apiUrl) !== originOf(checked.value.apiUrl) && this.hasKey(id)) {
      this.keys.drop(id);
      this.notices.push(
        text('profile.keyDropped', {
          profile: checked.value.name,
          origin: new URL(checked.value.apiUrl).origin,
        }),
      );
    }
    return this.saved();
  }

  /** Copies a profile, key included, under a new name, and makes the copy active. */
  duplicate(id: string): Result<DeskState, DeskError> {
    const original = this.find(id);
    if (!original) return notFound();
    let name = `${original.name} (copy)`;
    for (let n = 2; this.names().some((taken) => taken.toLowerCase() === name.toLowerCase()); n += 1) {
      name = `${original.name} (copy ${n})`;
    }
    const copy = { ...original, numbers: [...original.numbers], id: this.newId(), name };
    this.settings.profiles.push(copy);
    this.keys.copy(id, copy.id);
    this.settings.activeProfileId = copy.id;
    return this.saved();
  }

  remove(id: string): Result<DeskState, DeskError> {
    if (!this.find(id)) return notFound();
    if (this.settings.profiles.length === 1) {
      return fail({
        code: 'invalid-input',
        message: text('profile.lastCannotDelete'),
      });
    }
    this.settings.profiles = this.settings.profiles.filter((profile) => profile.id !== id);
    this.keys.drop(id);
    if (this.settings.activeProfileId === id)
      this.settings.activeProfileId = this.settings.profiles[0]?.id ?? '';
    return this.saved();
  }

  activate(id: string): Result<DeskState, DeskError> {
    if (!this.find(id)) return notFound();
    this.settings.activeProfileId = id;
    return this.saved();
  }

  /**
   * Stores a key encrypted on disk, or for this session only. Refuses to
   * write it to disk where the system offers no real encryption.
   */
  setKey(id: string, rawKey: string, storage: 'encrypted' | 'session'): Result<DeskState, DeskError> {
    if (!this.find(id)) return notFound();
    const checked = checkAuthKey(rawKey);
    if (!checked.ok) return invalid([{ field: 'authKey', message: checked.error }]);
    const kept = this.keys.keep(id, checked.value, storage);
    return kept.ok ? this.saved() : kept;
  }

  clearKey(id: string): Result<DeskState, DeskError> {
    if (!this.find(id)) return notFound();
    this.keys.drop(id);
    return this.saved();
  }

  historyRetention(): HistoryRetention {
    return this.settings.historyRetention ?? defaultRetention;
  }

  setHistoryRetention(retention: HistoryRetention): void {
    this.settings.historyRetention = retention;
    this.save();
  }

  savedWindow(): SavedWindow | undefined {
    return this.settings.window;
  }

  saveWindow(window: SavedWindow): void {
    this.settings.window = window;
    this.save();
  }

  theme(): 'system' | 'light' | 'dark' {
    return this.settings.theme ?? 'system';
  }

  setTheme(theme: 'system' | 'light' | 'dark'): void {
    this.settings.theme = theme;
    this.save();
  }

  language(): LanguageChoice {
    return this.settings.language ?? 'system';
  }

  /** The language the app speaks now: the choice, or the first of the system's languages it knows. */
  locale(): Locale {
    return resolveLocale(this.language(), this.systemLanguages());
  }

  setLanguage(language: LanguageChoice): void {
    this.settings.language = language;
    this.save();
  }

  masksNumbers(): boolean {
    return this.settings.maskNumbers === true;
  }

  setMaskNumbers(mask: boolean): void {
    this.settings.maskNumbers = mask;
    this.save();
  }

  hasKey(id: string): boolean {
    return this.keys.status(id).set;
  }

  /** The key itself, for the main process to put in a request header. */
  keyFor(id: string): Result<string, Text> {
    return this.keys.keyFor(id);
  }

  private view(profile: StoredProfile): ProfileView {
    return {
      ...profile,
      numbers: [...profile.numbers],
      timeZone: profile.timeZone ?? defaultTimeZone,
      blocklist: [...(profile.blocklist ?? [])],
      confirmLiveCalls: profile.confirmLiveCalls === true,
      key: this.keys.status(profile.id),
    };
  }

  private names(exceptId?: string): string[] {
    return this.settings.profiles.filter((profile) => profile.id !== exceptId).map((profile) => profile.name);
  }

  private save(): void {
    this.store.save(this.settings);
  }

  private saved(): Result<DeskState, DeskError> {
    this.save();
    return ok(this.state());
  }
}

/** Where requests go: scheme, host and port. A URL that cannot be read has no origin, so it matches none. */
function originOf(apiUrl: string): string | null {
  return URL.canParse(apiUrl) ? new URL(apiUrl).origin : null;
}

function invalid(fields: DeskError['fields']): { ok: false; error: DeskError } {
  return fail({ code: 'invalid-input', message: text('profile.fieldsWrong'), fields });
}

function notFound(): { ok: false; error: DeskError } {
  return fail({ code: 'not-found', message: text('profile.notFound') });
}
