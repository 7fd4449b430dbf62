import { resolveLocale, systemLocale, type LanguageChoice, type Locale } from '../contract/i18n/locales';
import { defaultRetention, type HistoryRetention } from '../contract/history-types';
import type { SavedWindow } from './saved-window';
import type { SavedSettings } from './saved-settings';
import type { Settings } from './settings-schema';

/** The chosen appearance; `system` follows the operating system's light or dark mode. */
export type Theme = NonNullable<Settings['theme']>;

/** What holds for the whole app, whichever profile is active; each change is saved at once. */
export class Preferences {
  constructor(
    private readonly settings: SavedSettings,
    /** The system's preferred languages, best first, for the "system" language choice. */
    private readonly systemLanguages: () => readonly string[] = () => [],
  ) {}

  theme(): Theme {
    return this.settings.data.theme ?? 'system';
  }

  setTheme(theme: Theme): void {
    this.settings.data.theme = theme;
    this.settings.save();
  }

  language(): LanguageChoice {
    return this.settings.data.language ?? 'system';
  }

  setLanguage(language: LanguageChoice): void {
    this.settings.data.language = language;
    this.settings.save();
  }

  /** The language the app speaks now: the choice, or the first of the system's languages it knows. */
  locale(): Locale {
    return resolveLocale(this.language(), this.systemLanguages());
  }

  /** The language the "system" choice stands for. */
  systemLocale(): Locale {
    return systemLocale(this.systemLanguages());
  }

  /** Numbers in the history, its exports and runs are shown by their last four digits only. */
  masksNumbers(): boolean {
    return this.settings.data.maskNumbers === true;
  }

  setMaskNumbers(mask: boolean): void {
    this.settings.data.maskNumbers = mask;
    this.settings.save();
  }

  /** A system notification when a followed call-log row settles while the window is away; off unless asked for. */
  notifiesSettledRows(): boolean {
    return this.settings.data.notifyCallLogSettled === true;
  }

  setNotifySettledRows(notify: boolean): void {
    this.settings.data.notifyCallLogSettled = notify;
    this.settings.save();
  }

  historyRetention(): HistoryRetention {
    return this.settings.data.historyRetention ?? defaultRetention;
  }

  setHistoryRetention(retention: HistoryRetention): void {
    this.settings.data.historyRetention = retention;
    this.settings.save();
  }

  /** Where the window was when it last closed. */
  savedWindow(): SavedWindow | undefined {
    return this.settings.data.window;
  }

  saveWindow(window: SavedWindow): void {
    this.settings.data.window = window;
    this.settings.save();
  }
}
