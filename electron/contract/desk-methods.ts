/**
 * The names of everything the renderer may ask of the main process. The
 * preload builds `window.desk` from this list alone, so it never loads zod.
 */
export const deskMethods = [
  'getState',
  'createProfile',
  'updateProfile',
  'duplicateProfile',
  'deleteProfile',
  'activateProfile',
  'setKey',
  'clearKey',
  'testConnection',
  'previewCallback',
  'sendCallback',
  'listRecentParties',
  'listHistory',
  'getHistoryEntry',
  'resendHistoryEntry',
  'tagHistoryEntry',
  'deleteHistoryEntry',
  'clearHistory',
  'exportHistory',
  'getHistorySettings',
  'setHistorySettings',
  'watchCallLog',
  'readCallLog',
  'getCallLogAttempt',
  'getStaff',
  'getSipStatus',
  'listTemplates',
  'saveTemplate',
  'deleteTemplate',
  'exportTemplates',
  'importTemplates',
  'planBatch',
  'startBatch',
  'getBatch',
  'pauseBatch',
  'resumeBatch',
  'stopBatch',
  'exportBatch',
  'listEarlierRuns',
  'compareBatch',
  'exportBatchComparison',
  'showInFolder',
  'setTheme',
  'setLanguage',
  'setNotifySettled',
] as const;

export type DeskMethod = (typeof deskMethods)[number];

/** The IPC channel that carries a method. */
export function channelOf(method: DeskMethod): `desk:${DeskMethod}` {
  return `desk:${method}`;
}
