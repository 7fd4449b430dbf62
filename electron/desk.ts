import { CallbackService } from './callbacks/callback-service';
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
  transport: Transport;
  simulatorUrl: () => string;
  saveExport: (suggestedName: string, content: string) => Promise<string | null>;
  /** One clock for everything: when attempts happen and what counts as "a minute ago". */
  now?: () => Date;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface Desk {
  profiles: ProfileService;
  history: HistoryStore;
  callbacks: CallbackService;
  dispatch: Dispatch;
}

/** Assembles the main process's services from what the platform provides; the app and the tests share it. */
export function createDesk(parts: DeskParts): Desk {
  const now = parts.now ?? (() => new Date());
  const profiles = new ProfileService(parts.settingsStore, parts.cipher);
  const history = HistoryStore.open(parts.historyFolder, { retention: profiles.historyRetention(), now });
  const callbacks = new CallbackService({
    profiles,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    now: () => now().getTime(),
    timeoutMs: parts.timeoutMs,
  });
  const handlers = createDeskHandlers({
    profiles,
    callbacks,
    history,
    simulatorUrl: parts.simulatorUrl,
    transport: parts.transport,
    saveExport: parts.saveExport,
  });
  return { profiles, history, callbacks, dispatch: createDispatcher(handlers, parts.log) };
}
