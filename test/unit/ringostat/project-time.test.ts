import { describe, expect, it } from 'vitest';
import {
  formatProjectTime,
  readProjectTime,
  windowEdge,
  type ProjectTime,
} from '../../../electron/ringostat/project-time';

const quarterHour = 15 * 60_000;
const zones = ['Europe/Kyiv', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'];

/** Every wall time of 2025, a quarter-hour apart, as `calls/list` writes them. */
function wallTimesOf2025(): string[] {
  const times: string[] = [];
  for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2026, 0, 1); at += quarterHour) {
    times.push(new Date(at).toISOString().slice(0, 19).replace('T', ' '));
  }
  return times;
}

/** Which instants each wall time stands for, read off Intl by formatting every quarter-hour instant. */
function instantsByWallTime(zone: string): Map<string, number[]> {
  const byWall = new Map<string, number[]>();
  // A day either side, so the first and last wall times of the year have all their instants.
  for (let at = Date.UTC(2024, 11, 31); at < Date.UTC(2026, 0, 2); at += quarterHour) {
    const wall = formatProjectTime(new Date(at), zone);
    byWall.set(wall, [...(byWall.get(wall) ?? []), at]);
  }
  return byWall;
}

function instantsOf(time: ProjectTime | null): number[] {
  if (time === null) return [];
  if (time.kind === 'once') return [time.instant];
  if (time.kind === 'twice') return [time.earlier, time.later];
  return [];
}

describe('project time around clock changes', () => {
  for (const zone of zones) {
    it(`reads every quarter-hour of 2025 in ${zone}: each instant back, gaps reported, repeats both times`, () => {
      const byWall = instantsByWallTime(zone);
      const wrong: string[] = [];
      const counts = { once: 0, twice: 0, never: 0 };
      const check = (wall: string) => {
        const read = readProjectTime(wall, zone);
        const expected = byWall.get(wall) ?? [];
        const kind = (['never', 'once', 'twice'] as const)[expected.length];
        if (read?.kind !== kind || JSON.stringify(instantsOf(read)) !== JSON.stringify(expected))
          wrong.push(wall);
        return read;
      };
      for (const wall of wallTimesOf2025()) {
        const read = check(wall);
        if (read) counts[read.kind] += 1;
      }
      // The other way round: the wall time of every quarter-hour instant of 2025 gives it back.
      for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2026, 0, 1); at += quarterHour) {
        if (!instantsOf(check(formatProjectTime(new Date(at), zone))).includes(at)) wrong.push(String(at));
      }
      expect(wrong).toEqual([]);
      // The zones' 2025 rules: Kyiv and New York skip and repeat an hour, Lord Howe half an hour, Kathmandu neither.
      const perChange = { 'Australia/Lord_Howe': 2, 'Asia/Kathmandu': 0 }[zone] ?? 4;
      expect(counts).toEqual({ once: 35_040 - 2 * perChange, twice: perChange, never: perChange });
    }, 120_000);
  }

  it('asks a window from the earliest reading and to the latest, so a repeated hour is covered both times', () => {
    // Kyiv's clocks went back from 04:00 to 03:00 on 26 October 2025: 03:30 happened at 00:30 and 01:30 UTC.
    const repeated = readProjectTime('2025-10-26 03:30:00', 'Europe/Kyiv');
    expect(repeated).toEqual({
      kind: 'twice',
      earlier: Date.parse('2025-10-26T00:30:00Z'),
      later: Date.parse('2025-10-26T01:30:00Z'),
    });
    expect(repeated && windowEdge(repeated, 'from')).toBe(Date.parse('2025-10-26T00:30:00Z'));
    expect(repeated && windowEdge(repeated, 'to')).toBe(Date.parse('2025-10-26T01:30:00Z'));
    // On 30 March 2025 they jumped from 03:00 to 04:00: 03:30 never happened, and no window edge is made up.
    const skipped = readProjectTime('2025-03-30 03:30:00', 'Europe/Kyiv');
    expect(skipped?.kind).toBe('never');
    expect(skipped && windowEdge(skipped, 'from')).toBeNull();
    expect(readProjectTime('2025-02-30 10:00:00', 'Europe/Kyiv')).toBeNull();
    expect(readProjectTime('30.03.2025 10:00', 'Europe/Kyiv')).toBeNull();
  });
});
