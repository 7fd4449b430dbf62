import { describe, expect, it } from 'vitest';
import { historyToCsv, historyToJson } from '../../../electron/history/export';
import { maskNumber } from '../../../electron/history/masking';
import type { HistoryEntry } from '../../../electron/contract/history-types';
import { text } from '../../../electron/contract/i18n/text';
import { acceptedEnd, attempt } from '../../support/history-fixtures';

const entry: HistoryEntry = {
  ...attempt({ caller: '380671112233', callee: 'sandbox_anna' }),
  id: 'entry-1',
  at: '2026-11-26T10:00:00.000Z',
  outcome: 'accepted',
  end: {
    ...acceptedEnd,
    message: 'It rings +380671112233, "then" the client',
    endedAt: '2026-11-26T10:00:01.000Z',
  },
  tag: 'qa',
  note: '=HYPERLINK("http://x")',
  callLog: null,
};

describe('exports', () => {
  it('mask the phone numbers by field to their last four digits, leaving ids and other digits as they are', () => {
    expect(maskNumber('+38 (067) 111-22-33')).toBe('••••••••2233');
    const withIds: HistoryEntry = { ...entry, id: '1f0e2a3b-4c5d-4e6f-8123-456789012345' };
    const json = historyToJson([withIds], true, 'en');
    const [exported] = JSON.parse(json) as Record<string, unknown>[];
    expect(exported).toMatchObject({
      id: withIds.id,
      caller: '••••••••2233',
      callee: 'sandbox_anna',
      message: 'It rings +••••••••2233, "then" the client',
    });
    expect(json).not.toContain('380671112233');
    const body = JSON.parse((exported?.request as { body: string }).body);
    expect(body).toEqual({
      ...JSON.parse(entry.request.body),
      params: { caller: '••••••••2233', callee: 'sandbox_anna' },
    });
    expect(historyToJson([entry], false, 'en')).toContain('380671112233');
  });

  it('write CSV a spreadsheet reads safely: quoted cells, formulas defused', () => {
    const csv = historyToCsv([entry], false, 'en');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'id,at,profile,target,method,caller,callee,outcome,httpStatus,latencyMs,message,serverMessage,tag,note,requestBody',
    );
    expect(row).toContain('"It rings +380671112233, ""then"" the client"');
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(',accepted,200,42,');
  });

  it('carry the request as the history holds it, with the key header redacted', () => {
    expect(JSON.parse(historyToJson([entry], false, 'en'))[0].request.headers['Auth-key']).toBe('[redacted]');
  });

  it('write each message in the language chosen when exporting; words stored as text stay as they were', () => {
    const worded: HistoryEntry = {
      ...entry,
      end: { ...acceptedEnd, message: text('outcome.accepted', { status: 200 }), endedAt: entry.at },
    };
    const messages = (locale: 'en' | 'uk') =>
      (JSON.parse(historyToJson([worded, entry], false, locale)) as { message: string }[]).map(
        (item) => item.message,
      );
    expect(messages('en')).toEqual([
      'Ringostat accepted the callback (HTTP 200).',
      'It rings +380671112233, "then" the client',
    ]);
    expect(messages('uk')).toEqual([
      'Ringostat прийняв зворотний дзвінок (HTTP 200).',
      'It rings +380671112233, "then" the client',
    ]);
  });
});
