import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';

/** The renderer is loaded from this file and nowhere else. */
const rendererFile = join(__dirname, '../renderer/index.html');

/** Opens the app's only window with every Electron security guard on. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    title: 'Callback Desk',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  guardContents(window);
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererFile);
  return window;
}

function guardContents(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links leave the app only for https, and only into the system browser.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, …): the app asks for none. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
