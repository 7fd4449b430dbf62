import { english, inEnglish } from '../../support/english';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkApiTarget, sendCallback, type ApiTarget } from '../../../electron/ringostat/client';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { prepareCallback } from '../../../electron/ringostat/prepare';
import type { CallbackForm, PreparedCallback } from '../../../electron/contract/callback-types';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { closedPortUrl, startLoopbackServer } from '../../support/loopback-server';

function prepared(form: CallbackForm): PreparedCallback {
  const result = prepareCallback(form, 'UA');
  if (!result.ok) throw new Error(result.error.map((error) => english(error.message)).join('; '));
  return result.value;
}

const extended = (caller: string, extra: Partial<CallbackForm> = {}): PreparedCallback =>
  prepared({
    method: 'extended',
    caller,
    callee: 'sandbox_anna',
    projectId: sandbox.projectId,
    ...extra,
  } as CallbackForm);

/** Sends once through the real transport and reads the result in English. */
async function send(callback: PreparedCallback, apiTarget: ApiTarget, timeoutMs?: number) {
  return inEnglish(
    await sendCallback(callback, apiTarget, {
      transport: nodeTransport,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    }),
  );
}

describe('the client against the simulator, over loopback HTTP', () => {
  let simulator: RunningSimulator;
  let target: ApiTarget;
  beforeAll(async () => {
    simulator = await startSimulator({ slowAnswerMs: 300 });
    target = { apiUrl: simulator.url, authKey: sandbox.authKey };
  });
  afterAll(() => simulator.close());

  it('places an extended callback: accepted, and the simulator logs exactly that call', async () => {
    const before = simulator.calls().length;
    const result = await send(extended('+38 067 111 22 33'), target);
    expect(result.outcome).toBe('accepted');
    expect(result.httpStatus).toBe(200);
    expect(result.explanation).toContain('It rings the employee side (SIP sandbox_anna) first');
    expect(simulator.calls().slice(before)).toMatchObject([{ caller: '380671112233', dst: 'sandbox_anna' }]);
  });

  it('places a simple callback from a project number', async () => {
    const callback = prepared({ method: 'simple', extension: '044 111 22 33', destination: '067 111 22 33' });
    const result = await send(callback, target);
    expect(result.outcome).toBe('accepted');
  });

  it('reports a wrong key as rejected with 401 and the plain reason', async () => {
    const result = await send(extended('0671112233'), { ...target, authKey: 'wrong-key-123456' });
    expect(result).toMatchObject({ outcome: 'rejected', httpStatus: 401 });
    expect(result.message).toContain('missing or wrong');
  });

  it('reports a key without access as rejected with 403', async () => {
    const result = await send(extended('0671112233'), { ...target, authKey: sandbox.noAccessKey });
    expect(result).toMatchObject({ outcome: 'rejected', httpStatus: 403 });
  });

  it('reports a JSON-RPC refusal inside HTTP 200 as rejected, not accepted', async () => {
    const result = await send(extended('+380 50 000 0001'), target);
    expect(result).toMatchObject({ outcome: 'rejected', httpStatus: 200 });
    expect(result.serverMessage).toBe('Outgoing calls to this number are forbidden');
  });

  it('waits for a slow answer within the timeout', async () => {
    const result = await send(extended('+380 50 000 0002'), target);
    expect(result.outcome).toBe('accepted');
    expect(result.latencyMs).toBeGreaterThanOrEqual(250);
  });

  it('reports a 500 as unknown', async () => {
    const result = await send(extended('+380 50 000 0003'), target);
    expect(result).toMatchObject({ outcome: 'unknown', httpStatus: 500 });
  });

  it('reports an HTML page with HTTP 200 as unknown, although the call was placed', async () => {
    const before = simulator.calls().length;
    const result = await send(extended('+380 50 000 0005'), target);
    expect(result).toMatchObject({ outcome: 'unknown', httpStatus: 200 });
    expect(simulator.calls().length).toBe(before + 1);
  });

  it('gives up on a silent server: unknown, after exactly one request', async () => {
    const before = simulator.requestCount('/a/v2');
    const result = await send(extended('+380 50 000 0004'), target, 300);
    expect(result).toMatchObject({ outcome: 'unknown', httpStatus: null });
    expect(result.message).toContain('no answer within 0.3 s');
    expect(simulator.requestCount('/a/v2')).toBe(before + 1);
  });
});

describe('the client against servers that misbehave', () => {
  it('a server that never answers: one request, outcome unknown', async () => {
    const server = await startLoopbackServer({ kind: 'silence' });
    try {
      const result = await send(
        extended('0671112233'),
        { apiUrl: server.url, authKey: 'test-key-0123456789' },
        200,
      );
      expect(result.outcome).toBe('unknown');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('a reset connection after the request arrived: unknown', async () => {
    const server = await startLoopbackServer({ kind: 'reset' });
    try {
      const result = await send(extended('0671112233'), {
        apiUrl: server.url,
        authKey: 'test-key-0123456789',
      });
      expect(result.outcome).toBe('unknown');
      expect(result.message).toContain('the connection was reset');
      expect(server.received).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('nothing listening: not sent', async () => {
    const result = await send(extended('0671112233'), {
      apiUrl: await closedPortUrl(),
      authKey: 'test-key-0123456789',
    });
    expect(result).toMatchObject({ outcome: 'not-sent', httpStatus: null });
    expect(result.message).toContain('the connection was refused. Nothing was sent.');
  });

  it('a TLS handshake that never completes: not sent, since nothing of the request left', async () => {
    const sockets = new Set<net.Socket>();
    const server = net.createServer((socket) => sockets.add(socket)); // accepts TCP, never speaks TLS
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await send(
        extended('0671112233'),
        { apiUrl: `https://127.0.0.1:${port}`, authKey: 'test-key-0123456789' },
        200,
      );
      expect(result.outcome).toBe('not-sent');
      expect(result.message).toContain('no connection within 0.2 s');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a server that echoes the key back: the key appears nowhere in the result', async () => {
    const key = 'echoed-secret-key-9876';
    const server = await startLoopbackServer({
      kind: 'answer',
      status: 400,
      body: JSON.stringify({ message: `Bad key ${key} for project` }),
    });
    try {
      const result = await send(extended('0671112233'), { apiUrl: server.url, authKey: key });
      expect(server.received[0]?.headers['auth-key']).toBe(key);
      expect(result.outcome).toBe('rejected');
      expect(result.serverMessage).toBe('Bad key [redacted] for project');
      expect(JSON.stringify(result)).not.toContain(key);
    } finally {
      await server.close();
    }
  });
});

describe('checking the target before sending', () => {
  it('refuses a missing key, a key with spaces and plain http elsewhere, never repeating the key', () => {
    expect(checkApiTarget('https://api.ringostat.net', undefined)).toMatchObject({
      ok: false,
      error: [{ field: 'authKey' }],
    });
    const spaced = checkApiTarget('https://api.ringostat.net', 'my secret key');
    expect(spaced).toMatchObject({ ok: false, error: [{ field: 'authKey' }] });
    expect(JSON.stringify(spaced)).not.toContain('my secret key');
    expect(checkApiTarget('http://example.com', 'abcdefgh12345678')).toMatchObject({
      ok: false,
      error: [{ field: 'apiUrl' }],
    });
  });
});
