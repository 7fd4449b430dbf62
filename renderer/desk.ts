import type { DeskApi } from '../electron/contract/desk-types';

declare global {
  interface Window {
    /** The only door to the main process: named functions from the contract. */
    desk: DeskApi;
  }
}

export function desk(): DeskApi {
  return window.desk;
}
