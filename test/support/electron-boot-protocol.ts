// What the built main process, booted on the Electron stand-in in a child process, and the test say to each other.
/// <reference types="electron" />

/**
 * Where an IPC call comes from: the app's own page, or one of the places
 * the main process must refuse (another web contents showing the same file,
 * an embedded frame of the app's window, the window after it left the app's page).
 */
export type SenderKind = 'app' | 'other-contents' | 'sub-frame' | 'other-page';

/** Settings of the stand-in, passed in the environment because it is loaded before anything else runs. */
export interface StubSettings {
  /** The folder `app.getAppPath()` answers: the project, whose package.json names the app. */
  appPath: string;
  /** `app.getPath('documents')`: where the save dialog stand-in puts files. */
  documents: string;
  /** The system's preferred languages. */
  systemLanguages: string[];
  /** Where the stand-in writes what it found open when the process exited. */
  exitReport: string;
  /** How long after quitting the process may take to end by itself before it is ended and reported. */
  quitWithinMs: number;
}

export const stubSettingsVariable = 'CALLBACK_DESK_ELECTRON_STUB';

/** One call main made on Electron; arguments are kept as JSON, functions as "[function]". */
export interface RecordedCall {
  name: string;
  args: unknown[];
}

export interface RecordedWindow {
  options: Electron.BrowserWindowConstructorOptions;
  /** The address the window was told to load, if any. */
  loadedUrl: string | null;
  /** What the page's scheme answered for the page and each file it names, in order. */
  loadedAnswers: { url: string; status: number; type: string | null }[];
}

export interface Records {
  calls: RecordedCall[];
  windows: RecordedWindow[];
  /** Channels given to `ipcMain.handle`, in order. */
  handled: string[];
  /** Channels `ipcMain.on` listens to, in order. */
  listened: string[];
  /** Channels `ipcMain.on` still listens to when the records are asked for. */
  listening: string[];
  /** What main sent to the page with `webContents.send`. */
  sentToPage: RecordedCall[];
}

export type ToChild =
  | { kind: 'invoke'; id: number; channel: string; payload: unknown; sender: SenderKind }
  | { kind: 'records'; id: number }
  /** The keyring's next encryption fails, with an error that repeats what it was given. */
  | { kind: 'fail-next-encryption' }
  /** The person closes the app's window. */
  | { kind: 'close-window' };

export type FromChild =
  | { kind: 'loaded' }
  | { kind: 'reply'; id: number; value: unknown }
  | { kind: 'reply'; id: number; thrown: string }
  | { kind: 'records'; id: number; records: Records }
  | { kind: 'quit' };

/** Written by the child as it exits. */
export interface ExitReport {
  /** Files in the data folder still open, or null where the system cannot tell (not Linux). */
  openDataFiles: string[] | null;
  /** What still kept the process running a while after the app quit (then it was ended), or null. */
  stillRunning: string[] | null;
}
