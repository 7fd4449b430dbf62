import { recordKind } from '../../electron/history/records';
import { acceptedEnd, attempt } from './history-fixtures';

/**
 * The text of a log of `count` completed entries, one a minute from `from`,
 * as an earlier run would have written it; `padding` characters of search
 * terms each make it as large as a test needs (compaction waits for a megabyte).
 */
export function logText(
  count: number,
  options: { prefix?: string; from?: string; padding?: number } = {},
): string {
  const { prefix = 'entry', from = '2026-11-01T00:00:00Z', padding = 0 } = options;
  const lines: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const id = `${prefix}-${n}`;
    const at = new Date(Date.parse(from) + n * 60_000).toISOString();
    const caller = `38067${String(n).padStart(7, '0')}`;
    const searchable = padding > 0 ? ['google', 'y'.repeat(padding)] : ['google'];
    lines.push(JSON.stringify({ k: recordKind.begin, id, at, ...attempt({ caller, searchable }) }));
    lines.push(JSON.stringify({ k: recordKind.end, id, ...acceptedEnd, endedAt: at }));
  }
  return `${lines.join('\n')}\n`;
}
