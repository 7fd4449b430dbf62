import { app, BrowserWindow, nativeTheme, shell } from 'electron';
import { join } from 'node:path';
import { createSafeStorageCipher } from './adapters/cipher';
import { createExportSaver, createImportChooser } from './adapters/file-dialogs';
import { createSystemNotifier } from './adapters/notifier';
import { createElectronSettingsStore } from './adapters/settings-store';
import english from './contract/i18n/en.json?messages';
import { chromiumLanguage } from './contract/i18n/locales';
import { addCatalogue } from './contract/i18n/translate';
import ukrainian from './contract/i18n/uk.json?messages';
import { createDesk, type Desk } from './desk';
import { unpackedPath, workerFileName } from './history/index-client';
import { registerDeskIpc } from './ipc';
import { installMenu } from './menu';
import { nodeTransport } from './ringostat/node-transport';
import { startSimulator, type RunningSimulator } from './simulator/server';
import { createMainWindow, denyAllPermissions, registerRendererScheme, serveRenderer } from './window';

// Main speaks both languages: the menu, dialogs and exports follow the one chosen.
addCatalogue('en', english);
addCatalogue('uk', ukrainian);

let simulator: RunningSimulator | undefined;
let desk: Desk | undefined;

// A separate data folder on request: for tests, and for keeping several setups apart.
const userData = process.env.CALLBACK_DESK_USER_DATA;
if (userData) app.setPath('userData', userData);

const settingsStore = createElectronSettingsStore(app.getPath('userData'));
// A language chosen by hand reaches Chromium's own words too; Chromium reads it only before start.
const language = chromiumLanguage(
  (settingsStore.load().data as { language?: unknown } | undefined)?.language,
);
if (language) app.commandLine.appendSwitch('lang', language);
registerRendererScheme();

async function start(): Promise<void> {
  denyAllPermissions();
  serveRenderer();
  // Profiles that target the embedded simulator (the first-start Sandbox) send here: nothing real rings.
  const running = await startSimulator();
  simulator = running;
  const services = createDesk({
    settingsStore,
    cipher: createSafeStorageCipher(),
    historyFolder: join(app.getPath('userData'), 'history'),
    // The thread's file shipped beside this bundle: never one a setting or the current folder names.
    historyWorkerFile: unpackedPath(join(__dirname, workerFileName)),
    transport: nodeTransport,
    simulatorUrl: () => running.url,
    saveExport: createExportSaver(appWindow),
    chooseImportFile: createImportChooser(appWindow, () => desk?.preferences.locale() ?? 'en'),
    // Main hands this only paths its own exports wrote (desk-handlers.ts keeps them).
    showInFolder: (path) => shell.showItemInFolder(path),
    templatesFile: join(app.getPath('userData'), 'templates.json'),
    // Each run of a template, the last 20, to compare with the next.
    runsFolder: join(app.getPath('userData'), 'runs'),
    // Native parts of the window (scroll bars, dialogs, the title bar) follow the chosen appearance.
    onTheme: (theme) => (nativeTheme.themeSource = theme),
    // The system's languages, best first: the "system" language choice picks the first the app speaks.
    systemLanguages: () => app.getPreferredSystemLanguages(),
    onLanguage: (locale) => {
      const window = appWindow();
      if (window) installMenu(window, locale);
    },
    log: (line) => console.error(line),
    // A followed call-log row that settles while the window is away, when the person asked for it.
    notifier: createSystemNotifier(appWindow),
  });
  desk = services;
  // The page loads asynchronously: the handlers registered just after are in place before it can ask anything.
  const window = createMainWindow(services.preferences.savedWindow(), (bounds) =>
    services.preferences.saveWindow(bounds),
  );
  registerDeskIpc(window, services.dispatch);
  installMenu(window, services.preferences.locale());
}

/** The app's one window, for dialogs to belong to. */
function appWindow(): BrowserWindow | undefined {
  return BrowserWindow.getAllWindows()[0];
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  // Quitting waits for the history to close and the simulator to stop, then quits for good.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    void Promise.allSettled([simulator?.close(), desk?.close()]).then(() => app.quit());
  });
  void app.whenReady().then(start);
}
