import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, deskMethods } from './contract/desk-methods';
import type { DeskApi, DeskBridge } from './contract/desk-types';
import { isMenuCommand, menuChannel } from './contract/menu-commands';

// Named functions only: the page can call these methods and nothing else of IPC.
const methods = Object.fromEntries(
  deskMethods.map((method) => [method, (request: unknown) => ipcRenderer.invoke(channelOf(method), request)]),
) as DeskApi;

// Main's first answer is asked for now, as the page starts to load, and given to the page's first
// getState(): it is on its way while the page's scripts arrive and run, not asked after them.
let early: ReturnType<DeskApi['getState']> | null = methods.getState();
early.catch(() => undefined);

const desk: DeskBridge = {
  ...methods,
  getState: () => {
    const answer = early ?? methods.getState();
    early = null;
    return answer;
  },
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
