import { defaultRetention } from '../contract/history-types';
import { systemLocale } from '../contract/i18n/locales';
import { text, type Text } from '../contract/i18n/text';
import { translate } from '../contract/i18n/translate';
import { ringostatApiUrl } from '../ringostat/endpoint';
import { sandbox } from '../simulator/sandbox';
import type { SettingsStore } from './settings-store';
import { historyKeepSchema } from '../contract/schemas';
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
 * The one settings file that the profiles, the key vault and the preferences
 * share: read once at start, changed in place by each of them, saved whole.
 * A file that does not hold settings is set aside unchanged and the app
 * starts afresh with the Sandbox profile.
 */
export class SavedSettings {
  readonly data: Settings;
  /** What the person must be told about the file: that it was set aside, and where. */
  readonly notices: Text[] = [];

  constructor(
    private readonly store: SettingsStore,
    /** The system's preferred languages, best first: the first profile is named in the first the app speaks. */
    systemLanguages: () => readonly string[] = () => [],
  ) {
    const loaded = store.load();
    if (loaded.notice) this.notices.push(loaded.notice);
    const { data, retentionReset } = withRetentionChecked(loaded.data);
    const parsed = data === undefined ? null : settingsSchema.safeParse(data);
    if (parsed?.success) {
      this.data = parsed.data;
      if (retentionReset) {
        this.notices.push(text('settings.retentionReset', { ...defaultRetention }));
        this.save();
      }
      return;
    }
    if (parsed && !parsed.success) {
      const where = store.setAside();
      this.notices.push(text('profile.settingsUnreadable', { where }));
    }
    this.data = {
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

  save(): void {
    this.store.save(this.data);
  }
}

/**
 * The saved settings with a history retention out of bounds left out, so the
 * defaults apply: the rest of the file is still good, and one hand-edited
 * number must neither empty the history nor cost the profiles.
 */
function withRetentionChecked(data: unknown): { data: unknown; retentionReset: boolean } {
  if (typeof data !== 'object' || data === null || !('historyRetention' in data))
    return { data, retentionReset: false };
  const { historyRetention, ...rest } = data;
  if (historyRetention === undefined || historyKeepSchema.safeParse(historyRetention).success)
    return { data, retentionReset: false };
  return { data: rest, retentionReset: true };
}
