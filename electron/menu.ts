import { app, dialog, Menu, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from './contract/i18n/locales';
import { translatorFor } from './contract/i18n/translate';
import { menuChannel } from './contract/menu-commands';
import { buildMenuTemplate, vendorApiUrl } from './menu-template';

/**
 * Installs the application menu in the app's language; its own commands go to
 * the page, which carries them out. Called again when the language changes.
 */
export function installMenu(window: BrowserWindow, locale: Locale): void {
  const t = translatorFor(locale);
  const template = buildMenuTemplate(
    { platform: process.platform, development: !app.isPackaged, appName: app.getName(), locale },
    {
      command: (command) => window.webContents.send(menuChannel, command),
      openGuide: () => {
        // Installed, the README is a resource beside the app; from source, it is in the project.
        const guide = [join(process.resourcesPath, 'README.md'), join(app.getAppPath(), 'README.md')].find(
          existsSync,
        );
        if (guide) void shell.openPath(guide);
      },
      // A fixed https address of this file's own, never one from the page.
      openVendorApi: () => void shell.openExternal(vendorApiUrl) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
      showAbout: () =>
        void dialog.showMessageBox(window, {
          type: 'info',
          title: t('menu.about', { app: app.getName() }),
          buttons: [t('dialog.ok')],
          message: `${app.getName()} ${app.getVersion()}`,
          detail: [
            `Electron ${process.versions.electron}`,
            `Chromium ${process.versions.chrome}`,
            `Node.js ${process.versions.node}`,
            `V8 ${process.versions.v8}`,
          ].join('\n'),
        }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
