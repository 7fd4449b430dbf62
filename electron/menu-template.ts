import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from './contract/i18n/locales';
import { translatorFor } from './contract/i18n/translate';
import type { MenuCommand } from './contract/menu-commands';

export const vendorApiUrl = 'https://help.ringostat.com/en/articles/6456329-api-request-to-connect-2-numbers';

export interface MenuActions {
  command(command: MenuCommand): void;
  /** Opens the README that ships with the app. */
  openGuide(): void;
  /** Opens the vendor's callback API page, the one outside address the menu knows. */
  openVendorApi(): void;
  showAbout(): void;
}

/**
 * The application menu: the usual roles, reload and developer tools only in
 * development, and the app's own shortcuts, which the page carries out. Every
 * item carries its own label, so the menu speaks the app's language rather
 * than Electron's built-in English.
 */
export function buildMenuTemplate(
  options: { platform: NodeJS.Platform; development: boolean; appName: string; locale: Locale },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = translatorFor(options.locale);
  const app = options.appName;
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: t('menu.about', { app }),
    click: () => actions.showAbout(),
  };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit', { app }) };
  const callback: MenuItemConstructorOptions = {
    label: t('menu.callback'),
    submenu: [
      {
        label: t('menu.newCallback'),
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.command('new-callback'),
      },
      { label: t('menu.send'), accelerator: 'CmdOrCtrl+Enter', click: () => actions.command('send') },
      { type: 'separator' },
      {
        label: t('menu.searchHistory'),
        accelerator: 'CmdOrCtrl+F',
        click: () => actions.command('focus-history-search'),
      },
      {
        label: t('menu.switchProfile'),
        accelerator: 'CmdOrCtrl+P',
        click: () => actions.command('switch-profile'),
      },
      ...(mac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...(options.development
        ? ([
            { role: 'reload', label: t('menu.reload') },
            { role: 'toggleDevTools', label: t('menu.devTools') },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
    ],
  };
  const window: MenuItemConstructorOptions = {
    // On macOS the window role lets the system list the open windows in it.
    ...(mac ? { role: 'window' as const } : {}),
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  };
  return [
    ...(mac
      ? [
          {
            label: app,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide', label: t('menu.hide', { app }) },
              { role: 'hideOthers', label: t('menu.hideOthers') },
              { role: 'unhide', label: t('menu.unhide') },
              { type: 'separator' },
              quit,
            ],
          } as MenuItemConstructorOptions,
        ]
      : []),
    callback,
    edit,
    view,
    window,
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [
        { label: t('menu.guide'), click: () => actions.openGuide() },
        { label: t('menu.vendorApi'), click: () => actions.openVendorApi() },
        ...(mac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  ];
}
