import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskState } from '../../electron/contract/desk-types';
import { nodeTransport } from '../../electron/ringostat/node-transport';
import { keyPieces } from '../support/key-pieces';
import { startLoopbackServer, type Behaviour, type LoopbackServer } from '../support/loopback-server';
import { testDesk, type TestDesk } from '../support/test-desk';

const key = 'Zq9"Kx\\7/secret+key=0123&end';
/** The history keeps 64 KB of an answer: the key starts 10 bytes before that cut. */
const historyCut = 64 * 1024;

/** Ringostat as a hostile server would play it: every endpoint echoes the key somewhere. */
function echoing(request: { method: string; path: string }): Behaviour {
  if (request.path === '/a/v2')
    return {
      kind: 'answer',
      status: 200,
      contentType: `text/plain; key=${key}`,
      body: `${'x'.repeat(historyCut - 10)}${key}${'x'.repeat(100)}`,
    };
  if (request.path.startsWith('/calls/list'))
    return {
      kind: 'answer',
      status: 200,
      body: JSON.stringify([{ calldate: '2026-07-01 12:00:00', caller: key }]),
    };
  if (request.path === '/api/json-rpc')
    return {
      kind: 'answer',
      status: 200,
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, result: { 7: { fio: `Anna ${key}` } } }),
    };
  return { kind: 'answer', status: 400, body: `${'x'.repeat(190)}${key}`, contentType: `text/plain; ${key}` };
}

let desk: TestDesk | undefined;
let server: LoopbackServer | undefined;
afterEach(async () => {
  await desk?.dispose();
  await server?.close();
});

describe('the key, echoed by the server, reaches nothing the main process hands out or keeps', () => {
  it('not the results of dispatch, the history file or the exports', async () => {
    server = await startLoopbackServer(echoing);
    desk = testDesk({ transport: nodeTransport, simulatorUrl: () => 'http://127.0.0.1:9' });
    const { dispatch } = desk;
    const created = await dispatch('createProfile', {
      profile: {
        name: 'Echo',
        projectId: '11111',
        numbers: [],
        country: 'UA',
        target: 'ringostat',
        apiUrl: server.url,
      },
    });
    const id = created.ok ? (created.value as DeskState).activeId : '';
    expect((await dispatch('setKey', { id, key, storage: 'encrypted' })).ok).toBe(true);

    const handedOut: unknown[] = [];
    const form = { method: 'extended', caller: '0671112233', callee: 'sip_anna' };
    const asked = await dispatch('sendCallback', { form });
    handedOut.push(asked);
    const liveConfirmation = asked.ok ? '' : (asked.error.live?.confirmation ?? '');
    const sent = await dispatch('sendCallback', { form, liveConfirmation });
    handedOut.push(sent);
    expect(sent).toMatchObject({ ok: true, value: { outcome: 'unknown' } });
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    handedOut.push(await dispatch('getHistoryEntry', { id: historyId }));
    handedOut.push(await dispatch('listHistory', { filter: {}, offset: 0, limit: 10 }));
    handedOut.push(await dispatch('watchCallLog', { historyId }));
    await expect.poll(() => desk?.callLog.peek(historyId)?.checks ?? 0).toBeGreaterThan(0);
    handedOut.push(await dispatch('watchCallLog', { historyId }));
    handedOut.push(await dispatch('testConnection', { id }));
    handedOut.push(await dispatch('getStaff', { refresh: true }));
    handedOut.push(await dispatch('getSipStatus', { login: 'sip_anna' }));
    handedOut.push(await dispatch('getState', undefined));
    for (const format of ['csv', 'json'] as const) {
      handedOut.push(await dispatch('exportHistory', { filter: {}, format, maskNumbers: false }));
    }
    // The key was used: every endpoint was asked with it.
    expect(new Set(server.received.map((request) => request.headers['auth-key']))).toEqual(new Set([key]));

    expect(keyPieces(handedOut, key)).toEqual([]);
    const files = [join(desk.folder, 'history', 'history.jsonl'), ...desk.exports];
    expect(desk.exports).toHaveLength(2);
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      expect({ file, pieces: keyPieces(lines, key) }).toEqual({ file, pieces: [] });
    }
  });
});
