import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import type { SettingsStore } from '../../electron/profiles/settings-store';

// electron-store imports electron at load; given its folder, it needs nothing of it, and with no
// ipcMain there is no channel of its own to close.
vi.mock('electron', () => ({ default: {}, ipcMain: undefined }));
const { createElectronSettingsStore } = await import('../../electron/adapters/settings-store');

/** A fresh data folder for each test of the calling file, and the app's own settings store over it. */
export function settingsFolder(): { path: () => string; store: () => SettingsStore } {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'callback-desk-settings-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  return { path: () => folder, store: () => createElectronSettingsStore(folder) };
}
