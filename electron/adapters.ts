import type { Locale } from './contract/i18n/locales';
import { translate } from './contract/i18n/translate';
import { text } from './contract/i18n/text';
import { app, dialog, safeStorage, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cipher } from './profiles/cipher';
import { setAsideUnreadableSettings } from './profiles/settings-file';
import type { SettingsStore } from './profiles/settings-store';

/**
 * The system keyring through safeStorage. On Linux without a keyring Electron
 * falls back to `basic_text`, a fixed obfuscation anyone can undo: that is
 * reported as no encryption, so the key is never written to disk that way.
 */
export function createSafeStorageCipher(): Cipher {
  return {
    status: () => {
      if (!safeStorage.isEncryptionAvailable()) {
        return { available: false, reason: text('keyring.none') };
      }
      if (process.platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend();
        if (backend === 'basic_text' || backend === 'unknown') {
          return {
            available: false,
            reason: text('keyring.plainText', { backend }),
          };
        }
      }
      return { available: true, reason: null };
    },
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (encoded) => safeStorage.decryptString(Buffer.from(encoded, 'base64')),
  };
}

/** Settings in electron-store; a file that holds no settings object is renamed aside, never overwritten. */
export function createElectronSettingsStore(): SettingsStore {
  const folder = app.getPath('userData');
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

/** Asks where to save an export, in the system's own dialog, then writes it there. */
export function createExportSaver(window: () => BrowserWindow | undefined) {
  return async (suggestedName: string, content: string | AsyncIterable<string>): Promise<string | null> => {
    const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
    const parent = window();
    const choice = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, content, 'utf8');
    return choice.filePath;
  };
}

/** Asks which file to import, in the system's own dialog, and reads it (a templates export is small). */
export function createImportOpener(window: () => BrowserWindow | undefined, locale: () => Locale) {
  return async (): Promise<string | null> => {
    const options: Electron.OpenDialogOptions = {
      properties: ['openFile'],
      filters: [{ name: translate(text('dialog.templatesFilter'), locale()), extensions: ['json'] }],
    };
    const parent = window();
    const choice = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    const [path] = choice.filePaths;
    if (choice.canceled || !path) return null;
    return readFile(path, 'utf8');
  };
}
