import { closeSync, openSync, writeSync } from 'node:fs';
import type { HistoryBegin, HistoryEnd } from '../electron/contract/history-types';
import { recordKind } from '../electron/history/records';

/** Terms the benchmark searches for: one entry, none, a third of them, half of them. */
export const searchTerms = ['0671234567', 'spring_sale_77', 'sandbox_petro', '380509999999'];

export function attemptFor(n: number): Omit<HistoryBegin, 'id' | 'at'> {
  const caller = `38067${String(n).padStart(7, '0')}`;
  const callee =
    n % 3 === 0 ? `${100 + (n % 7)}` : (['sandbox_anna', 'sandbox_petro'][n % 2] ?? 'sandbox_anna');
  const utm = `campaign_${n % 500}`;
  return {
    profileId: n % 4 === 0 ? 'shop' : 'sandbox',
    profileName: n % 4 === 0 ? 'Shop' : 'Sandbox',
    target: 'simulator',
    method: 'extended',
    form: {
      method: 'extended',
      caller: `+38 067 ${String(n).padStart(7, '0')}`,
      callee,
      utmSource: 'google',
      utmCampaign: utm,
    },
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:40000/a/v2',
      headers: {
        'Content-Type': 'application/json',
        'Auth-key': '[redacted]',
        'User-Agent': 'CallbackDesk/0.1',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 100_000 + n,
        method: 'Api\\V2\\Callback.external',
        params: {
          callee_type: 'default',
          caller_type: 'default',
          caller,
          callee,
          manager_dst: 1,
          direction: 'in',
          projectId: '10001',
          utmSource: 'google',
          utmCampaign: utm,
        },
      }),
    },
    caller,
    callee,
    fingerprint: `sandbox|extended|${caller}|${callee}`,
    searchable: [caller.slice(2), 'google', utm],
  };
}

export const acceptedEnd: Omit<HistoryEnd, 'endedAt'> = {
  outcome: 'accepted',
  httpStatus: 200,
  latencyMs: 87,
  message: 'Ringostat accepted the callback (HTTP 200).',
  explanation:
    'It rings the employee side (SIP sandbox_anna) first and, once that answers, the client. The answer carries no call id.',
  serverMessage: null,
  answer: {
    status: 200,
    contentType: 'application/json',
    body: '{"jsonrpc":"2.0","id":1,"result":true}',
    truncated: false,
  },
};

/** An id shaped like the app's (a UUID), the same for the same n. */
export function idFor(n: number): string {
  const hex = (n * 2654435761 + 0x9e3779b9).toString(16).padStart(12, '0').slice(-12);
  return `0000${String(n).padStart(4, '0').slice(-4)}-4b1d-4c0d-8e55-${hex}`;
}

/**
 * Writes the log as years of use would have left it, a begin and an end line
 * per entry, streamed to disk (a million entries are 1.4 GB).
 */
export function writeLog(path: string, count: number, startMs = Date.parse('2024-06-01T00:00:00Z')): void {
  const fd = openSync(path, 'w');
  try {
    let lines: string[] = [];
    const flush = () => {
      const data = Buffer.from(lines.join(''), 'utf8');
      for (let done = 0; done < data.length;) done += writeSync(fd, data, done);
      lines = [];
    };
    for (let n = 0; n < count; n += 1) {
      const id = idFor(n);
      const at = new Date(startMs + n * 30_000).toISOString();
      lines.push(`${JSON.stringify({ k: recordKind.begin, id, at, ...attemptFor(n) })}\n`);
      lines.push(`${JSON.stringify({ k: recordKind.end, id, ...acceptedEnd, endedAt: at })}\n`);
      if (lines.length >= 20_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
