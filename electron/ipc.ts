import { text } from './contract/i18n/text';
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelOf, deskMethods } from './contract/desk-methods';
import { fail } from './contract/result';
import type { Dispatch } from './desk-handlers';
import { rendererUrl } from './renderer-files';
import { isTrustedSender } from './sender-check';

/** Registers one handler per contract method; each checks the sender before the payload is even parsed. */
export function registerDeskIpc(window: BrowserWindow, dispatch: Dispatch): void {
  const trusted = (event: IpcMainInvokeEvent): boolean =>
    event.senderFrame !== null &&
    isTrustedSender(
      {
        senderId: event.sender.id,
        windowId: window.webContents.id,
        fromMainFrame: event.senderFrame === event.sender.mainFrame,
        frameUrl: event.senderFrame.url,
      },
      rendererUrl,
    );

  for (const method of deskMethods) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      trusted(event)
        ? dispatch(method, payload)
        : fail({
            code: 'untrusted-sender',
            message: text('ipc.untrusted'),
          }),
    );
  }
}
