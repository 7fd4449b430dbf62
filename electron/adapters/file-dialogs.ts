import { app, dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../contract/i18n/locales';
import { text } from '../contract/i18n/text';
import { translate } from '../contract/i18n/translate';

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

/** Asks which file to import, in the system's own dialog; the core reads it, within its limit. */
export function createImportChooser(window: () => BrowserWindow | undefined, locale: () => Locale) {
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
    return choice.canceled || !path ? null : path;
  };
}
