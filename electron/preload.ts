import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, deskMethods } from './contract/desk-methods';
import type { DeskApi } from './contract/desk-types';

// Named functions only: the page can call these methods and nothing else of IPC.
const desk = Object.fromEntries(
  deskMethods.map((method) => [method, (request: unknown) => ipcRenderer.invoke(channelOf(method), request)]),
) as DeskApi;

contextBridge.exposeInMainWorld('desk', desk);
