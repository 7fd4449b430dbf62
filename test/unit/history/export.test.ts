import { describe, expect, it } from 'vitest';
import { historyToCsv, historyToJson, maskNumbers } from '../../../electron/history/export';
import type { HistoryEntry } from '../../../electron/history/history-types';
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
  it('mask phone numbers to their last four digits when asked, everywhere they appear', () => {
    expect(maskNumbers('call 380671112233 or +447911123456, id 42')).toBe(
      'call ••••••••2233 or ••••••••3456, id 42',
    );
    const json = historyToJson([entry], true, 'en');
    expect(json).not.toMatch(/\d{7,}/);
    expect(json).toContain('••••••••2233');
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
