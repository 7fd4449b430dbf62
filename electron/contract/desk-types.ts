import type { LanguageChoice, Locale } from './i18n/translate';
import type { Text } from './i18n/text';
import type {
  CallbackForm,
  CallbackResult,
  FieldError,
  FirstParty,
  HttpRequest,
  ManagerDst,
  Outcome,
} from './callback-types';
import type { HistoryEntry, HistoryRetention, HistorySummary } from './history-types';
import type { CallLogPreview } from './preview-types';
import type { BatchPlan, BatchSnapshot } from './batch-types';
import type { CallbackTemplate } from './template-types';
import type { RunComparison, RunSummary } from './batch-types';
import type { CallLogState, StaffList, StaffMember } from './read-types';
import type { CallLogAttempt, CallLogView } from './call-log-types';
import type { DeskMethod } from './desk-methods';
import type { MenuCommand } from './menu-commands';
import type { Result } from './result';
import type { DeskRequests, ParsedRequests } from './schemas';
import type { PartyField } from './callback-fields';
import type { RecentParties } from './recent-types';

export type {
  CallbackForm,
  CallbackResult,
  CallLogPreview,
  CallLogState,
  FieldError,
  HistoryEntry,
  HistoryRetention,
  HistorySummary,
  HttpRequest,
  Outcome,
  StaffList,
  StaffMember,
};

/** A page of the history, newest first. */
export interface HistoryPage {
  total: number;
  items: HistorySummary[];
  /** The full index is still being built: only the newest entries are listed yet. */
  indexing: boolean;
  /** Unreadable lines skipped in the log file. */
  corruptLines: number;
  /** The numbers are masked to their last four digits. */
  masked: boolean;
  /** Why the history cannot be used (its file cannot be opened); null when it can. */
  unavailable: Text | null;
}

/** An attempt as the window sees it. */
export type HistoryEntryView = HistoryEntry & {
  /** Its numbers are masked to their last four digits: the window does not have the real ones. */
  masked: boolean;
  /** The form's fields whose numbers are masked, to be typed again when the form is cloned. */
  maskedFields: PartyField[];
};

/** Where a profile's callbacks go. */
export type Target = 'simulator' | 'ringostat';

/** What the renderer may know of a key: never the key itself. */
export interface KeyStatus {
  set: boolean;
  lastFour: string | null;
  /** `encrypted` is on disk through the system's keyring; `session` lives in memory until the app quits. */
  storage: 'encrypted' | 'session' | null;
}

export interface ProfileView {
  id: string;
  name: string;
  projectId: string;
  /** The project's incoming numbers, digits-only international form. */
  numbers: string[];
  country: string;
  target: Target;
  apiUrl: string;
  /** The project's time zone, for reading its call log. */
  timeZone: string;
  /** Numbers never to call, digits-only international form. */
  blocklist: string[];
  /** Every live callback asks first. */
  confirmLiveCalls: boolean;
  key: KeyStatus;
}

export interface DeskState {
  profiles: ProfileView[];
  activeId: string;
  /** Whether keys can be stored encrypted on this machine, and if not, why. */
  keyStorage: { encrypted: boolean; reason: Text | null };
  /** Things the person must be told once, such as a settings file that could not be read. */
  notices: Text[];
  /** The chosen appearance; `system` follows the operating system's light or dark mode. */
  theme: 'system' | 'light' | 'dark';
  /** The chosen language; `system` follows the system's preferred languages. */
  language: LanguageChoice;
  /** The language the app speaks now, the choice resolved. */
  locale: Locale;
  /** The language the system's preferences resolve to, for naming the "system" choice. */
  systemLocale: Locale;
  /** A system notification when a followed call-log row settles while the window is in the background. */
  notifySettled: boolean;
}

export interface ConnectionCheck {
  status: 'valid' | 'wrong-key' | 'no-access' | 'unreachable' | 'unexpected';
  message: Text;
  httpStatus: number | null;
}

/** What a form would send, or why it cannot be sent yet. */
export interface CallbackPreview {
  errors: FieldError[];
  /** The value each party field will send, for the fields that are valid. */
  normalised: Partial<Record<PartyField, string>>;
  /** Present only when every field is valid. */
  request: HttpRequest | null;
  curl: string | null;
  firstParty: FirstParty | null;
  managerDst: ManagerDst | null;
  /** The callback would ring real phones. */
  live: boolean;
  /** How the call log will show it; present only when every field is valid. */
  callLog: CallLogPreview | null;
}

/** A callback's outcome, and where its history entry is. */
export type SentCallback = CallbackResult & { historyId: string; historyWarning: Text | null };

export type DeskErrorCode =
  | 'invalid-request'
  | 'history-unavailable'
  | 'untrusted-sender'
  | 'invalid-input'
  | 'not-found'
  | 'key-storage-unavailable'
  | 'busy'
  | 'confirm-duplicate'
  | 'confirm-live'
  | 'blocked'
  /** A run's row, refused: the active profile is no longer the one the run was confirmed for. */
  | 'profile-changed'
  | 'not-exported'
  | 'internal';

export interface DeskError {
  code: DeskErrorCode;
  message: Text;
  fields?: FieldError[];
  /** With `confirm-duplicate`: the earlier attempt. */
  previous?: { at: string; outcome: Outcome; secondsAgo: number };
  /** With `confirm-live`: what to ask, and the confirmation that sends this callback once. */
  live?: LiveQuestion;
}

/** The question before a live callback: where it goes and whom it rings. */
export interface LiveQuestion {
  /** Sent back with the same callback, it places it once; any other callback asks again. */
  confirmation: string;
  profileName: string;
  /** The project the call is placed in; empty when the profile names none. */
  projectId: string;
  /** The two parties as they will be sent, in the method's order. */
  parties: { field: PartyField; value: string }[];
  /** The profile asks before every live call; otherwise only the first of the session asks. */
  everyCall: boolean;
}

export interface DeskResponses {
  getState: DeskState;
  createProfile: DeskState;
  updateProfile: DeskState;
  duplicateProfile: DeskState;
  deleteProfile: DeskState;
  activateProfile: DeskState;
  setKey: DeskState;
  clearKey: DeskState;
  testConnection: ConnectionCheck;
  previewCallback: CallbackPreview;
  sendCallback: SentCallback;
  /** The active profile's recent parties, to offer in its party fields. */
  listRecentParties: RecentParties;
  listHistory: HistoryPage;
  getHistoryEntry: HistoryEntryView;
  resendHistoryEntry: SentCallback;
  tagHistoryEntry: HistoryEntryView;
  deleteHistoryEntry: null;
  clearHistory: null;
  /** Where the file was saved, or null if the person cancelled. */
  exportHistory: { path: string; count: number } | null;
  getHistorySettings: HistorySettings;
  setHistorySettings: HistorySettings;
  watchCallLog: CallLogState;
  readCallLog: CallLogView;
  getCallLogAttempt: CallLogAttempt;
  getStaff: StaffList;
  getSipStatus: { online: boolean; speaking: boolean };
  listTemplates: CallbackTemplate[];
  saveTemplate: CallbackTemplate[];
  deleteTemplate: CallbackTemplate[];
  exportTemplates: { path: string; count: number } | null;
  importTemplates: { added: number; renamed: string[]; templates: CallbackTemplate[] } | null;
  planBatch: BatchPlan;
  startBatch: BatchView;
  getBatch: BatchView | null;
  pauseBatch: BatchView | null;
  resumeBatch: BatchView | null;
  stopBatch: BatchView | null;
  exportBatch: { path: string; count: number } | null;
  /** Earlier runs of the current run's template, newest first. */
  listEarlierRuns: RunSummary[];
  compareBatch: RunComparison;
  exportBatchComparison: { path: string; count: number } | null;
  showInFolder: null;
  setTheme: DeskState;
  setLanguage: DeskState;
  setNotifySettled: DeskState;
}

/** How much history to keep, and whether its numbers are shown masked. */
export type HistorySettings = HistoryRetention & { maskNumbers: boolean };

/** A run as the panel shows it: each row with its result and, once found, how its call ended. */
export type BatchView = BatchSnapshot & {
  callLog: Record<string, { status: CallLogState['status']; summary: Text }>;
  /** The template the run uses; a run of a template can be compared with its earlier runs. */
  template: { id: string; name: string } | null;
  /** The time zone of the profile the run sends for; null when it names none. */
  timeZone: string | null;
};

export type DeskResult<M extends DeskMethod> = Result<DeskResponses[M], DeskError>;

/** `window.desk`: the methods, and a subscription to the application menu's commands. */
export type DeskBridge = DeskApi & {
  /** Calls the listener for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** One named function per method, each resolving to a Result. */
export type DeskApi = {
  [M in DeskMethod]: (request: DeskRequests[M]) => Promise<DeskResult<M>>;
};

/** What the main process does for each method: the same names, payloads already parsed. */
export type DeskHandlers = {
  [M in DeskMethod]: (request: ParsedRequests[M]) => Promise<DeskResult<M>> | DeskResult<M>;
};
