import type { CompactIndex } from './compact-index';
import { deletedCode, outcomeCodes, tagCodes } from './entry-columns';
import type { HistoryEntry, HistoryFilter, HistorySummary } from '../contract/history-types';
import { mergeRecords, parseRecord, recordKind } from './records';
import { calleeIsScheme } from './masking';

const phoneQuery = /^[+\d\s().\-/]+$/;

/** What a search looks for: a number by its digits, whatever its format; anything else as typed, any case. */
export function needleOf(query: string | undefined): string {
  const raw = query?.trim().toLowerCase() ?? '';
  return raw !== '' && phoneQuery.test(raw) ? raw.replace(/\D/g, '') || raw : raw;
}

/**
 * Answers the panel's questions from the columns: counts and unfiltered
 * pages by position, filtered ones from one pass whose result is kept for
 * the next page until the history changes.
 */
export class IndexQuery {
  private cached: { key: string; generation: number; positions: Int32Array } | null = null;

  constructor(private readonly index: CompactIndex) {}

  list(
    filter: HistoryFilter,
    offset: number,
    limit: number,
    stale: () => boolean = () => false,
  ): { total: number; items: HistorySummary[] } {
    if (stale()) return { total: 0, items: [] };
    const positions: number[] = [];
    let total: number;
    if (isEmpty(filter)) {
      total = this.index.size;
      for (let position = this.nthNewest(offset); position >= this.index.start; position -= 1) {
        if (positions.length >= limit) break;
        if (this.index.isLive(position)) positions.push(position);
      }
    } else {
      const matches = this.matches(filter, stale);
      if (!matches) return { total: 0, items: [] };
      total = matches.length;
      for (let at = offset; at < Math.min(matches.length, offset + limit); at += 1)
        positions.push(matches[at] ?? 0);
    }
    return { total, items: this.summaries(positions) };
  }

  /** Matching positions, newest first; null when `stale` says the answer is no longer wanted. */
  matches(filter: HistoryFilter): Int32Array;
  matches(filter: HistoryFilter, stale: () => boolean): Int32Array | null;
  matches(filter: HistoryFilter, stale: () => boolean = () => false): Int32Array | null {
    const key = JSON.stringify(filter);
    const index = this.index;
    if (this.cached?.key === key && this.cached.generation === index.generation) return this.cached.positions;
    const columns = index.columns;
    const needle = needleOf(filter.query);
    const flags = needle === '' ? null : index.terms.matching(needle);
    let found = new Int32Array(1024);
    let count = 0;
    const outcome = filter.outcome === undefined ? -1 : outcomeCodes.indexOf(filter.outcome);
    const method = filter.method === undefined ? -1 : filter.method === 'simple' ? 1 : 0;
    const profile = filter.profileId === undefined ? -1 : (index.profileCode(filter.profileId) ?? -2);
    const fromMs = filter.from ? Date.parse(filter.from) : -Infinity;
    const toMs = filter.to ? Date.parse(filter.to) : Infinity;
    const impossible = (needle !== '' && flags === null) || profile === -2;
    const { outcome: outcomes, method: methods, profile: profiles, atMs, termStart } = columns.columns;
    const termIds = columns.termIds;
    for (let position = columns.count - 1; !impossible && position >= index.start; position -= 1) {
      if ((position & 0xffff) === 0 && stale()) return null;
      const code = outcomes[position] ?? deletedCode;
      if (code === deletedCode || (outcome >= 0 && code !== outcome)) continue;
      if (method >= 0 && methods[position] !== method) continue;
      if (profile >= 0 && profiles[position] !== profile) continue;
      const at = atMs[position] ?? 0;
      if (at < fromMs || at > toMs) continue;
      if (flags) {
        let hit = false;
        for (let term = termStart[position] ?? 0; term < (termStart[position + 1] ?? 0); term += 1) {
          if (flags[termIds[term] ?? 0] === 1) {
            hit = true;
            break;
          }
        }
        if (!hit) continue;
      }
      if (count === found.length) {
        const grown = new Int32Array(found.length * 2);
        grown.set(found);
        found = grown;
      }
      found[count] = position;
      count += 1;
    }
    const positions = found.slice(0, count);
    this.cached = { key, generation: index.generation, positions };
    return positions;
  }

  /** The newest entry with this id, in full, read from the log. */
  entry(position: number): HistoryEntry | null {
    const records = this.index.reader
      .lines(this.index.spansOf(position))
      .map((line) => parseRecord(line))
      .filter((record) => record !== null);
    return mergeRecords(records);
  }

  /** What the list shows of these entries: read from their first lines, one read for a page. */
  summaries(positions: readonly number[]): HistorySummary[] {
    const columns = this.index.columns;
    const lines = this.index.reader.lines(positions.map((position) => this.index.beginSpan(position)));
    const items: HistorySummary[] = [];
    positions.forEach((position, at) => {
      const record = parseRecord(lines[at] ?? '');
      if (!record || (record.k !== recordKind.begin && record.k !== recordKind.whole)) return;
      const status = columns.number('httpStatus', position);
      const latency = columns.number('latency', position);
      items.push({
        id: record.id,
        at: record.at,
        profileId: record.profileId,
        profileName: record.profileName,
        target: record.target,
        method: record.method,
        caller: record.caller,
        callee: record.callee,
        calleeIsScheme: calleeIsScheme(record.form),
        outcome: outcomeCodes[columns.number('outcome', position)] ?? 'unknown',
        httpStatus: status === 0 ? null : status,
        latencyMs: latency < 0 ? null : latency,
        tag: tagCodes[columns.number('tag', position)] ?? null,
      });
    });
    return items;
  }

  /** The position of the `offset`-th live entry from the newest, found by counting deletions, not entries. */
  private nthNewest(offset: number): number {
    const { deleted, columns } = this.index;
    if (deleted.length === 0) return columns.count - 1 - offset;
    // The largest position with more than `offset` live entries at or after it.
    let low = this.index.start;
    let high = columns.count - 1;
    let answer = this.index.start - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const liveFrom = columns.count - middle - deletedFrom(deleted, middle);
      if (liveFrom > offset) {
        answer = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return answer;
  }
}

/** How many deleted positions are at or after `position`. */
function deletedFrom(deleted: readonly number[], position: number): number {
  let low = 0;
  let high = deleted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((deleted[middle] ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return deleted.length - low;
}

function isEmpty(filter: HistoryFilter): boolean {
  return (
    filter.outcome === undefined &&
    filter.method === undefined &&
    filter.profileId === undefined &&
    !filter.from &&
    !filter.to &&
    needleOf(filter.query) === ''
  );
}
