import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCallLog, fetchSipStatus, fetchStaff } from '../../../electron/ringostat/read-api';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { startLoopbackServer } from '../../support/loopback-server';

let clock = Date.parse('2026-07-01T09:30:00Z');
let simulator: RunningSimulator;
const target = () => ({ apiUrl: simulator.url, authKey: sandbox.authKey });
beforeAll(async () => {
  simulator = await startSimulator({ now: () => new Date(clock), ringMs: 3_000 });
});
afterAll(() => simulator.close());

async function place(caller: string, callee: string) {
  const response = await fetch(`${simulator.url}/a/v2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Auth-key': sandbox.authKey },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'Api\\V2\\Callback.external',
      params: { caller, callee, projectId: sandbox.projectId, direction: 'in', utmSource: 'google' },
    }),
  });
  expect(response.status).toBe(200);
}

const window = () => ({
  from: new Date(clock - 60_000),
  to: new Date(clock + 60_000),
  timeZone: 'Europe/Kyiv',
});

describe('the call log, read from the simulator', () => {
  it('drops a field the project calls incorrect and reads again without it', async () => {
    await place('380671112233', 'sandbox_anna');
    const result = await fetchCallLog(target(), nodeTransport, window());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fields).not.toContain('client_id');
    expect(result.value.rows[0]).toMatchObject({
      caller: '380671112233',
      dst: 'sandbox_anna',
      utm_source: 'google',
      call_type: 'in',
    });
    expect(simulator.requestCount('/calls/list')).toBe(2);
  });

  it('shows a ringing call as NO ANSWER with zero durations first, then how it ended', async () => {
    await place('380500000006', 'sandbox_petro'); // ends busy
    const ringing = await fetchCallLog(target(), nodeTransport, window(), [
      'calldate',
      'caller',
      'disposition',
      'duration',
    ]);
    expect(ringing.ok && ringing.value.rows[0]).toMatchObject({
      caller: '380500000006',
      disposition: 'NO ANSWER',
      duration: 0,
    });
    clock += 5_000;
    const ended = await fetchCallLog(target(), nodeTransport, window(), [
      'calldate',
      'caller',
      'disposition',
      'duration',
    ]);
    expect(ended.ok && ended.value.rows[0]).toMatchObject({
      caller: '380500000006',
      disposition: 'BUSY',
      duration: 3,
    });
  });

  it('says rejected for a wrong key', async () => {
    const result = await fetchCallLog({ ...target(), authKey: 'wrong-key-0000' }, nodeTransport, window());
    expect(result).toMatchObject({ ok: false, error: { outcome: 'rejected', httpStatus: 401 } });
  });

  it('takes a list that merely mentions “incorrect field” in a row as the answer it is', async () => {
    const rows = [
      { calldate: '2026-07-01T12:30:00+0300', caller: '380671112233', utm_content: 'incorrect field test' },
    ];
    const server = await startLoopbackServer({ kind: 'answer', status: 200, body: JSON.stringify(rows) });
    try {
      const result = await fetchCallLog(
        { apiUrl: server.url, authKey: 'test-key-0123456789' },
        nodeTransport,
        window(),
      );
      expect(result).toMatchObject({ ok: true, value: { rows } });
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('says unknown for an answer that is not a list', async () => {
    const server = await startLoopbackServer({
      kind: 'answer',
      status: 200,
      body: '<html>login</html>',
      contentType: 'text/html',
    });
    try {
      const result = await fetchCallLog(
        { apiUrl: server.url, authKey: 'test-key-0123456789' },
        nodeTransport,
        window(),
      );
      expect(result).toMatchObject({ ok: false, error: { outcome: 'unknown' } });
    } finally {
      await server.close();
    }
  });
});

describe('staff and SIP status', () => {
  it('reads the staff with their SIP logins, online state and numbers', async () => {
    const result = await fetchStaff(target(), nodeTransport, sandbox.projectId);
    expect(result.ok && result.value.map((person) => person.name)).toEqual([
      'Anna Kovalenko',
      'Olena Bondar',
      'Petro Shevchenko',
    ]);
    expect(result.ok && result.value[0]).toMatchObject({
      department: 'Sales',
      sipLogins: [{ login: 'sandbox_anna', online: true }],
      numbers: ['380671110001'],
    });
  });

  it('tells online and in a call apart', async () => {
    expect(await fetchSipStatus(target(), nodeTransport, 'sandbox_olena')).toEqual({
      ok: true,
      value: { online: false, speaking: false },
    });
    await place('380671112299', 'sandbox_anna');
    expect(await fetchSipStatus(target(), nodeTransport, 'SANDBOX_ANNA')).toEqual({
      ok: true,
      value: { online: true, speaking: true },
    });
  });
});
