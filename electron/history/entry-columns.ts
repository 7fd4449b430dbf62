import type { HistoryOutcome, HistoryTag } from '../contract/history-types';
import { hashString } from './term-dictionary';

export const outcomeCodes: readonly HistoryOutcome[] = [
  'pending',
  'accepted',
  'rejected',
  'unknown',
  'not-sent',
];
/** The outcome code of a deleted entry: it stays in place until the next compaction. */
export const deletedCode = 255;
export const tagCodes: readonly (HistoryTag | null)[] = [null, 'support', 'qa', 'training'];
export const methodCodes = ['extended', 'simple'] as const;

/** How each column is stored; the sidecar writes them in this order. */
const columnKinds = {
  atMs: Float64Array,
  beginOffset: Float64Array,
  endOffset: Float64Array,
  beginLength: Uint32Array,
  endLength: Uint32Array,
  profile: Uint32Array,
  latency: Int32Array,
  idLow: Uint32Array,
  idHigh: Uint32Array,
  termStart: Uint32Array,
  httpStatus: Uint16Array,
  outcome: Uint8Array,
  method: Uint8Array,
  tag: Uint8Array,
} as const;
/** Lines met rarely (a tag or note, a call-log row): their columns exist only once one is. */
const sparseKinds = {
  markOffset: Float64Array,
  markLength: Uint32Array,
  callLogOffset: Float64Array,
  callLogLength: Uint32Array,
} as const;

export type ColumnName = keyof typeof columnKinds;
export type SparseName = keyof typeof sparseKinds;
type Column = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;
export const columnNames = Object.keys(columnKinds) as ColumnName[];
export const sparseNames = Object.keys(sparseKinds) as SparseName[];

/**
 * One typed array per field, one slot per entry in log order: a million
 * entries cost tens of megabytes instead of a million objects. `termIds`
 * holds every entry's search terms back to back, from `termStart`.
 */
export class EntryColumns {
  count = 0;
  columns: Record<ColumnName, Column>;
  sparse: Partial<Record<SparseName, Column>> = {};
  termIds: Uint32Array;
  termCount = 0;
  private capacity: number;
  /** Open addressing from an id's hash to position + 1. */
  private idSlots: Uint32Array;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.columns = Object.fromEntries(
      columnNames.map((name) => [name, new columnKinds[name](capacity + 1)]),
    ) as Record<ColumnName, Column>;
    this.termIds = new Uint32Array(capacity * 4);
    this.idSlots = new Uint32Array(slotsFor(capacity));
  }

  static kind(name: ColumnName) {
    return columnKinds[name];
  }

  static sparseKind(name: SparseName) {
    return sparseKinds[name];
  }

  /** Rebuilds the columns from a sidecar's arrays (already trimmed to `count`). */
  static restore(
    count: number,
    columns: Record<ColumnName, Column>,
    sparse: Partial<Record<SparseName, Column>>,
    termIds: Uint32Array,
  ): EntryColumns {
    const restored = new EntryColumns(0);
    restored.count = count;
    restored.capacity = Math.max(0, columns.atMs.length - 1);
    restored.columns = columns;
    restored.sparse = sparse;
    restored.termIds = termIds;
    restored.termCount = columns.termStart[count] ?? 0;
    restored.rehash();
    return restored;
  }

  number(name: ColumnName, position: number): number {
    return this.columns[name][position] ?? 0;
  }

  set(name: ColumnName, position: number, value: number): void {
    this.columns[name][position] = value;
  }

  sparseNumber(name: SparseName, position: number): number {
    return this.sparse[name]?.[position] ?? 0;
  }

  setSparse(name: SparseName, position: number, value: number): void {
    let column = this.sparse[name];
    if (!column) {
      column = new sparseKinds[name](this.capacity + 1);
      this.sparse[name] = column;
    }
    column[position] = value;
  }

  /** Adds a slot at the end with its id and search terms; the caller fills the rest. */
  push(id: string, terms: readonly number[]): number {
    if (this.count + 1 > this.capacity) this.grow(Math.max(1024, this.capacity * 2));
    const position = this.count;
    const needed = this.termCount + terms.length;
    if (needed > this.termIds.length) {
      const grown = new Uint32Array(Math.max(needed, this.termIds.length * 2));
      grown.set(this.termIds.subarray(0, this.termCount));
      this.termIds = grown;
    }
    this.termIds.set(terms, this.termCount);
    this.termCount = needed;
    this.set('termStart', position, needed - terms.length);
    this.set('termStart', position + 1, needed);
    this.set('idLow', position, hashString(id));
    this.set('idHigh', position, hashString(id, 0x9747b28c));
    this.count += 1;
    if (this.count * 2 > this.idSlots.length) this.rehash();
    else this.placeId(position);
    return position;
  }

  /** Positions whose id hashes like `id`, newest first: usually one, checked by the caller. */
  candidates(id: string): number[] {
    const low = hashString(id);
    const high = hashString(id, 0x9747b28c);
    const mask = this.idSlots.length - 1;
    const found: number[] = [];
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const held = this.idSlots[slot] ?? 0;
      if (held === 0) break;
      const position = held - 1;
      if (this.number('idLow', position) === low && this.number('idHigh', position) === high)
        found.push(position);
    }
    return found.sort((a, b) => b - a);
  }

  /** Keeps the slots from `first` on and renumbers them from 0 (after compaction drops the oldest). */
  keepFrom(first: number, keep: (position: number) => boolean): number[] {
    const moved: number[] = [];
    let target = 0;
    let terms = 0;
    for (let position = first; position < this.count; position += 1) {
      if (!keep(position)) continue;
      moved.push(position);
      const from = this.number('termStart', position);
      const to = this.number('termStart', position + 1);
      this.termIds.copyWithin(terms, from, to);
      for (const name of columnNames) this.columns[name][target] = this.columns[name][position] ?? 0;
      for (const name of sparseNames) {
        const column = this.sparse[name];
        if (column) column[target] = column[position] ?? 0;
      }
      this.set('termStart', target, terms);
      terms += to - from;
      target += 1;
    }
    this.count = target;
    this.termCount = terms;
    this.set('termStart', target, terms);
    this.rehash();
    return moved;
  }

  private grow(capacity: number): void {
    for (const name of columnNames) {
      const grown = new columnKinds[name](capacity + 1);
      grown.set(this.columns[name]);
      this.columns[name] = grown;
    }
    for (const name of sparseNames) {
      const column = this.sparse[name];
      if (!column) continue;
      const grown = new sparseKinds[name](capacity + 1);
      grown.set(column);
      this.sparse[name] = grown;
    }
    this.capacity = capacity;
  }

  private rehash(): void {
    this.idSlots = new Uint32Array(slotsFor(this.count));
    for (let position = 0; position < this.count; position += 1) this.placeId(position);
  }

  private placeId(position: number): void {
    const mask = this.idSlots.length - 1;
    let slot = this.number('idLow', position) & mask;
    while ((this.idSlots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.idSlots[slot] = position + 1;
  }
}

function slotsFor(count: number): number {
  let size = 2048;
  while (size < count * 2) size *= 2;
  return size;
}
