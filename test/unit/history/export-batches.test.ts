import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLog } from '../../../bench/history-data';
import { testDesk, type TestDesk } from '../../support/test-desk';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.dispose();
  desk = null;
});

function openWith(count: number): TestDesk {
  desk = testDesk(
    { transport: async () => Promise.reject(new Error('no request in this test')), simulatorUrl: () => '' },
    true,
    (folder) => writeLog(join(folder, 'history.jsonl'), count, Date.now() - count * 30_000),
  );
  return desk;
}

describe('exporting more entries than one batch holds', () => {
  it('writes one JSON array and one CSV header, with every entry once, newest first', async () => {
    const opened = openWith(1234);
    const json = await opened.dispatch('exportHistory', { filter: {}, format: 'json', maskNumbers: false });
    expect(json).toMatchObject({ ok: true, value: { count: 1234 } });
    const items = JSON.parse(readFileSync(opened.exports[0] ?? '', 'utf8')) as { caller: string }[];
    expect(items).toHaveLength(1234);
    expect(items[0]?.caller).toBe('380670001233');
    expect(items.at(-1)?.caller).toBe('380670000000');
    expect(new Set(items.map((item) => item.caller)).size).toBe(1234);

    const csv = await opened.dispatch('exportHistory', {
      filter: { query: 'campaign_7' },
      format: 'csv',
      maskNumbers: false,
    });
    // campaign_7, campaign_70…79 and campaign_7xx: every entry whose n % 500 starts with 7.
    const expected = Array.from({ length: 1234 }, (_, n) => n % 500).filter((value) =>
      String(value).startsWith('7'),
    ).length;
    expect(csv).toMatchObject({ ok: true, value: { count: expected } });
    const lines = readFileSync(opened.exports[1] ?? '', 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines.filter((line) => line.startsWith('id,at,'))).toHaveLength(1);
    expect(lines).toHaveLength(expected + 1);
  });

  it('writes an empty array when nothing matches', async () => {
    const opened = openWith(3);
    await opened.dispatch('exportHistory', {
      filter: { query: 'nobody' },
      format: 'json',
      maskNumbers: false,
    });
    expect(JSON.parse(readFileSync(opened.exports[0] ?? '', 'utf8'))).toEqual([]);
  });
});
