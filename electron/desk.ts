import type { Locale } from './contract/i18n/locales';
import { BatchService } from './batch/batch-service';
import type { BatchClock } from './batch/batch-run';
import { CallLogWatcher } from './callbacks/call-log-watcher';
import { TemplateStore } from './templates/template-store';
import { CallbackService } from './callbacks/callback-service';
import { StaffDirectory } from './callbacks/staff-directory';
import { createDeskHandlers, createDispatcher, type Dispatch } from './desk-handlers';
import { HistoryStore } from './history/history-store';
import type { Cipher } from './profiles/cipher';
import { ProfileService } from './profiles/profile-service';
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
  openImport: () => Promise<string | null>;
  templatesFile: string;
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
}

export interface Desk {
  profiles: ProfileService;
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
  const profiles = new ProfileService(parts.settingsStore, parts.cipher, undefined, parts.systemLanguages);
  const history = HistoryStore.open(parts.historyFolder, {
    retention: profiles.historyRetention(),
    now,
    onNotice: (notice) => profiles.notify(notice),
    workerFile: parts.historyWorkerFile,
  });
  const callLog = new CallLogWatcher({
    history,
    profiles,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    now,
    intervalMs: parts.callLogIntervalMs,
  });
  const callbacks = new CallbackService({
    profiles,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    now: () => now().getTime(),
    timeoutMs: parts.timeoutMs,
    // Every accepted callback is looked for in the call log at once.
    // A watch that cannot start says so when the window asks for it; nothing waits for it here.
    onAccepted: (historyId) => void callLog.watch(historyId).catch(() => undefined),
  });
  const staff = new StaffDirectory(profiles, parts.simulatorUrl, parts.transport, now);
  parts.onTheme?.(profiles.theme());
  const templates = new TemplateStore(parts.templatesFile, now);
  if (templates.notice) profiles.notify(templates.notice);
  const batch = new BatchService(profiles, callbacks, parts.batchClock);
  const handlers = createDeskHandlers({
    profiles,
    callbacks,
    callLog,
    staff,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    saveExport: parts.saveExport,
    openImport: parts.openImport,
    templates,
    batch,
    onTheme: parts.onTheme,
    onLanguage: parts.onLanguage,
    now,
  });
  return {
    profiles,
    history,
    callbacks,
    callLog,
    dispatch: createDispatcher(handlers, parts.log),
    batch,
    close: async () => {
      batch.stop();
      await batch.settled();
      callLog.stop();
      await history.close();
    },
  };
}
