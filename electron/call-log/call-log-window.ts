import type { CallLogWindow } from '../contract/call-log-types';
import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';
import { formatProjectTime, readProjectTime, windowEdge } from '../ringostat/project-time';

/** A custom window may span at most this long: `calls/list` gives at most 6,500 calls a read. */
export const longestRangeMs = 31 * 86_400_000;

/**
 * The instants a call log window stands for, read in the project's time
 * zone: "today" starts at the project's midnight, not the person's, and a
 * custom range is the project's wall clock. A wall time the clocks skip is
 * refused, naming it, rather than read an hour off.
 */
export function resolveWindow(
  window: CallLogWindow,
  nowMs: number,
  timeZone: string,
): Result<{ from: Date; to: Date }, Text> {
  if (window.kind === 'last')
    return ok({ from: new Date(nowMs - window.minutes * 60_000), to: new Date(nowMs) });
  if (window.kind === 'today') {
    const day = formatProjectTime(new Date(nowMs), timeZone).slice(0, 10);
    // Where the clocks go forward at midnight, the day starts at the first moment that exists.
    const start = firstMoment(`${day} 00:00:00`, timeZone) ?? firstMoment(`${day} 01:00:00`, timeZone);
    return ok({ from: new Date(start ?? nowMs - 86_400_000), to: new Date(nowMs) });
  }
  const edge = (value: string, side: 'from' | 'to'): Result<number, Text> => {
    const wall = `${value.replace('T', ' ')}${value.length === 16 ? (side === 'from' ? ':00' : ':59') : ''}`;
    const time = readProjectTime(wall, timeZone);
    if (!time) return fail(text('callLogScreen.badTime', { value }));
    const instant = windowEdge(time, side);
    return instant === null
      ? fail(text('callLogScreen.skippedTime', { value, zone: timeZone }))
      : ok(instant);
  };
  const from = edge(window.from, 'from');
  if (!from.ok) return from;
  const to = edge(window.to, 'to');
  if (!to.ok) return to;
  if (to.value < from.value) return fail(text('callLogScreen.backwards'));
  if (to.value - from.value > longestRangeMs) return fail(text('callLogScreen.tooLong', { days: 31 }));
  return ok({ from: new Date(from.value), to: new Date(to.value) });
}

function firstMoment(wall: string, timeZone: string): number | null {
  const time = readProjectTime(wall, timeZone);
  return time ? windowEdge(time, 'from') : null;
}
