import type { DeskState } from './contract/desk-types';
import type { Locale } from './contract/i18n/locales';
import type { Text } from './contract/i18n/text';
import type { RowCall } from './contract/run-expect-types';
import { BatchService } from './batch/batch-service';
import { RunStore } from './batch/run-store';
import type { CallLogRow, CallLogState } from './contract/read-types';
import type { DeskError } from './contract/desk-types';
import type { Result } from './contract/result';
import type { BatchClock } from './batch/batch-run';
import { CallLogWatcher } from './callbacks/call-log-watcher';
import { SettleNotices, type Notifier } from './callbacks/settle-notices';
import { TemplateStore } from './templates/template-store';
import { CallbackService } from './callbacks/callback-service';
import { StaffDirectory } from './callbacks/staff-directory';
import { createDeskHandlers, createDispatcher, deskState, type Dispatch } from './desk-handlers';
import { HistoryStore } from './history/history-store';
import type { Cipher } from './profiles/cipher';
import { KeyVault } from './profiles/key-vault';
import { Preferences } from './profiles/preferences';
import { ProfileService } from './profiles/profile-service';
import { SavedSettings } from './profiles/saved-settings';
import type { SettingsStore } from './profiles/settings-store';
import type { Transport } from './ringostat/transport';

export interface DeskParts {
  settingsStore: SettingsStore;
  cipher: Cipher;
  historyFolder: string;
  /** The history index thread's built file; the tests' own when not given. */
  historyWorkerFile?: string;
  transport: Transport;
  simulatorUrl: () => string;
  saveExport: (suggestedName: string, content: string | AsyncIterable<string>) => Promise<string | null>;
  /** Asks which templates file to import; its path, or null when the person cancels. */
  chooseImportFile: () => Promise<string | null>;
  /** Shows a file an export wrote in the system's file manager. */
  showInFolder?: (path: string) => void;
  templatesFile: string;
  /** Where ended runs are kept, to compare with later runs of the same template; none kept without it. */
  runsFolder?: string;
  batchClock?: BatchClock;
  onTheme?: (theme: 'system' | 'light' | 'dark') => void;
  /** Told when the language changes, so the application menu can follow. */
  onLanguage?: (locale: Locale) => void;
  /** The system's preferred languages, best first. */
  systemLanguages?: () => readonly string[];
  /** One clock for everything: when attempts happen and what counts as "a minute ago". */
  now?: () => Date;
  timeoutMs?: number;
  /** Between call-log checks. */
  callLogIntervalMs?: { live: number; simulator: number };
  log?: (line: string) => void;
  /** The system's notifications; none without it (the command line, most tests). */
  notifier?: Notifier;
}

export interface Desk {
  profiles: ProfileService;
  keys: KeyVault;
  preferences: Preferences;
  /** What the window is told of the app: see `deskState`. */
  state(): DeskState;
  history: HistoryStore;
  callbacks: CallbackService;
  callLog: CallLogWatcher;
  batch: BatchService;
  dispatch: Dispatch;
  /** Stops call-log checks and closes the history. */
  close(): Promise<void>;
}

/** Assembles the main process's services from what the platform provides; the app and the tests share it. */
export function createDesk(parts: DeskParts): Desk {
  const now = parts.now ?? (() => new Date());
  const settings = new SavedSettings(parts.settingsStore, parts.systemLanguages);
  const notices: Text[] = [...settings.notices];
  const notify = (notice: Text) => void notices.push(notice);
  const keys = new KeyVault(parts.cipher, settings);
  const profiles = new ProfileService(settings, keys, { onNotice: notify });
  const preferences = new Preferences(settings, parts.systemLanguages);
  const history = HistoryStore.open(parts.historyFolder, {
    retention: preferences.historyRetention(),
    now,
    onNotice: notify,
    workerFile: parts.historyWorkerFile,
  });
  const settleNotices = new SettleNotices({
    notifier: parts.notifier,
    history,
    enabled: () => preferences.notifiesSettledRows(),
    locale: () => preferences.locale(),
    masked: () => preferences.masksNumbers(),
  });
  const callLog = new CallLogWatcher({
    history,
    profiles,
    keys,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    now,
    intervalMs: parts.callLogIntervalMs,
    // A notice that cannot be shown is no reason to disturb the search that ended.
    onEnded: (state) => void settleNotices.settled(state).catch(() => undefined),
  });
  const callbacks = new CallbackService({
    profiles,
    keys,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    now: () => now().getTime(),
    timeoutMs: parts.timeoutMs,
    // Every accepted callback is looked for in the call log at once.
    // A watch that cannot start says so when the window asks for it; nothing waits for it here.
    onAccepted: (historyId) => void callLog.watch(historyId).catch(() => undefined),
  });
  const staff = new StaffDirectory(profiles, keys, parts.simulatorUrl, parts.transport, now);
  parts.onTheme?.(preferences.theme());
  const templates = new TemplateStore(parts.templatesFile, now);
  templates.notices.forEach(notify);
  const batch = new BatchService(
    profiles,
    callbacks,
    () => preferences.locale(),
    parts.batchClock,
    undefined,
    {
      followCall: async (historyId, stopped) => {
        const settled = await Promise.race([callLog.settled(historyId), stopped.then(() => null)]);
        return rowCallOf(settled);
      },
      settled: async (historyId) => void (await callLog.settled(historyId)),
      callEnding: (historyId) => {
        const state = callLog.peek(historyId);
        return state?.status === 'final' ? endingOf(state.row) : null;
      },
      runs: parts.runsFolder ? new RunStore(parts.runsFolder) : undefined,
    },
  );
  const handlers = createDeskHandlers({
    profiles,
    keys,
    preferences,
    notices,
    callbacks,
    callLog,
    settleNotices,
    staff,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    saveExport: parts.saveExport,
    chooseImportFile: parts.chooseImportFile,
    showInFolder: parts.showInFolder,
    templates,
    batch,
    onTheme: parts.onTheme,
    onLanguage: parts.onLanguage,
    now,
  });
  return {
    profiles,
    keys,
    preferences,
    state: () => deskState({ profiles, keys, preferences, notices }),
    history,
    callbacks,
    callLog,
    dispatch: createDispatcher(handlers, parts.log),
    batch,
    close: async () => {
      batch.stop();
      await batch.settled();
      callLog.stop();
      await batch.kept();
      await history.close();
    },
  };
}

/** Where following a run's row into the call log ended; null when the run was stopped first. */
function rowCallOf(settled: Result<CallLogState, DeskError> | null): RowCall {
  if (settled === null) return { status: 'unchecked', ending: null, message: null };
  if (!settled.ok) return { status: 'failed', ending: null, message: settled.error.message };
  const { status, row, message } = settled.value;
  // Only a settled row says how the call ended: one seen while it rang is not an ending.
  if (status === 'final') return { status, ending: endingOf(row), message: null };
  if (status === 'not-found' || status === 'failed')
    return { status, ending: null, message: typeof message === 'string' ? null : message };
  // Still looking: the app is quitting.
  return { status: 'unchecked', ending: null, message: null };
}

function endingOf(row: CallLogRow | null): string | null {
  const disposition = row?.disposition;
  return typeof disposition === 'string' && disposition !== '' ? disposition : null;
}
