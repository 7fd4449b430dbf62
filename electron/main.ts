import { app, BrowserWindow } from 'electron';
import { createElectronSettingsStore, createSafeStorageCipher } from './adapters';
import { CallbackService } from './callbacks/callback-service';
import { createDeskHandlers, createDispatcher } from './desk-handlers';
import { registerDeskIpc } from './ipc';
import { ProfileService } from './profiles/profile-service';
import { nodeTransport } from './ringostat/node-transport';
import { startSimulator, type RunningSimulator } from './simulator/server';
import { createMainWindow, denyAllPermissions, rendererFile } from './window';

let simulator: RunningSimulator | undefined;

// A separate data folder on request: for tests, and for keeping several setups apart.
const userData = process.env.CALLBACK_DESK_USER_DATA;
if (userData) app.setPath('userData', userData);

async function start(): Promise<void> {
  denyAllPermissions();
  // Profiles that target the embedded simulator (the first-start Sandbox) send here: nothing real rings.
  const running = await startSimulator();
  simulator = running;
  const profiles = new ProfileService(createElectronSettingsStore(), createSafeStorageCipher());
  const simulatorUrl = (): string => running.url;
  const callbacks = new CallbackService({ profiles, simulatorUrl, transport: nodeTransport });
  const dispatch = createDispatcher(
    createDeskHandlers({ profiles, callbacks, simulatorUrl, transport: nodeTransport }),
    (line) => console.error(line),
  );
  const window = createMainWindow();
  registerDeskIpc(window, rendererFile, dispatch);
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
  app.on('will-quit', () => void simulator?.close());
  void app.whenReady().then(start);
}
