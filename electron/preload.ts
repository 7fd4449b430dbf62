import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, deskMethods } from './contract/desk-methods';
import type { DeskApi, DeskBridge } from './contract/desk-types';
import { isMenuCommand, menuChannel } from './contract/menu-commands';

// Named functions only: the page can call these methods and nothing else of IPC.
const methods = Object.fromEntries(
  deskMethods.map((method) => [method, (request: unknown) => ipcRenderer.invoke(channelOf(method), request)]),
) as DeskApi;

const desk: DeskBridge = {
  ...methods,
  // The menu's commands, and nothing else, reach the page; the listener never sees the IPC event.
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuChannel, forward);
    return () => ipcRenderer.removeListener(menuChannel, forward);
  },
};

contextBridge.exposeInMainWorld('desk', desk);
