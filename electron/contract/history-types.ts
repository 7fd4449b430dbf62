import type { Words } from './i18n/text';
import type { CallbackFormInput } from './schemas';
import type { CallbackMethod, HttpAnswer, HttpRequest, Outcome } from './callback-types';

export type HistoryTag = 'support' | 'qa' | 'training';

/** An attempt's outcome; `pending` only while its request is in flight. */
export type HistoryOutcome = Outcome | 'pending';

/** Everything known before the request leaves: written, and flushed, first. */
export interface HistoryBegin {
  id: string;
  /** ISO time the attempt started. */
  at: string;
  profileId: string;
  profileName: string;
  target: 'simulator' | 'ringostat';
  method: CallbackMethod;
  /** The form as filled in, for "clone into the form". */
  form: CallbackFormInput;
  /** The request exactly as sent, key redacted. */
  request: HttpRequest;
  /** Normalised parties, for the list and for search: caller/callee or extension/destination. */
  caller: string;
  callee: string;
  /** Same method, profile and parties: what "the same callback again" means. */
  fingerprint: string;
  /** UTM values and other searchable words. */
  searchable: string[];
  /** A tag and note given up front, as a batch run does. */
  tag?: HistoryTag | null;
  note?: string;
}

/** Everything learnt once the attempt ended. */
export interface HistoryEnd {
  outcome: Outcome;
  httpStatus: number | null;
  latencyMs: number | null;
  /** Words written before messages became data are strings, and are shown as they are. */
  message: Words;
  explanation: Words;
  serverMessage: string | null;
  answer: HttpAnswer | null;
  /** ISO time the attempt ended. */
  endedAt: string;
}

/** The call-log row found for an attempt, kept once it stopped changing (or the search ended). */
export interface StoredCallLog {
  status: 'final' | 'not-found' | 'failed';
  row: Record<string, string | number | boolean | null | undefined> | null;
  candidates: number;
  message: Words;
  checkedAt: string;
}

export interface HistoryEntry extends HistoryBegin {
  outcome: HistoryOutcome;
  end: HistoryEnd | null;
  tag: HistoryTag | null;
  note: string;
  callLog: StoredCallLog | null;
}

/** What the list shows of an entry. */
export interface HistorySummary extends Pick<
  HistoryEntry,
  'id' | 'at' | 'profileId' | 'profileName' | 'target' | 'method' | 'caller' | 'callee' | 'outcome' | 'tag'
> {
  httpStatus: number | null;
  latencyMs: number | null;
  /** The callee is a forwarding scheme id, not a number: masking leaves it as it is. */
  calleeIsScheme: boolean;
}

export interface HistoryFilter {
  outcome?: HistoryOutcome;
  method?: CallbackMethod;
  profileId?: string;
  /** ISO times, inclusive. */
  from?: string;
  to?: string;
  /** Any number, SIP login, scheme id or UTM value. */
  query?: string;
}

export interface HistoryRetention {
  /** Keep at most this many entries (the newest). */
  maxEntries: number;
  /** Drop entries older than this many days; 0 keeps them however old. */
  maxAgeDays: number;
}

export const defaultRetention: HistoryRetention = { maxEntries: 100_000, maxAgeDays: 365 };
