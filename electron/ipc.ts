import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { channelOf, deskMethods } from './contract/desk-methods';
import { fail } from './contract/result';
import type { Dispatch } from './desk-handlers';

/**
 * Registers one handler per contract method. A call counts only from the
 * app's own window, from its top frame, showing the app's own page.
 */
export function registerDeskIpc(window: BrowserWindow, rendererFile: string, dispatch: Dispatch): void {
  const rendererUrl = pathToFileURL(rendererFile).href;
  const trusted = (event: IpcMainInvokeEvent): boolean =>
    event.sender.id === window.webContents.id &&
    event.senderFrame !== null &&
    event.senderFrame === event.sender.mainFrame &&
    event.senderFrame.url.split('#')[0] === rendererUrl;

  for (const method of deskMethods) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      trusted(event)
        ? dispatch(method, payload)
        : fail({
            code: 'untrusted-sender',
            message: 'This request did not come from Callback Desk’s own window.',
          }),
    );
  }
}
