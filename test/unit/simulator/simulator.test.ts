import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCallDate } from '../../../electron/ringostat/project-time';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ now: () => new Date('2026-07-01T09:30:47Z') });
});
afterAll(() => simulator.close());

function postExtended(params: Record<string, unknown>, key: string = sandbox.authKey, id: unknown = 1) {
  return fetch(`${simulator.url}/a/v2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Auth-key': key },
    body: JSON.stringify({ jsonrpc: '2.0', id, method: 'Api\\V2\\Callback.external', params }),
  });
}

function postSimple(form: Record<string, string>, key: string | null = sandbox.authKey) {
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (key !== null) headers['Auth-key'] = key;
  return fetch(`${simulator.url}/callback/outward_call`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
  });
}

const base = { caller: '380671112233', callee: 'sandbox_anna', projectId: sandbox.projectId };

describe('the simulator’s callback endpoints', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers 401 without a key or with a wrong one, 403 for a key without access', async () => {
    expect((await postSimple({ extension: '380441112233', destination: '380671112233' }, null)).status).toBe(
      401,
    );
    expect((await postExtended(base, 'wrong')).status).toBe(401);
    expect((await postExtended(base, sandbox.noAccessKey)).status).toBe(403);
    expect((await postExtended({ ...base, projectId: '99999' })).status).toBe(403);
  });

  it('answers 400 for a missing parameter, naming it', async () => {
    const response = await postExtended({ caller: '380671112233', projectId: sandbox.projectId });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: 'Missing parameter: callee' });
  });

  it('answers 400 when the body is not JSON', async () => {
    const response = await fetch(`${simulator.url}/a/v2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Auth-key': sandbox.authKey },
      body: '[object Object]',
    });
    expect(response.status).toBe(400);
  });

  it('refuses an invalid number with a JSON-RPC error inside HTTP 200', async () => {
    const response = await postExtended({ ...base, caller: '+380671112233' }, sandbox.authKey, 42);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 42, error: { code: -32602 } });
  });

  it('refuses an unknown forwarding scheme inside HTTP 200 and accepts a known one', async () => {
    const unknown = await postExtended({ ...base, callee_type: 'scheme', callee: '999' });
    expect(await unknown.json()).toMatchObject({
      error: { message: 'Forwarding scheme 999 not found in the project' },
    });
    const known = await postExtended({ ...base, callee_type: 'scheme', callee: '101' });
    expect(await known.json()).toMatchObject({ result: true });
  });

  it('takes only the project’s incoming numbers as the simple method’s extension', async () => {
    const refused = await postSimple({ extension: '380671112233', destination: '380501112233' });
    expect(refused.status).toBe(400);
    const accepted = await postSimple({ extension: sandbox.projectNumbers[0], destination: '380501112233' });
    expect(accepted.status).toBe(200);
  });

  it('records direction out as an outbound call without traffic-source labels', async () => {
    await postExtended({ ...base, direction: 'out', manager_dst: 0, utmSource: 'google' });
    expect(simulator.calls().at(-1)).toMatchObject({
      call_type: 'out',
      caller: '380671112233',
      dst: 'sandbox_anna',
      connected_with: 'sandbox_anna',
      rang_first: '380671112233',
      utm_source: null,
      calldate: '2026-07-01T12:30:47+0300',
    });
  });

  it('records direction in as an inbound call with its UTM labels, manager_dst read by the in table', async () => {
    await postExtended({ ...base, direction: 'in', manager_dst: 0, utmSource: 'google', utmMedium: 'cpc' });
    expect(simulator.calls().at(-1)).toMatchObject({
      call_type: 'in',
      rang_first: 'sandbox_anna',
      utm_source: 'google',
      utm_medium: 'cpc',
    });
  });

  it('serves its call log at /sandbox/calls', async () => {
    const response = await fetch(`${simulator.url}/sandbox/calls`);
    expect(await response.json()).toEqual(simulator.calls());
  });

  it('answers 404 for other paths and 405 for GET on a callback endpoint', async () => {
    expect((await fetch(`${simulator.url}/nope`)).status).toBe(404);
    expect((await fetch(`${simulator.url}/a/v2`)).status).toBe(405);
  });
});

describe('the simulator’s call log window', () => {
  it('refuses a project time the clocks skip, saying so, rather than read it an hour off', async () => {
    const ask = (from: string) =>
      fetch(`${simulator.url}/calls/list?${new URLSearchParams({ from, to: '2025-03-30 05:00:00' })}`, {
        headers: { 'Auth-key': sandbox.authKey },
      });
    const skipped = await ask('2025-03-30 03:30:00');
    expect(skipped.status).toBe(400);
    expect(await skipped.text()).toContain('a time the clocks skip in Europe/Kyiv');
    expect((await ask('2025-03-30 02:30:00')).status).toBe(200);
  });
});

describe('call dates', () => {
  it('are written in the project’s zone with its offset, summer and winter', () => {
    expect(formatCallDate(new Date('2019-06-02T06:30:47Z'), 'Europe/Kyiv')).toBe('2019-06-02T09:30:47+0300');
    expect(formatCallDate(new Date('2019-01-02T06:30:47Z'), 'Europe/Kyiv')).toBe('2019-01-02T08:30:47+0200');
    expect(formatCallDate(new Date('2019-01-02T06:30:47Z'), 'UTC')).toBe('2019-01-02T06:30:47+0000');
  });
});
