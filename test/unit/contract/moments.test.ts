import { describe, expect, it } from 'vitest';
import { formatMoment, momentParts } from '../../../electron/contract/i18n/moments';

// Intl writes narrow and no-break spaces ("8:37 PM"); the assertions read them as plain spaces.
const plain = (value: string | null | undefined) => value?.replace(/[\u202f\u00a0]/g, ' ') ?? null;

describe('a moment as the person reads it', () => {
  const at = '2026-12-02T13:37:55Z';

  it('is the person’s local time alone where the project’s clock reads the same', () => {
    const kyiv = { localZone: 'Europe/Kyiv', projectZone: 'Europe/Kyiv' };
    expect(plain(formatMoment(at, 'en', 'medium', kyiv))).toBe('Dec 2, 2026, 3:37:55 PM');
    expect(plain(formatMoment(at, 'uk', 'medium', kyiv))).toBe('2 груд. 2026 р., 15:37:55');
    // Another name, the same clock: nothing to add.
    const helsinki = { localZone: 'Europe/Helsinki', projectZone: 'Europe/Kyiv' };
    expect(momentParts(at, 'en', 'medium', helsinki)).toMatchObject({ project: null, zone: null });
    // No project at all (a profile since deleted).
    expect(plain(formatMoment(at, 'en', 'short', { localZone: 'Europe/Kyiv' }))).toBe('12/2/26, 3:37:55 PM');
  });

  it('adds the project’s clock, with its offset and zone, where it differs', () => {
    const newYork = { localZone: 'America/New_York', projectZone: 'Europe/Kyiv' };
    expect(plain(formatMoment(at, 'en', 'medium', newYork))).toBe(
      'Dec 2, 2026, 8:37:55 AM (3:37 PM GMT+2 in Europe/Kyiv)',
    );
    expect(plain(formatMoment(at, 'uk', 'medium', newYork))).toBe(
      '2 груд. 2026 р., 08:37:55 (15:37 GMT+2 за часом Europe/Kyiv)',
    );
    expect(plain(formatMoment(at, 'en', 'time', newYork))).toBe('8:37:55 AM (3:37 PM GMT+2 in Europe/Kyiv)');
    const parts = momentParts(at, 'uk', 'short', newYork);
    expect({ ...parts, local: plain(parts?.local), project: plain(parts?.project) }).toEqual({
      local: '02.12.26, 08:37:55',
      project: '15:37 GMT+2',
      zone: 'Europe/Kyiv',
      iso: '2026-12-02T13:37:55.000Z',
    });
  });

  it('names the project’s day only when it is not the person’s', () => {
    const late = '2026-12-02T20:00:00Z';
    const tokyo = { localZone: 'America/New_York', projectZone: 'Asia/Tokyo' };
    expect(plain(formatMoment(late, 'en', 'short', tokyo))).toBe(
      '12/2/26, 3:00:00 PM (Dec 3, 5:00 AM GMT+9 in Asia/Tokyo)',
    );
    expect(plain(formatMoment(late, 'uk', 'short', tokyo))).toBe(
      '02.12.26, 15:00:00 (3 груд., 05:00 GMT+9 за часом Asia/Tokyo)',
    );
  });

  it('tells the two readings of an hour the project’s clocks repeat apart', () => {
    // 25 October 2026: Kyiv's clocks go back from 04:00 to 03:00, so 03:30 happens twice.
    const utc = { localZone: 'UTC', projectZone: 'Europe/Kyiv' };
    const first = momentParts('2026-10-25T00:30:00Z', 'en', 'time', utc);
    const second = momentParts('2026-10-25T01:30:00Z', 'en', 'time', utc);
    expect([plain(first?.local), plain(first?.project)]).toEqual(['12:30:00 AM', '3:30 AM GMT+3']);
    expect([plain(second?.local), plain(second?.project)]).toEqual(['1:30:00 AM', '3:30 AM GMT+2']);
  });

  it('follows the person’s own clock change, and adds the project only while the two differ', () => {
    // 8 March 2026: New York skips from 02:00 to 03:00; Kyiv changes three weeks later.
    const newYork = { localZone: 'America/New_York', projectZone: 'Europe/Kyiv' };
    expect(plain(formatMoment('2026-03-08T06:30:00Z', 'uk', 'time', newYork))).toBe(
      '01:30:00 (08:30 GMT+2 за часом Europe/Kyiv)',
    );
    expect(plain(formatMoment('2026-03-08T07:30:00Z', 'uk', 'time', newYork))).toBe(
      '03:30:00 (09:30 GMT+2 за часом Europe/Kyiv)',
    );
    // London reads as Abidjan all winter, and an hour ahead of it all summer.
    const london = { localZone: 'Europe/London', projectZone: 'Africa/Abidjan' };
    expect(momentParts('2026-03-29T00:30:00Z', 'en', 'time', london)?.project).toBeNull();
    expect(plain(momentParts('2026-03-29T01:30:00Z', 'en', 'time', london)?.project)).toMatch(
      /^1:30 AM GMT(\+0)?$/,
    );
  });

  it('leaves what it cannot read as it is', () => {
    expect(momentParts('not a time', 'en', 'medium')).toBeNull();
    expect(formatMoment('not a time', 'en', 'medium')).toBe('not a time');
    // A zone the runtime does not know is left out rather than breaking the page.
    expect(
      momentParts(at, 'en', 'time', { localZone: 'UTC', projectZone: 'Mars/Olympus' })?.project,
    ).toBeNull();
  });
});
