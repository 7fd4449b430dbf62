/*
 * Ringostat speaks the project's local time: `calls/list` takes `from`/`to`
 * as `YYYY-MM-DD HH:MM:SS` in the project's zone and answers `calldate` as
 * `2019-06-02T09:30:47+0300`. These convert between that and instants.
 */

interface LocalParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** Like `+0300`. */
  offset: string;
}

function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((item) => item.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '').replace(':', '') || '+0000';
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    offset,
  };
}

/** `2019-06-02T09:30:47+0300`: how the call log writes a moment. */
export function formatCallDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset}`;
}

/** `2019-06-02 09:30:47`: how `calls/list` takes `from` and `to`. */
export function formatProjectTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Reads `YYYY-MM-DD HH:MM:SS` as a moment in the zone; null when it is not that shape. */
export function parseProjectTime(text: string, timeZone: string): number | null {
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
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // The zone's offset near that moment, read by formatting the guess back in the zone.
  const offset = localParts(new Date(asUtc), timeZone).offset;
  return asUtc - offsetMs(offset);
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

function offsetMs(offset: string): number {
  const match = /^([+-])(\d{2})(\d{2})$/.exec(offset);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}
