import { describe, expect, it } from 'vitest';
import { text } from '../../../electron/contract/i18n/text';
import { sendCallback, type ApiTarget } from '../../../electron/ringostat/client';
import { checkConnection } from '../../../electron/ringostat/connection-check';
import { exchange } from '../../../electron/ringostat/exchange';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { prepareCallback } from '../../../electron/ringostat/prepare';
import { fetchCallLog, fetchSipStatus, fetchStaff } from '../../../electron/ringostat/read-api';
import { answerReadBytes, maxAnswerBytes, type Transport } from '../../../electron/ringostat/transport';
import type { PreparedCallback } from '../../../electron/contract/callback-types';
import { keyPieces } from '../../support/key-pieces';
import { startLoopbackServer, type Behaviour } from '../../support/loopback-server';

/** A key with every character JSON and URLs escape, so each encoding of it differs from the others. */
const key = 'Zq9"Kx\\7/secret+key=0123&end';

const callback = ((): PreparedCallback => {
  const prepared = prepareCallback(
    { method: 'extended', caller: '0671112233', callee: 'sip_anna', projectId: '11111' },
    'UA',
  );
  if (!prepared.ok) throw new Error('the test form is invalid');
  return prepared.value;
})();

/** The key in JSON with every character written as a `\u` escape. */
const unicodeEscaped = [...key]
  .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('');

/** A body whose key starts `before` bytes before `at`, so a cut at `at` keeps that much of it. */
function keyAcross(at: number, before: number, filler = 'x'): string {
  return `${filler.repeat(at - before)}${key}${filler.repeat(200)}`;
}

/** Echoed keys fill the body, and one more is cut by the read limit: redacting shortens the body well below it. */
function manyKeysThenCut(): string {
  const unit = `${key} `;
  const start = answerReadBytes - 10;
  const repeats = Math.floor(start / unit.length);
  return `${unit.repeat(repeats)}${'y'.repeat(start - repeats * unit.length)}${key}${'y'.repeat(100)}`;
}

const attacks: [string, Behaviour][] = [
  [
    'in the Content-Type',
    {
      kind: 'answer',
      status: 200,
      body: '{"jsonrpc":"2.0","result":true}',
      contentType: `application/json; key=${key}`,
    },
  ],
  ['in the status text', { kind: 'answer', status: 400, body: '', statusText: `Bad key ${key}` }],
  [
    'JSON-escaped in the body',
    { kind: 'answer', status: 400, body: JSON.stringify({ message: `Key ${key}` }) },
  ],
  [
    'URL-encoded in the body',
    {
      kind: 'answer',
      status: 400,
      body: `{"message":"see https://example.invalid/?key=${encodeURIComponent(key)}"}`,
    },
  ],
  ['as \\u escapes in JSON', { kind: 'answer', status: 400, body: `{"message":"Key ${unicodeEscaped}"}` }],
  [
    'across the 256 KB the transport keeps',
    { kind: 'answer', status: 200, body: keyAcross(maxAnswerBytes, 10), contentType: 'text/plain' },
  ],
  [
    'across the read limit, after many echoes that redaction shortens',
    { kind: 'answer', status: 200, body: manyKeysThenCut(), contentType: 'text/plain' },
  ],
  [
    'across the 300 characters of a server message',
    { kind: 'answer', status: 400, body: JSON.stringify({ message: keyAcross(300, 10).trim() }) },
  ],
  [
    'in a redirect',
    {
      kind: 'answer',
      status: 302,
      body: `Moved to https://example.invalid/?k=${encodeURIComponent(key)}&raw=${key}`,
      contentType: 'text/plain',
      headers: { Location: `https://example.invalid/?k=${encodeURIComponent(key)}` },
    },
  ],
];

describe('a server that echoes the key: the key appears nowhere in what the client keeps', () => {
  it.each(attacks)('%s', async (_where, behaviour) => {
    const server = await startLoopbackServer(behaviour);
    try {
      const result = await sendCallback(
        callback,
        { apiUrl: server.url, authKey: key },
        { transport: nodeTransport },
      );
      // The key was really sent, once: only never kept.
      expect(server.received.map((request) => request.headers['auth-key'])).toEqual([key]);
      expect(keyPieces(result, key)).toEqual([]);
      expect(result.answer === null || Buffer.byteLength(result.answer.body) <= maxAnswerBytes).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('in an error message from the connection', async () => {
    const failing: Transport = async () => ({
      kind: 'no-answer',
      reason: text('transport.other', { detail: `TLS alert for ${key}` }),
      latencyMs: 1,
      httpStatus: null,
    });
    const target: ApiTarget = { apiUrl: 'https://api.ringostat.net', authKey: key };
    expect(keyPieces(await sendCallback(callback, target, { transport: failing }), key)).toEqual([]);
    expect(keyPieces(await checkConnection(target, failing), key)).toEqual([]);
  });

  it('cuts the answer after redacting it, and says it was cut', async () => {
    const outcome = await exchange(
      async () => ({
        kind: 'answer',
        answer: { status: 200, contentType: null, body: keyAcross(maxAnswerBytes, 10), truncated: false },
        latencyMs: 1,
      }),
      { method: 'GET', url: 'https://api.ringostat.net/x', headers: { 'auth-key': key }, body: '' },
      { timeoutMs: 1_000 },
    );
    expect(outcome).toMatchObject({ kind: 'answer', answer: { truncated: true } });
    expect(keyPieces(outcome, key)).toEqual([]);
  });
});

describe('the read API against a server that echoes the key', () => {
  /** Every read endpoint answers with the key somewhere in it. */
  const echoing = (request: { path: string }): Behaviour => {
    if (request.path.startsWith('/calls/list'))
      return {
        kind: 'answer',
        status: 200,
        body: JSON.stringify([{ calldate: '2026-07-01 12:00:00', caller: key, dst: 'sip_anna' }]).replace(
          '"dst"',
          `"note":"${unicodeEscaped}","dst"`,
        ),
      };
    if (request.path === '/api/json-rpc')
      return {
        kind: 'answer',
        status: 200,
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, result: { 7: { fio: `Anna ${key}`, email: key } } }),
      };
    // The read API quotes 200 characters of a refusal: the key starts 10 before the cut.
    return { kind: 'answer', status: 400, body: keyAcross(200, 10), contentType: 'text/plain' };
  };

  it('calls/list, staff, SIP status and the connection check keep no trace of it', async () => {
    const server = await startLoopbackServer(echoing);
    try {
      const target: ApiTarget = { apiUrl: server.url, authKey: key };
      const now = Date.now();
      const results = {
        calls: await fetchCallLog(target, nodeTransport, {
          from: new Date(now - 60_000),
          to: new Date(now),
          timeZone: 'Europe/Kyiv',
        }),
        staff: await fetchStaff(target, nodeTransport, '11111'),
        sip: await fetchSipStatus(target, nodeTransport, 'sip_anna'),
        check: await checkConnection(target, nodeTransport),
      };
      expect(results.calls).toMatchObject({ ok: true, value: { rows: [{ caller: '[redacted]' }] } });
      expect(results.staff).toMatchObject({ ok: true, value: [{ name: 'Anna [redacted]' }] });
      expect(results.sip.ok).toBe(false);
      expect(keyPieces(results, key)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
