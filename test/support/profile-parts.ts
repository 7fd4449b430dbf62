import type { Text } from '../../electron/contract/i18n/text';
import type { Cipher } from '../../electron/profiles/cipher';
import { KeyVault } from '../../electron/profiles/key-vault';
import { Preferences } from '../../electron/profiles/preferences';
import { ProfileService } from '../../electron/profiles/profile-service';
import { SavedSettings } from '../../electron/profiles/saved-settings';
import type { SettingsStore } from '../../electron/profiles/settings-store';
import { fakeCipher } from './fake-cipher';

export interface ProfileParts {
  settings: SavedSettings;
  keys: KeyVault;
  profiles: ProfileService;
  preferences: Preferences;
  /** Every notice the parts gave, the settings file's first. */
  notices: Text[];
}

/** Ids unique across every part opened in a test file, restarts included. */
let next = 0;

/**
 * The profiles, their key vault and the preferences over one settings store,
 * as the app wires them at start: reopening the same store is a restart.
 */
export function openProfileParts(
  store: SettingsStore,
  options: { cipher?: Cipher; systemLanguages?: () => readonly string[] } = {},
): ProfileParts {
  const settings = new SavedSettings(store, options.systemLanguages);
  const notices = [...settings.notices];
  const keys = new KeyVault(options.cipher ?? fakeCipher(), settings);
  const profiles = new ProfileService(settings, keys, {
    newId: () => `id-${++next}`,
    onNotice: (notice) => notices.push(notice),
  });
  return {
    settings,
    keys,
    profiles,
    preferences: new Preferences(settings, options.systemLanguages),
    notices,
  };
}
