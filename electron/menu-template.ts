import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './contract/menu-commands';

export const vendorApiUrl = 'https://help.ringostat.com/en/articles/6456329-api-request-to-connect-2-numbers';

export interface MenuActions {
  command(command: MenuCommand): void;
  /** Opens the README that ships with the app. */
  openGuide(): void;
  openExternal(url: string): void;
  showAbout(): void;
}

/**
 * The application menu: the usual roles, reload and developer tools only in
 * development, and the app's own shortcuts, which the page carries out.
 */
export function buildMenuTemplate(
  options: { platform: NodeJS.Platform; development: boolean; appName: string },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: `About ${options.appName}`,
    click: () => actions.showAbout(),
  };
  const callback: MenuItemConstructorOptions = {
    label: '&Callback',
    submenu: [
      { label: 'New callback', accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-callback') },
      { label: 'Send', accelerator: 'CmdOrCtrl+Enter', click: () => actions.command('send') },
      { type: 'separator' },
      {
        label: 'Search the history',
        accelerator: 'CmdOrCtrl+F',
        click: () => actions.command('focus-history-search'),
      },
      { label: 'Switch profile', accelerator: 'CmdOrCtrl+P', click: () => actions.command('switch-profile') },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.development
        ? ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(mac
      ? [
          {
            label: options.appName,
            submenu: [
              about,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } as MenuItemConstructorOptions,
        ]
      : []),
    callback,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Callback Desk guide', click: () => actions.openGuide() },
        { label: 'Ringostat callback API', click: () => actions.openExternal(vendorApiUrl) },
        ...(mac ? [] : [{ type: 'separator' } as const, about]),
      ],
    },
  ];
}
