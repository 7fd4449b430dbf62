import type {
  HistoryBegin,
  HistoryEnd,
  HistoryFilter,
  HistoryOutcome,
  HistorySummary,
  HistoryTag,
} from '../contract/history-types';
import type { LineSpan } from './log-file';
import { calleeIsScheme } from './masking';
import { recordKind, type HistoryRecord } from './records';

/** An entry as the index keeps it: what the list shows, what search reads, and where its lines are. */
export interface IndexedEntry extends HistorySummary {
  atMs: number;
  fingerprint: string;
  haystack: string;
  spans: LineSpan[];
}

/**
 * Every entry's summary in memory, oldest first, so filtering and search
 * never touch the disk; details are read from the file by span.
 */
export class HistoryIndex {
  private entries: IndexedEntry[] = [];
  private readonly byId = new Map<string, IndexedEntry>();
  /** Bytes of the file's lines that belong to live entries, newline included; kept as entries change. */
  private live = 0;

  get liveBytes(): number {
    return this.live;
  }

  get size(): number {
    return this.entries.length;
  }

  get(id: string): IndexedEntry | undefined {
    return this.byId.get(id);
  }

  all(): readonly IndexedEntry[] {
    return this.entries;
  }

  /** Takes an entry already built elsewhere (the newest page, read backwards), as the newest so far. */
  adopt(entry: IndexedEntry): void {
    this.entries.push(entry);
    this.byId.set(entry.id, entry);
    this.live += bytesOf(entry.spans);
  }

  addBegin(
    begin: HistoryBegin,
    span: LineSpan,
    whole?: { outcome: HistoryOutcome; end: HistoryEnd | null; tag: HistoryTag | null },
  ): IndexedEntry {
    const existing = this.byId.get(begin.id);
    if (existing) this.remove(begin.id);
    const entry: IndexedEntry = {
      id: begin.id,
      at: begin.at,
      atMs: Date.parse(begin.at),
      profileId: begin.profileId,
      profileName: begin.profileName,
      target: begin.target,
      method: begin.method,
      caller: begin.caller,
      callee: begin.callee,
      calleeIsScheme: calleeIsScheme(begin.form),
      outcome: whole?.outcome ?? 'pending',
      httpStatus: whole?.end?.httpStatus ?? null,
      latencyMs: whole?.end?.latencyMs ?? null,
      tag: whole?.tag ?? begin.tag ?? null,
      fingerprint: begin.fingerprint,
      haystack: [begin.caller, begin.callee, ...begin.searchable].join('\n').toLowerCase(),
      spans: [span],
    };
    this.entries.push(entry);
    this.byId.set(entry.id, entry);
    this.live += span.length + 1;
    return entry;
  }

  /** Applies one log line's record, as it is appended. */
  apply(record: HistoryRecord, span: LineSpan): void {
    switch (record.k) {
      case recordKind.begin:
        this.addBegin(record, span);
        break;
      case recordKind.whole:
        this.addBegin(record, span, record);
        break;
      case recordKind.end:
        this.applyEnd(record.id, record, span);
        break;
      case recordKind.tagged:
        this.applyTag(record.id, record.tag, span);
        break;
      case recordKind.deleted:
        this.remove(record.id);
        break;
      case recordKind.callLog:
        this.addSpan(record.id, span);
        break;
    }
  }

  applyEnd(id: string, end: Pick<HistoryEnd, 'outcome' | 'httpStatus' | 'latencyMs'>, span: LineSpan): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.outcome = end.outcome;
    entry.httpStatus = end.httpStatus;
    entry.latencyMs = end.latencyMs;
    this.pushSpan(entry, span);
  }

  /** Notes one more line of an entry (its call-log row), so reading the entry finds it. */
  addSpan(id: string, span: LineSpan): void {
    const entry = this.byId.get(id);
    if (entry) this.pushSpan(entry, span);
  }

  applyTag(id: string, tag: HistoryTag | null, span: LineSpan): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.tag = tag;
    this.pushSpan(entry, span);
  }

  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    this.byId.delete(id);
    this.live -= bytesOf(entry.spans);
    // Recent entries are removed most often: look from the end.
    const position = this.entries.lastIndexOf(entry);
    if (position >= 0) this.entries.splice(position, 1);
    return true;
  }

  /** Drops the oldest entries until at most `keep` remain, and any older than `cutoffMs`; returns what was dropped. */
  dropOldest(keep: number, cutoffMs: number): IndexedEntry[] {
    let count = Math.max(0, this.entries.length - keep);
    while (count < this.entries.length && (this.entries[count]?.atMs ?? Infinity) < cutoffMs) count += 1;
    if (count === 0) return [];
    const dropped = this.entries.splice(0, count);
    for (const entry of dropped) {
      this.byId.delete(entry.id);
      this.live -= bytesOf(entry.spans);
    }
    return dropped;
  }

  clear(): void {
    this.entries = [];
    this.byId.clear();
    this.live = 0;
  }

  private pushSpan(entry: IndexedEntry, span: LineSpan): void {
    entry.spans.push(span);
    this.live += span.length + 1;
  }

  /** Newest first: the matching entries from `offset`, and how many match in all. */
  list(filter: HistoryFilter, offset: number, limit: number): { total: number; items: HistorySummary[] } {
    const matches = matcher(filter);
    const items: HistorySummary[] = [];
    let total = 0;
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index] as IndexedEntry;
      if (!matches(entry)) continue;
      if (total >= offset && items.length < limit) items.push(summaryOf(entry));
      total += 1;
    }
    return { total, items };
  }

  /** The newest entry with this fingerprint started at or after `sinceMs`. */
  latest(fingerprint: string, sinceMs: number): IndexedEntry | undefined {
    for (let index = this.entries.length - 1; index >= 0; index -= 1) {
      const entry = this.entries[index] as IndexedEntry;
      if (entry.atMs < sinceMs) return undefined;
      if (entry.fingerprint === fingerprint) return entry;
    }
    return undefined;
  }
}

function bytesOf(spans: readonly LineSpan[]): number {
  return spans.reduce((sum, span) => sum + span.length + 1, 0);
}

export function summaryOf(entry: IndexedEntry): HistorySummary {
  return {
    id: entry.id,
    at: entry.at,
    profileId: entry.profileId,
    profileName: entry.profileName,
    target: entry.target,
    method: entry.method,
    caller: entry.caller,
    callee: entry.callee,
    calleeIsScheme: entry.calleeIsScheme,
    outcome: entry.outcome,
    httpStatus: entry.httpStatus,
    latencyMs: entry.latencyMs,
    tag: entry.tag,
  };
}

const phoneQuery = /^[+\d\s().\-/]+$/;

/** Builds one test for all the filter's conditions; a number is searched by its digits, whatever its format. */
export function matcher(filter: HistoryFilter): (entry: IndexedEntry) => boolean {
  const fromMs = filter.from ? Date.parse(filter.from) : -Infinity;
  const toMs = filter.to ? Date.parse(filter.to) : Infinity;
  const raw = filter.query?.trim().toLowerCase() ?? '';
  const needle = raw !== '' && phoneQuery.test(raw) ? raw.replace(/\D/g, '') || raw : raw;
  return (entry) =>
    (filter.outcome === undefined || entry.outcome === filter.outcome) &&
    (filter.method === undefined || entry.method === filter.method) &&
    (filter.profileId === undefined || entry.profileId === filter.profileId) &&
    entry.atMs >= fromMs &&
    entry.atMs <= toMs &&
    (needle === '' || entry.haystack.includes(needle));
}
