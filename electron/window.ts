import { BrowserWindow, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { answerRendererRequest, rendererScheme, rendererUrl } from './renderer-files';
import type { SavedWindow } from './profiles/saved-window';
import { restoreBounds } from './window-bounds';

/** The built page, served to the window as `app://desk/` and from nowhere else. */
const rendererFolder = join(__dirname, '../renderer');
const preloadFile = join(__dirname, '../preload/preload.cjs');

/**
 * Gives the page's scheme a real, secure origin. Electron takes this only
 * before the app is ready, so main calls it first thing.
 */
export function registerRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: rendererScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built page's files, and nothing outside its folder, to the window. */
export function serveRenderer(): void {
  protocol.handle(rendererScheme, async (request) => {
    const answer = await answerRendererRequest(request.method, request.url, rendererFolder);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.contentType, 'X-Content-Type-Options': 'nosniff' },
    });
  });
}

const minimum = { width: 720, height: 520 };

/** Opens the app's only window with every Electron security guard on, where it was last time. */
export function createMainWindow(
  saved: SavedWindow | undefined,
  onClose: (window: SavedWindow) => void,
): BrowserWindow {
  const place = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    minimum,
  );
  const window = new BrowserWindow({
    ...(place
      ? { x: place.x, y: place.y, width: place.width, height: place.height }
      : { width: 1100, height: 760 }),
    minWidth: minimum.width,
    minHeight: minimum.height,
    title: 'Callback Desk',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click must not open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // Reviewed: the preload exposes only the contract's named functions, never ipcRenderer itself.
      preload: preloadFile /* eng-disable PRELOAD_JS_CHECK */,
    },
  });
  guardContents(window);
  window.once('ready-to-show', () => {
    if (place?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => onClose({ ...window.getNormalBounds(), maximized: window.isMaximized() }));
  void window.loadURL(rendererUrl);
  return window;
}

function guardContents(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Reviewed: links leave the app only as https URLs, and only into the system browser.
    if (isHttpsUrl(url)) void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Denies every permission (camera, notifications, …) but writing to the
 * clipboard, which "copy as cURL" needs; the page can never read it.
 */
export function denyAllPermissions(): void {
  const allowed = (permission: string): boolean => permission === 'clipboard-sanitized-write';
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowed(permission));
}
