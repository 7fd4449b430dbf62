import { app, BrowserWindow } from 'electron';
import { startSimulator, type RunningSimulator } from './simulator/server';
import { createMainWindow, denyAllPermissions } from './window';

let simulator: RunningSimulator | undefined;

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
  void app.whenReady().then(async () => {
    denyAllPermissions();
    // With no project configured, callbacks go to the embedded simulator: nothing real rings.
    simulator = await startSimulator();
    createMainWindow();
  });
}
