import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallLogAttempt, CallLogView } from '../../../electron/contract/call-log-types';
import type { SentCallback } from '../../../electron/contract/desk-types';
import { translate } from '../../../electron/contract/i18n/translate';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

/** One clock for the simulator and main, moved only by the test. */
let clock = 0;
const now = () => new Date(clock);
const pass = (ms: number) => (clock += ms);

async function setUp() {
  clock = Date.parse('2026-11-26T10:00:00Z');
  simulator = await startSimulator({ ringMs: 3_000, now });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    // The history's own search for each accepted call waits far beyond these tests.
    callLogIntervalMs: { live: 600_000, simulator: 600_000 },
    now,
  });
}

/** Places a call straight on the simulator, as another integration would: no attempt in this app's history. */
async function placeElsewhere(caller: string, callee: string, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${simulator.url}/a/v2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Auth-key': sandbox.authKey },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'Api\\V2\\Callback.external',
      params: { caller, callee, projectId: sandbox.projectId, ...extra },
    }),
  });
  expect(response.status).toBe(200);
}

async function read(filter: Record<string, string> = {}, window: unknown = { kind: 'last', minutes: 15 }) {
  const result = await desk.dispatch('readCallLog', { window, filter });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CallLogView;
}

/**
 * Reads of the call log. A profile's first read takes two requests (the
 * simulator, like some projects, calls `client_id` incorrect); later reads
 * leave that field out at once.
 */
const reads = () => simulator.requestCount('/calls/list') - 1;

describe('refresh pacing', () => {
  it('reads the simulator at most every 2 s: sooner, the last read answers and Ringostat is not asked', async () => {
    await setUp();
    expect((await read()).refreshInMs).toBe(2_000);
    expect(reads()).toBe(1);
    pass(1_500);
    expect((await read()).refreshInMs).toBe(500);
    expect(reads()).toBe(1);
    pass(500);
    await read();
    expect(reads()).toBe(2);
  });

  it('reads a live project at most every 15 s', async () => {
    await setUp();
    const created = desk.profiles.create({
      name: 'Live',
      projectId: sandbox.projectId,
      numbers: [],
      country: 'UA',
      target: 'ringostat',
      apiUrl: simulator.url,
    });
    if (!created.ok) throw new Error('the live profile was refused');
    desk.profiles.setKey(desk.profiles.active().id, sandbox.authKey, 'encrypted');
    const first = await read();
    expect(first).toMatchObject({ live: true, refreshInMs: 15_000 });
    pass(14_999);
    await read();
    expect(reads()).toBe(1);
    pass(1);
    await read();
    expect(reads()).toBe(2);
  });

  it('answers a change of filter from the last read, and a new window with a read of its own', async () => {
    await setUp();
    await read();
    await read({ status: 'BUSY' });
    expect(reads()).toBe(1);
    await read({}, { kind: 'today' });
    expect(reads()).toBe(2);
  });
});

describe('rows as they form', () => {
  it('shows a new call provisional while it rings, then final once it reads the same twice', async () => {
    await setUp();
    await placeElsewhere('380671112233', 'sandbox_anna');
    pass(1_000);
    const ringing = await read();
    expect(ringing.lines.map((line) => [line.row.disposition, line.state])).toEqual([
      ['NO ANSWER', 'provisional'],
    ]);
    pass(3_000);
    const ended = await read();
    expect(ended.lines.map((line) => [line.row.disposition, line.state])).toEqual([
      ['ANSWERED', 'provisional'],
    ]);
    pass(2_000);
    const settled = await read();
    expect(settled.lines.map((line) => [line.row.disposition, line.state])).toEqual([['ANSWERED', 'final']]);
    expect(settled.lines[0]?.key).toBe(ringing.lines[0]?.key);
  });
});

describe('filters', () => {
  it('keep the rows of a direction, a status or an employee, and offer what the window holds', async () => {
    await setUp();
    await placeElsewhere('380671112233', 'sandbox_anna');
    await placeElsewhere('380500000006', 'sandbox_petro', { direction: 'in', utmSource: 'google' });
    await placeElsewhere('380500000007', 'sandbox_anna');
    pass(4_000);
    const all = await read();
    expect(all).toMatchObject({ total: 3, matching: 3 });
    expect(all.choices).toEqual({
      direction: ['in', 'out'],
      status: ['ANSWERED', 'BUSY', 'NO ANSWER'],
      employee: ['Anna Kovalenko', 'Petro Shevchenko'],
    });
    const busy = await read({ status: 'BUSY' });
    expect(busy).toMatchObject({ total: 3, matching: 1 });
    expect(busy.lines[0]?.row).toMatchObject({
      caller: '380500000006',
      call_type: 'in',
      utm_source: 'google',
    });
    expect(
      (await read({ direction: 'out', employee: 'Anna Kovalenko' })).lines.map((line) => line.row.caller),
    ).toEqual(['380500000007', '380671112233']);
  });
});

describe('the attempt that placed a row', () => {
  it('is the history attempt matched as the history matches, with the request as sent; other rows have none', async () => {
    await setUp();
    await placeElsewhere('380671112299', 'sandbox_petro');
    pass(1_000);
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' },
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
    const historyId = (sent.value as SentCallback).historyId;
    pass(1_000);
    const view = await read();
    const byCaller = Object.fromEntries(view.lines.map((line) => [line.row.caller, line.historyId]));
    expect(byCaller).toEqual({ '380671112233': historyId, '380671112299': null });
    const attempt = await desk.dispatch('getCallLogAttempt', { historyId });
    expect(attempt).toMatchObject({ ok: true, value: { id: historyId, outcome: 'accepted', masked: false } });
    const request = (attempt.ok && (attempt.value as CallLogAttempt).request) || '';
    expect(request).toContain(`POST ${simulator.url}/a/v2`);
    expect(request).toContain('Auth-key: [redacted]');
    expect(request).toContain('"caller": "380671112233"');
    expect(request).not.toContain(sandbox.authKey);
  });
});

describe('calls to two forwarding schemes a moment apart', () => {
  it('are each matched to their own attempt, by the scheme the row names', async () => {
    await setUp();
    const send = async (scheme: string) => {
      const sent = await desk.dispatch('sendCallback', {
        form: { method: 'extended', caller: '0671112233', callee: scheme, calleeType: 'scheme' },
      });
      if (!sent.ok) throw new Error(JSON.stringify(sent.error));
      return (sent.value as SentCallback).historyId;
    };
    const first = await send('101');
    pass(900);
    const second = await send('102');
    pass(1_000);
    const view = await read();
    expect(Object.fromEntries(view.lines.map((line) => [line.row.dst, line.historyId]))).toEqual({
      '101': first,
      '102': second,
    });
  });
});

describe('masking', () => {
  it('with masking on, no number of a row or of its attempt reaches the window', async () => {
    await setUp();
    desk.preferences.setMaskNumbers(true);
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '+38 067 111 22 33', callee: '0501234567' },
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
    await placeElsewhere('380931112244', 'sandbox_anna');
    pass(4_000);
    const view = await read();
    expect(view.masked).toBe(true);
    expect(view.lines.map((line) => line.row.caller).sort()).toEqual(['••••••••2233', '••••••••2244']);
    const attempt = await desk.dispatch('getCallLogAttempt', {
      historyId: view.lines.find((line) => line.historyId)?.historyId ?? '',
    });
    expect(attempt).toMatchObject({ ok: true, value: { masked: true } });
    const shown = JSON.stringify([view, attempt]);
    for (const digits of ['671112233', '501234567', '931112244']) expect(shown).not.toContain(digits);
    // Ids, times and names are left as they are.
    expect(shown).toContain('Anna Kovalenko');
    expect(shown).toContain(view.lines[0]?.key ?? 'no key');
  });
});

describe('a window with more calls than the app reads at once', () => {
  it('says the answer was cut and asks for a shorter window, rather than "not JSON"', async () => {
    simulator = await startSimulator();
    const row = {
      calldate: '2026-11-26T12:00:00+0200',
      caller: '380671112233',
      dst: 'sandbox_anna',
      disposition: 'ANSWERED',
    };
    const rows = JSON.stringify(
      Array.from({ length: 6_500 }, (_, index) => ({ ...row, uniqueid: `u${index}` })),
    );
    desk = testDesk({
      transport: async () => ({
        kind: 'answer',
        // As the transport hands a long answer over: its start only, marked as cut.
        answer: {
          status: 200,
          contentType: 'application/json',
          body: rows.slice(0, 300_000),
          truncated: true,
        },
        latencyMs: 1,
      }),
      simulatorUrl: () => simulator.url,
    });
    const view = await read({}, { kind: 'today' });
    expect(view.lines).toEqual([]);
    expect(translate(view.problem ?? '', 'en')).toBe(
      `${new URL(simulator.url).host} answered with more than 256 KB, more than the app reads at once, so the answer was cut. Choose a shorter window.`,
    );
  });
});

describe('masking a project that writes numbers as JSON numbers', () => {
  it('masks them all the same, and offers the employee filter masked too', async () => {
    await setUp();
    // A project's server: its call log writes the caller as a number and an employee by number alone.
    const rows = [
      {
        calldate: '2026-11-26 11:58:00',
        caller: 380671112233,
        dst: '380441234567',
        connected_with: '380501234567',
        employee_fio: '380501234567',
        disposition: 'ANSWERED',
        call_type: 'in',
        billsec: 12,
        duration: 20,
        uniqueid: 'row-1',
      },
    ];
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(rows));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const created = await desk.dispatch('createProfile', {
        profile: {
          name: 'Shop',
          projectId: '10001',
          numbers: [],
          country: 'UA',
          target: 'ringostat',
          apiUrl: `http://127.0.0.1:${port}`,
          timeZone: 'Europe/Kyiv',
        },
      });
      const id = created.ok ? (created.value as { activeId: string }).activeId : '';
      desk.profiles.setKey(id, 'shop-auth-key-00000000', 'encrypted');
      desk.preferences.setMaskNumbers(true);
      const view = await read({}, { kind: 'last', minutes: 60 });
      expect(view.lines).toHaveLength(1);
      expect(view.lines[0]?.row.caller).toBe('••••••••2233');
      expect(view.choices.employee).toEqual(['••••••••4567']);
      // The filter the window offers finds the row it came from.
      expect((await read({ employee: '••••••••4567' }, { kind: 'last', minutes: 60 })).matching).toBe(1);
      const shown = JSON.stringify(view);
      for (const digits of ['671112233', '501234567', '441234567']) expect(shown).not.toContain(digits);
    } finally {
      server.close();
    }
  });
});
