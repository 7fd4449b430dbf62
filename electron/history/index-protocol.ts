import type { HistoryEntry, HistoryFilter, HistorySummary } from '../contract/history-types';

/** What the index thread is started with. */
export interface IndexWorkerData {
  logPath: string;
  sidecarPath: string;
  /** The log's size when the thread was started: later lines arrive as messages. */
  logBytes: number;
  /** One counter the main thread raises whenever the panel asks for another filter: older searches stop. */
  searchGeneration: SharedArrayBuffer;
}

export interface IndexStats {
  entries: number;
  corruptLines: number;
  /** Bytes of the log that hold no live entry. */
  deadBytes: number;
}

/** Each question the main thread asks, and the answer's type. */
export interface IndexCalls {
  list: {
    args: { filter: HistoryFilter; offset: number; limit: number; generation: number };
    value: { total: number; items: HistorySummary[] };
  };
  get: { args: { id: string }; value: HistoryEntry | null };
  has: { args: { id: string }; value: boolean };
  pending: { args: null; value: string[] };
  /** How many live entries retention removed, and how many are left. */
  retain: { args: { keep: number; cutoffMs: number }; value: { dropped: number; left: number } };
  compact: {
    args: { now: string };
    value: { temporary: string; covered: number; setAside: { path: string; entries: number } | null };
  };
  swapped: { args: { ok: boolean }; value: null };
  cleared: { args: null; value: null };
  exportBatch: {
    args: { filter: HistoryFilter; before: number; size: number };
    value: { entries: HistoryEntry[]; next: number | null };
  };
  save: { args: null; value: null };
}

export type IndexMethod = keyof IndexCalls;

export type ToIndex =
  | { type: 'line'; text: string; offset: number; length: number }
  | {
      [M in IndexMethod]: { type: 'call'; call: number; method: M; args: IndexCalls[M]['args'] };
    }[IndexMethod];

export type FromIndex =
  | { type: 'ready'; stats: IndexStats }
  | { type: 'reply'; call: number; value: unknown; stats: IndexStats }
  | { type: 'failed'; call: number | null; message: string };
