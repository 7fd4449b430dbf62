import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { text } from '../contract/i18n/text';
import { setAsideUnreadableSettings } from '../profiles/settings-file';
import type { SettingsStore } from '../profiles/settings-store';

/** The channel electron-store listens on for its renderer-side copies, which this app never makes. */
const settingsLibraryChannel = 'electron-store-get-data';

/**
 * Settings in electron-store, as `settings.json` in `folder` (the app's data
 * folder). A file that holds no settings object is renamed aside, never overwritten.
 */
export function createElectronSettingsStore(folder: string): SettingsStore {
  const options = { name: 'settings', cwd: folder, clearInvalidConfig: false } as const;
  const file = join(folder, 'settings.json');
  let notice = setAsideUnreadableSettings(file);
  let store: ElectronStore;
  try {
    store = new ElectronStore(options);
  } catch {
    // Whatever else keeps the store from reading the file, the file is kept aside all the same.
    const aside = `${file}.unreadable-${Date.now()}`;
    if (existsSync(file)) renameSync(file, aside);
    notice = text('settings.unreadable', { aside });
    store = new ElectronStore(options);
  }
  // The library answers any page that asks with the data folder's path and the app's version, on a
  // channel of its own that no sender check guards. The window never needs it: nothing may ask.
  // Outside Electron (the settings tests run this file in plain Node) there is no ipcMain and no channel.
  (ipcMain as Electron.IpcMain | undefined)?.removeAllListeners(settingsLibraryChannel);
  return {
    load: () => ({ data: Object.keys(store.store).length === 0 ? undefined : store.store, notice }),
    save: (data) => {
      store.store = data as Record<string, unknown>;
    },
    setAside: () => {
      const aside = `${store.path}.unreadable-${Date.now()}`;
      copyFileSync(store.path, aside);
      return aside;
    },
  };
}
