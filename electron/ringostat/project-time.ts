/*
 * Ringostat speaks the project's local time: `calls/list` takes `from`/`to`
 * as `YYYY-MM-DD HH:MM:SS` in the project's zone and answers `calldate` as
 * `2019-06-02T09:30:47+0300`. These convert between that and instants.
 *
 * A wall time is not always one instant: when the clocks go back an hour is
 * lived twice, and when they go forward an hour never happens. Reading one
 * says which, rather than quietly picking an instant an hour off.
 */

/** What a wall time in a zone stands for. */
export type ProjectTime =
  | { kind: 'once'; instant: number }
  /** The clocks went back: the wall time was lived twice. */
  | { kind: 'twice'; earlier: number; later: number }
  /** The clocks went forward over it: no instant has this wall time. */
  | { kind: 'never' };

// Building a formatter costs far more than using one, and a zone's is asked for again and again.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant, to the second, written as if it were UTC. */
function wallClock(instant: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  const date = new Date(instant);
  // `format` is several times faster than `formatToParts`: its en-US shape is read, the parts only if it differs.
  const match = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/.exec(formatter.format(date));
  const parts = match ? [] : formatter.formatToParts(date);
  const [month, day, year, hour, minute, second] = match
    ? match.slice(1).map(Number)
    : (['month', 'day', 'year', 'hour', 'minute', 'second'] as const).map((type) =>
        Number(parts.find((part) => part.type === type)?.value),
      );
  const wall = new Date(0);
  wall.setUTCFullYear(year ?? NaN, (month ?? NaN) - 1, day);
  wall.setUTCHours(hour ?? NaN, minute, second);
  return wall.getTime();
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

function wallText(instant: number, timeZone: string, separator: ' ' | 'T'): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 19).replace('T', separator);
}

/** `2019-06-02T09:30:47+0300`: how the call log writes a moment. */
export function formatCallDate(instant: Date, timeZone: string): string {
  const minutes = Math.round(offsetAt(instant.getTime(), timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  return `${wallText(instant.getTime(), timeZone, 'T')}${sign}${hours}${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
}

/** `2019-06-02 09:30:47`: how `calls/list` takes `from` and `to`. */
export function formatProjectTime(instant: Date, timeZone: string): string {
  return wallText(instant.getTime(), timeZone, ' ');
}

/** Reads `YYYY-MM-DD HH:MM:SS` in the zone; null when it is not that shape or no such date. */
export function readProjectTime(text: string, timeZone: string): ProjectTime | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // The wall time as if it were UTC; a date like 30 February would come back as another day.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  const wall = date.getTime();
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) return null;
  // Zones change their offset at most once in two days, so the offsets a day either side are the only
  // ones this wall time can have; each that reads back as itself gives an instant with this wall time.
  const offsets = new Set([offsetAt(wall - 86_400_000, timeZone), offsetAt(wall + 86_400_000, timeZone)]);
  const instants = [...offsets]
    .filter((offset) => offsetAt(wall - offset, timeZone) === offset)
    .map((offset) => wall - offset)
    .sort((a, b) => a - b);
  const [earlier, later] = instants;
  if (earlier === undefined) return { kind: 'never' };
  if (later === undefined) return { kind: 'once', instant: earlier };
  return { kind: 'twice', earlier, later };
}

/**
 * The instant a window's edge stands for: `from` the earliest, `to` the
 * latest, so a repeated hour is inside the window both times. Null for a
 * wall time that never happened: there is no honest instant to give.
 */
export function windowEdge(time: ProjectTime, edge: 'from' | 'to'): number | null {
  if (time.kind === 'once') return time.instant;
  if (time.kind === 'twice') return edge === 'from' ? time.earlier : time.later;
  return null;
}

/** Reads a call log `calldate` (`2019-06-02T09:30:47+0300`, or with `Z` or `+03:00`); null when unreadable. */
export function parseCallDate(text: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const zone = match[3] ?? 'Z';
  const iso = `${match[1]}T${match[2]}${zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** Whether the runtime knows this IANA zone name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return name.trim() !== '';
  } catch {
    return false;
  }
}
