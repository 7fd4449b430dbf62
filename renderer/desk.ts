import type { DeskBridge } from '../electron/contract/desk-types';

declare global {
  interface Window {
    /** The only door to the main process: named functions from the contract. */
    desk: DeskBridge;
  }
}

export function desk(): DeskBridge {
  return window.desk;
}
