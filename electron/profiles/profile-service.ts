import { translate } from '../contract/i18n/translate';
import { resolveLocale, systemLocale, type LanguageChoice, type Locale } from '../contract/i18n/locales';
import { text, type Text } from '../contract/i18n/text';
import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../contract/result';
import type { DeskError, DeskState, KeyStatus, ProfileView } from '../contract/desk-types';
import type { ProfileInput } from '../contract/schemas';
import { ringostatApiUrl } from '../ringostat/endpoint';
import { sandbox } from '../simulator/sandbox';
import { defaultRetention, type HistoryRetention } from '../history/history-types';
import type { SavedWindow } from '../window-bounds';
import type { Cipher } from './cipher';
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

/** Ringostat keys are long; a short one would be shown whole by its last four characters. */
const printableKey = /^[\x21-\x7e]{8,512}$/;

/**
 * Projects, the active one, and their Auth-keys. Keys are write-only from
 * outside: only `keyFor` returns one, and only the main process calls it.
 */
export class ProfileService {
  private settings: Settings;
  private readonly sessionKeys = new Map<string, string>();
  private readonly notices: Text[] = [];

  constructor(
    private readonly store: SettingsStore,
    private readonly cipher: Cipher,
    private readonly newId: () => string = randomUUID,
    /** The system's preferred languages, best first, for the "system" language choice. */
    private readonly systemLanguages: () => readonly string[] = () => [],
  ) {
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
    this.settings.profiles[index] = { id, ...checked.value };
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
    const storedKey = this.settings.keys[id];
    if (storedKey) this.settings.keys[copy.id] = { ...storedKey };
    const sessionKey = this.sessionKeys.get(id);
    if (sessionKey !== undefined) this.sessionKeys.set(copy.id, sessionKey);
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
    this.dropStoredKey(id);
    this.sessionKeys.delete(id);
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
    const key = rawKey.trim();
    if (!printableKey.test(key)) {
      return invalid([
        {
          field: 'authKey',
          message: text('profile.keyTooShort'),
        },
      ]);
    }
    if (storage === 'encrypted') {
      const encryption = this.cipher.status();
      if (!encryption.available) {
        return fail({
          code: 'key-storage-unavailable',
          message: text('profile.keyNotSaved', {
            reason: encryption.reason ?? text('profile.cannotEncrypt'),
          }),
        });
      }
      this.settings.keys[id] = { encrypted: this.cipher.encrypt(key), lastFour: key.slice(-4) };
      this.sessionKeys.delete(id);
    } else {
      this.dropStoredKey(id);
      this.sessionKeys.set(id, key);
    }
    return this.saved();
  }

  clearKey(id: string): Result<DeskState, DeskError> {
    if (!this.find(id)) return notFound();
    this.dropStoredKey(id);
    this.sessionKeys.delete(id);
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
    return this.keyStatus(id).set;
  }

  /** The key itself, for the main process to put in a request header. */
  keyFor(id: string): Result<string, Text> {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return ok(session);
    const stored = this.settings.keys[id];
    if (!stored) return fail(text('send.noKey'));
    try {
      return ok(this.cipher.decrypt(stored.encrypted));
    } catch {
      return fail(text('profile.keyUndecryptable'));
    }
  }

  private keyStatus(id: string): KeyStatus {
    const session = this.sessionKeys.get(id);
    if (session !== undefined) return { set: true, lastFour: session.slice(-4), storage: 'session' };
    const stored = this.settings.keys[id];
    if (stored) return { set: true, lastFour: stored.lastFour, storage: 'encrypted' };
    return { set: false, lastFour: null, storage: null };
  }

  private view(profile: StoredProfile): ProfileView {
    return {
      ...profile,
      numbers: [...profile.numbers],
      timeZone: profile.timeZone ?? defaultTimeZone,
      blocklist: [...(profile.blocklist ?? [])],
      confirmLiveCalls: profile.confirmLiveCalls === true,
      key: this.keyStatus(profile.id),
    };
  }

  private names(exceptId?: string): string[] {
    return this.settings.profiles.filter((profile) => profile.id !== exceptId).map((profile) => profile.name);
  }

  private dropStoredKey(id: string): void {
    this.settings.keys = Object.fromEntries(
      Object.entries(this.settings.keys).filter(([owner]) => owner !== id),
    );
  }

  private save(): void {
    this.store.save(this.settings);
  }

  private saved(): Result<DeskState, DeskError> {
    this.save();
    return ok(this.state());
  }
}

function invalid(fields: DeskError['fields']): { ok: false; error: DeskError } {
  return fail({ code: 'invalid-input', message: text('profile.fieldsWrong'), fields });
}

function notFound(): { ok: false; error: DeskError } {
  return fail({ code: 'not-found', message: text('profile.notFound') });
}
