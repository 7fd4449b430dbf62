import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntryView, HistoryPage } from '../../../electron/contract/desk-types';
import type { CallLogState } from '../../../electron/contract/read-types';
import type { Transport } from '../../../electron/ringostat/transport';
import { leakedNumbers, writeRandomHistory } from '../../support/random-history';
import { testDesk, type TestDesk } from '../../support/test-desk';

const opened: TestDesk[] = [];
afterEach(async () => {
  for (const desk of opened.splice(0)) await desk.dispose();
});

// Nothing here sends: a request reaching the transport is a failure of the test.
const noNetwork: Transport = async () => {
  throw new Error('nothing may be sent');
};

async function maskedDesk() {
  const desk = testDesk({ transport: noNetwork, simulatorUrl: () => 'http://127.0.0.1:9' });
  opened.push(desk);
  await desk.history.ready;
  const set = await desk.dispatch('setHistorySettings', {
    maxEntries: 100_000,
    maxAgeDays: 0,
    maskNumbers: true,
  });
  expect(set.ok).toBe(true);
  return desk;
}

/** Reads CSV as RFC 4180 writes it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < content.length; index += 1) {
    const char = content[index];
    if (quoted) {
      if (char === '"' && content[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && content[index + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  if (quoted) throw new Error('a quoted cell is never closed');
  if (cell !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('masking by field', () => {
  it('opens, tags and exports 1,000 random attempts with no phone number reaching the window or a file', async () => {
    const desk = await maskedDesk();
    const attempts = writeRandomHistory(desk.history, 1_000);
    const answers: unknown[] = [];
    const ask = async <T>(method: string, payload: unknown): Promise<T> => {
      const result = await desk.dispatch(method, payload);
      answers.push(result);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    // About one id in seven holds seven digits or more in a row: exactly the ones a pattern over text broke.
    expect(attempts.filter((attempt) => /\d{7,}/.test(attempt.id)).length).toBeGreaterThan(50);

    const listed: string[] = [];
    for (let offset = 0; offset < 1_000; offset += 500) {
      const page = await ask<HistoryPage>('listHistory', { filter: {}, offset, limit: 500 });
      expect(page.masked).toBe(true);
      listed.push(...page.items.map((item) => item.id));
    }
    expect(new Set(listed)).toEqual(new Set(attempts.map((attempt) => attempt.id)));

    for (const attempt of attempts) {
      const entry = await ask<HistoryEntryView>('getHistoryEntry', { id: attempt.id });
      expect(entry).toMatchObject({ id: attempt.id, masked: true });
      // Only numbers are masked: SIP logins, scheme ids, UTM values, client ids and request ids stay as they are.
      if (attempt.kept.caller !== undefined) expect(entry.caller).toBe(attempt.kept.caller);
      if (attempt.kept.callee !== undefined) expect(entry.callee).toBe(attempt.kept.callee);
      if (attempt.callerLastFour !== null)
        expect(entry.caller).toMatch(new RegExp(`^•+${attempt.callerLastFour}$`));
      if (entry.form.method === 'extended') {
        expect(entry.form).toMatchObject({
          utmSource: attempt.kept.utmSource,
          clientId: attempt.kept.clientId,
        });
        expect(JSON.parse(entry.request.body)).toMatchObject({ id: attempt.kept.requestId });
      }
      expect(JSON.parse(entry.end?.answer?.body ?? '')).toMatchObject({ id: attempt.kept.requestId });
      if (attempt.withCallLog) {
        expect(entry.callLog?.row?.uniqueid).toMatch(/^\d{10}\.\d{7}$/);
        const state = await ask<CallLogState>('watchCallLog', { historyId: attempt.id });
        expect(state).toMatchObject({ status: 'final', row: { uniqueid: entry.callLog?.row?.uniqueid } });
      }
      const tagged = await ask<HistoryEntryView>('tagHistoryEntry', {
        id: attempt.id,
        tag: 'qa',
        note: 'checked',
      });
      expect(tagged).toMatchObject({ id: attempt.id, tag: 'qa', note: 'checked', masked: true });
    }
    // Masking never changed what the history holds: the real numbers are still there to send again.
    const stored = await desk.history.get(attempts[0]?.id ?? '');
    expect(leakedNumbers(JSON.stringify(stored), attempts).length).toBeGreaterThan(0);

    await ask('exportHistory', { filter: {}, format: 'json', maskNumbers: false });
    await ask('exportHistory', { filter: {}, format: 'csv', maskNumbers: false });
    const [jsonFile = '', csvFile = ''] = desk.exports;
    const json = readFileSync(jsonFile, 'utf8');
    const csv = readFileSync(csvFile, 'utf8');
    const exported = JSON.parse(json) as { id: string; tag: string }[];
    expect(new Set(exported.map((entry) => entry.id))).toEqual(new Set(listed));
    expect(exported.every((entry) => entry.tag === 'qa')).toBe(true);
    const [header = [], ...records] = parseCsv(csv);
    expect(records).toHaveLength(1_000);
    expect(records.every((record) => record.length === header.length)).toBe(true);
    expect(new Set(records.map((record) => record[0]))).toEqual(new Set(listed));

    expect(leakedNumbers(JSON.stringify(answers), attempts)).toEqual([]);
    expect(leakedNumbers(json, attempts)).toEqual([]);
    expect(leakedNumbers(csv, attempts)).toEqual([]);
  }, 120_000);
});
