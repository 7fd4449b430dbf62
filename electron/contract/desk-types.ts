import type {
  CallbackForm,
  CallbackResult,
  FieldError,
  FirstParty,
  HttpRequest,
  ManagerDst,
  Outcome,
} from '../ringostat/types';
import type { DeskMethod } from './desk-methods';
import type { Result } from './result';
import type { DeskRequests } from './schemas';

export type { CallbackForm, CallbackResult, FieldError, HttpRequest, Outcome };

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
  key: KeyStatus;
}

export interface DeskState {
  profiles: ProfileView[];
  activeId: string;
  /** Whether keys can be stored encrypted on this machine, and if not, why. */
  keyStorage: { encrypted: boolean; reason: string | null };
  /** Things the person must be told once, such as a settings file that could not be read. */
  notices: string[];
}

export interface ConnectionCheck {
  status: 'valid' | 'wrong-key' | 'no-access' | 'unreachable' | 'unexpected';
  message: string;
  httpStatus: number | null;
}

/** What a form would send, or why it cannot be sent yet. */
export interface CallbackPreview {
  errors: FieldError[];
  /** The value each party field will send, for the fields that are valid. */
  normalised: Partial<Record<'extension' | 'destination' | 'caller' | 'callee', string>>;
  /** Present only when every field is valid. */
  request: HttpRequest | null;
  curl: string | null;
  firstParty: FirstParty | null;
  managerDst: ManagerDst | null;
  /** The callback would ring real phones. */
  live: boolean;
}

export type DeskErrorCode =
  | 'invalid-request'
  | 'untrusted-sender'
  | 'invalid-input'
  | 'not-found'
  | 'key-storage-unavailable'
  | 'busy'
  | 'confirm-duplicate'
  | 'internal';

export interface DeskError {
  code: DeskErrorCode;
  message: string;
  fields?: FieldError[];
  /** With `confirm-duplicate`: the earlier attempt. */
  previous?: { at: string; outcome: Outcome; secondsAgo: number };
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
  sendCallback: CallbackResult;
}

export type DeskResult<M extends DeskMethod> = Result<DeskResponses[M], DeskError>;

/** `window.desk`: one named function per method, each resolving to a Result. */
export type DeskApi = {
  [M in DeskMethod]: (request: DeskRequests[M]) => Promise<DeskResult<M>>;
};
