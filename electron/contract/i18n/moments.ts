import type { Locale } from './locales';
import { translate } from './translate';

/**
 * How much of a moment to write: `time` where the day is plain (a table of
 * the last minutes), `short` for lists, `medium` for one attempt on its own.
 */
export type MomentStyle = 'time' | 'short' | 'medium';

/** A moment as the person reads it: their own clock, and the project's where that reads otherwise. */
export interface MomentParts {
  /** In the person's zone, written as their language writes it. */
  local: string;
  /** The project's wall clock with its offset (`20:37 GMT+2`); null where it reads as the person's. */
  project: string | null;
  /** The project's zone, named as its profile names it; null with `project`. */
  zone: string | null;
  /** The moment for machines (`<time dateTime>`), in UTC. */
  iso: string;
}

export interface MomentOptions {
  /** The profile's time zone, in which Ringostat writes and reads call times. */
  projectZone?: string | null;
  /** The person's zone; the runtime's own unless a test stands in for someone elsewhere. */
  localZone?: string;
}

const localOptions: Record<MomentStyle, Intl.DateTimeFormatOptions> = {
  time: { timeStyle: 'medium' },
  short: { dateStyle: 'short', timeStyle: 'medium' },
  medium: { dateStyle: 'medium', timeStyle: 'medium' },
};

// Building a formatter costs far more than using one, and a list asks for the same few again and again.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const id = `${locale}|${zone ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(id);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formatters.set(id, found);
  }
  return found;
}

/** The wall clock in a zone, to the second, as digits that compare: the same text means the same reading. */
function wallClock(date: Date, zone: string | undefined): string {
  return formatter('en-CA', zone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

function isZone(zone: string): boolean {
  try {
    formatter('en', zone, {});
    return true;
  } catch {
    return false;
  }
}

/**
 * A moment in the person's local time, and in the project's where its clock
 * reads otherwise at that moment (by offset, not by name: Kyiv and Helsinki
 * read alike). The project's reading carries its offset, so an hour the
 * clocks repeat reads as the one it is. Null for a moment that cannot be read.
 */
export function momentParts(
  at: string | number | Date,
  locale: Locale,
  style: MomentStyle,
  options: MomentOptions = {},
): MomentParts | null {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return null;
  const localZone = options.localZone;
  const local = formatter(locale, localZone, localOptions[style]).format(date);
  const projectZone = options.projectZone?.trim();
  const parts = { local, project: null, zone: null, iso: date.toISOString() };
  if (!projectZone || !isZone(projectZone)) return parts;
  const projectClock = wallClock(date, projectZone);
  const localClock = wallClock(date, localZone);
  if (projectClock === localClock) return parts;
  // The project's day is named only when it is not the person's: "Dec 3, 2:37 AM GMT+9".
  const sameDay = projectClock.slice(0, 10) === localClock.slice(0, 10);
  const project = formatter(locale, projectZone, {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'shortOffset',
  }).format(date);
  return { local, project, zone: projectZone, iso: parts.iso };
}

/** The same as one line of text, for a message or a list's option: "1:37:55 PM (8:37 PM GMT+2 in Europe/Kyiv)". */
export function formatMoment(
  at: string | number | Date,
  locale: Locale,
  style: MomentStyle,
  options: MomentOptions = {},
): string {
  const parts = momentParts(at, locale, style, options);
  if (!parts) return String(at);
  if (parts.project === null || parts.zone === null) return parts.local;
  return translate(
    { key: 'time.withProject', values: { local: parts.local, project: parts.project, zone: parts.zone } },
    locale,
  );
}
