import { deletedCode, EntryColumns, methodCodes, outcomeCodes, tagCodes } from './entry-columns';
import type { LineSpan } from './log-file';
import type { LogReader } from './log-reader';
import { parseRecord, recordKind, type HistoryRecord } from './records';
import { TermDictionary } from './term-dictionary';

/** A line that could not be read: kept by position so compaction can set it aside. */
export interface UnreadableLine extends LineSpan {
  /** The id it names, when it is JSON with one: the entry's other lines go aside with it. */
  id: string | null;
}

/**
 * The whole history's index in typed columns, in log order. Positions before
 * `start` were dropped by retention; a deleted entry keeps its slot (outcome
 * `deletedCode`) until compaction renumbers the rest.
 */
export class CompactIndex {
  columns = new EntryColumns();
  terms = new TermDictionary();
  profiles: string[] = [];
  private readonly profileCodes = new Map<string, number>();
  start = 0;
  /** Deleted positions from `start` on, ascending. */
  deleted: number[] = [];
  liveBytes = 0;
  /** How much of the log the index has read: lines before this are in it. */
  indexedBytes = 0;
  unreadable: UnreadableLine[] = [];
  private readonly unreadableIds = new Set<string>();
  /** Changes with every edit, so cached search results know they are stale. */
  generation = 0;

  constructor(readonly reader: LogReader) {}

  /** Restores what a sidecar held. */
  adopt(
    saved: Pick<
      CompactIndex,
      'columns' | 'terms' | 'profiles' | 'start' | 'deleted' | 'liveBytes' | 'indexedBytes' | 'unreadable'
    >,
  ): void {
    Object.assign(this, saved);
    this.profileCodes.clear();
    saved.profiles.forEach((profile, code) => this.profileCodes.set(profile, code));
    this.unreadableIds.clear();
    for (const line of saved.unreadable) if (line.id) this.unreadableIds.add(line.id);
    this.generation += 1;
  }

  get size(): number {
    return this.columns.count - this.start - this.deleted.length;
  }

  profileCode(profileId: string): number | undefined {
    return this.profileCodes.get(profileId);
  }

  /** Indexes one line of the log; lines already indexed (offset below `indexedBytes`) are ignored. */
  addLine(text: string, span: LineSpan): void {
    if (span.offset < this.indexedBytes) return;
    this.indexedBytes = span.offset + span.length + 1;
    const record = parseRecord(text);
    if (record) {
      if (!this.apply(record, span) && this.unreadableIds.has(record.id))
        this.unreadable.push({ ...span, id: record.id });
      return;
    }
    const id = idOf(text);
    if (id) this.unreadableIds.add(id);
    this.unreadable.push({ ...span, id });
    this.generation += 1;
  }

  /** Applies one record; false when it names no entry the index holds. */
  apply(record: HistoryRecord, span: LineSpan): boolean {
    this.generation += 1;
    const columns = this.columns;
    if (record.k === recordKind.begin || record.k === recordKind.whole) {
      const existing = this.find(record.id, true);
      if (existing !== undefined) this.remove(existing);
      const position = columns.push(record.id, this.termsOf(record.caller, record.callee, record.searchable));
      columns.set('atMs', position, Date.parse(record.at));
      columns.set('beginOffset', position, span.offset);
      columns.set('beginLength', position, span.length);
      columns.set('profile', position, this.internProfile(record.profileId));
      columns.set('method', position, record.method === 'simple' ? 1 : 0);
      columns.set(
        'outcome',
        position,
        outcomeCodes.indexOf(record.k === recordKind.whole ? record.outcome : 'pending'),
      );
      columns.set('tag', position, tagCodes.indexOf(record.tag ?? null));
      const end = record.k === recordKind.whole ? record.end : null;
      columns.set('httpStatus', position, end?.httpStatus ?? 0);
      columns.set('latency', position, end?.latencyMs ?? -1);
      this.liveBytes += span.length + 1;
      return true;
    }
    const position = this.find(record.id, false);
    if (position === undefined) return false;
    switch (record.k) {
      case recordKind.end:
        columns.set('outcome', position, outcomeCodes.indexOf(record.outcome));
        columns.set('httpStatus', position, record.httpStatus ?? 0);
        columns.set('latency', position, record.latencyMs ?? -1);
        this.replaceSpan(position, 'endOffset', 'endLength', span);
        break;
      case recordKind.tagged:
        columns.set('tag', position, tagCodes.indexOf(record.tag));
        this.replaceSparse(position, 'markOffset', 'markLength', span);
        break;
      case recordKind.callLog:
        this.replaceSparse(position, 'callLogOffset', 'callLogLength', span);
        break;
      case recordKind.deleted:
        this.remove(position);
        break;
    }
    return true;
  }

  /** The live position holding `id`. `verify` reads the line to rule out two ids that hash alike. */
  find(id: string, verify: boolean): number | undefined {
    const alive = this.columns
      .candidates(id)
      .filter(
        (position) => position >= this.start && this.columns.number('outcome', position) !== deletedCode,
      );
    if (alive.length === 0) return undefined;
    if (alive.length === 1 && !verify) return alive[0];
    return alive.find((position) => idOf(this.reader.line(this.beginSpan(position))) === id);
  }

  beginSpan(position: number): LineSpan {
    return {
      offset: this.columns.number('beginOffset', position),
      length: this.columns.number('beginLength', position),
    };
  }

  /** Every line of an entry that still counts: its beginning, and the newest outcome, tag and call-log row. */
  spansOf(position: number): LineSpan[] {
    const columns = this.columns;
    const spans = [this.beginSpan(position)];
    const endLength = columns.number('endLength', position);
    if (endLength > 0) spans.push({ offset: columns.number('endOffset', position), length: endLength });
    const markLength = columns.sparseNumber('markLength', position);
    if (markLength > 0)
      spans.push({ offset: columns.sparseNumber('markOffset', position), length: markLength });
    const callLogLength = columns.sparseNumber('callLogLength', position);
    if (callLogLength > 0)
      spans.push({ offset: columns.sparseNumber('callLogOffset', position), length: callLogLength });
    return spans;
  }

  /** Drops the oldest until at most `keep` remain and none is older than `cutoffMs`; returns how many went. */
  retain(keep: number, cutoffMs: number): number {
    let dropped = 0;
    while (
      this.start < this.columns.count &&
      (this.size > keep || this.columns.number('atMs', this.start) < cutoffMs)
    ) {
      if (this.deleted[0] === this.start) this.deleted.shift();
      else {
        this.liveBytes -= bytesOf(this.spansOf(this.start));
        dropped += 1;
      }
      this.start += 1;
    }
    if (dropped > 0) this.generation += 1;
    return dropped;
  }

  /** Positions of entries still pending, with their ids. */
  pending(): string[] {
    const ids: string[] = [];
    const pendingCode = outcomeCodes.indexOf('pending');
    for (let position = this.start; position < this.columns.count; position += 1) {
      if (this.columns.number('outcome', position) === pendingCode) {
        const id = idOf(this.reader.line(this.beginSpan(position)));
        if (id) ids.push(id);
      }
    }
    return ids;
  }

  isLive(position: number): boolean {
    return position >= this.start && this.columns.number('outcome', position) !== deletedCode;
  }

  method(position: number): (typeof methodCodes)[number] {
    return methodCodes[this.columns.number('method', position)] ?? 'extended';
  }

  private remove(position: number): void {
    this.liveBytes -= bytesOf(this.spansOf(position));
    this.columns.set('outcome', position, deletedCode);
    const at = sortedIndex(this.deleted, position);
    this.deleted.splice(at, 0, position);
  }

  private replaceSpan(position: number, offset: 'endOffset', length: 'endLength', span: LineSpan): void {
    const old = this.columns.number(length, position);
    if (old > 0) this.liveBytes -= old + 1;
    this.columns.set(offset, position, span.offset);
    this.columns.set(length, position, span.length);
    this.liveBytes += span.length + 1;
  }

  private replaceSparse(
    position: number,
    offset: 'markOffset' | 'callLogOffset',
    length: 'markLength' | 'callLogLength',
    span: LineSpan,
  ): void {
    const old = this.columns.sparseNumber(length, position);
    if (old > 0) this.liveBytes -= old + 1;
    this.columns.setSparse(offset, position, span.offset);
    this.columns.setSparse(length, position, span.length);
    this.liveBytes += span.length + 1;
  }

  private internProfile(profileId: string): number {
    let code = this.profileCodes.get(profileId);
    if (code === undefined) {
      code = this.profiles.length;
      this.profiles.push(profileId);
      this.profileCodes.set(profileId, code);
    }
    return code;
  }

  /** An entry's search terms, lowercase; a term inside another of the same entry adds nothing to a substring search. */
  private termsOf(caller: string, callee: string, searchable: readonly unknown[]): number[] {
    const words = [caller, callee, ...searchable]
      .filter((word): word is string => typeof word === 'string' && word !== '')
      .map((word) => word.toLowerCase())
      .sort((a, b) => b.length - a.length);
    const kept: string[] = [];
    for (const word of words) if (!kept.some((longer) => longer.includes(word))) kept.push(word);
    return kept.map((word) => this.terms.intern(word));
  }
}

export function bytesOf(spans: readonly LineSpan[]): number {
  return spans.reduce((sum, span) => sum + span.length + 1, 0);
}

/** The id a line names, if it is JSON with a string id. */
export function idOf(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string')
      return value.id;
  } catch {
    // Not JSON at all: it names no entry.
  }
  return null;
}

function sortedIndex(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
