import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCallback, type ApiTarget } from '../../../electron/ringostat/client';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { prepareCallback } from '../../../electron/ringostat/prepare';
import type { PreparedCallback } from '../../../electron/contract/callback-types';
import { scenarioGallery, scenarios } from '../../../electron/shared/scenarios';
import { sandbox } from '../../../electron/simulator/sandbox';
import { sandboxTarget, scenarioAddress } from '../../../electron/simulator/scenario-address';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ ringMs: 100 });
});
afterAll(() => simulator.close());

const target = (): ApiTarget => ({ apiUrl: simulator.url, authKey: sandbox.authKey });

function prepared(caller: string, callee = 'sandbox_anna'): PreparedCallback {
  const result = prepareCallback({ method: 'extended', caller, callee, projectId: sandbox.projectId }, 'UA');
  if (!result.ok) throw new Error('the test form was refused');
  return result.value;
}

function preparedSimple(destination: string): PreparedCallback {
  const result = prepareCallback(
    { method: 'simple', extension: sandbox.projectNumbers[0], destination },
    'UA',
  );
  if (!result.ok) throw new Error('the test form was refused');
  return result.value;
}

const send = (callback: PreparedCallback, to = target()) =>
  sendCallback(callback, to, { transport: nodeTransport, timeoutMs: 3_000 });

describe('an invalid party, refused both ways real integrations report', () => {
  it('380500000008 is refused with HTTP 400, as the vendor page says, by either method; no call', async () => {
    const placedBefore = simulator.calls().length;
    const extended = await send(prepared('380500000008'));
    expect(extended).toMatchObject({ outcome: 'rejected', httpStatus: 400 });
    expect(JSON.parse(extended.answer?.body ?? '')).toEqual({ message: 'caller or callee are not valid' });
    const simple = await send(preparedSimple('380500000008'));
    expect(simple).toMatchObject({ outcome: 'rejected', httpStatus: 400 });
    expect(simulator.calls()).toHaveLength(placedBefore);
  });

  it('380500000009 is refused with a JSON-RPC error inside HTTP 200, by either method; no call', async () => {
    const placedBefore = simulator.calls().length;
    const extended = await send(prepared('380500000009'));
    expect(extended).toMatchObject({ outcome: 'rejected', httpStatus: 200 });
    expect(JSON.parse(extended.answer?.body ?? '')).toMatchObject({
      jsonrpc: '2.0',
      error: { code: -32602, message: 'Invalid params: caller or callee are not valid' },
    });
    const simple = await send(preparedSimple('380500000009'));
    expect(simple).toMatchObject({ outcome: 'rejected', httpStatus: 200 });
    expect(simulator.calls()).toHaveLength(placedBefore);
  });
});

describe('"not sent": the scenario address', () => {
  it('is the simulator’s port on the IPv6 loopback, where nothing listens', async () => {
    const address = scenarioAddress(simulator.url);
    expect(address).toBe(`http://[::1]:${simulator.port}`);
    const requestsBefore = simulator.requestCount();
    const result = await send(prepared('380671112233'), { ...target(), apiUrl: address });
    expect(result).toMatchObject({ outcome: 'not-sent', httpStatus: null, answer: null });
    expect(simulator.requestCount()).toBe(requestsBefore);
  });

  it('receives the sandbox’s 380500000010, as caller, callee or destination, and nothing else', () => {
    const address = scenarioAddress(simulator.url);
    expect(sandboxTarget(target(), prepared('380500000010')).apiUrl).toBe(address);
    expect(sandboxTarget(target(), prepared('380671112233', '380500000010')).apiUrl).toBe(address);
    expect(sandboxTarget(target(), preparedSimple('380500000010')).apiUrl).toBe(address);
    expect(sandboxTarget(target(), prepared('380500000006')).apiUrl).toBe(simulator.url);
    expect(sandboxTarget(target(), prepared('380671112233')).apiUrl).toBe(simulator.url);
  });

  it('380500000010 sent to the simulator itself (an integration of its own) loses its connection unanswered', async () => {
    const placedBefore = simulator.calls().length;
    const result = await send(prepared('380500000010'));
    expect(result).toMatchObject({ outcome: 'unknown', httpStatus: null, answer: null });
    expect(simulator.calls()).toHaveLength(placedBefore);
  });
});

describe('the gallery’s list', () => {
  it('offers every scenario once, after an ordinary call, and every outcome and ending among them', () => {
    expect(scenarioGallery.map((entry) => entry.caller)).toEqual([
      '380631112233',
      ...scenarios.map((scenario) => scenario.number),
    ]);
    expect(new Set(scenarioGallery.map((entry) => entry.outcome))).toEqual(
      new Set(['accepted', 'rejected', 'unknown', 'not-sent']),
    );
    expect(new Set(scenarioGallery.map((entry) => entry.ending))).toEqual(
      new Set(['ANSWERED', 'BUSY', 'NO ANSWER', null]),
    );
  });

  it('says what each entry leads to, and the simulator does exactly that', async () => {
    const sandboxed = (callback: PreparedCallback) => send(callback, sandboxTarget(target(), callback));
    // The slow and silent ones wait on purpose; their words are checked in the app's own tests.
    const quick = scenarioGallery.filter((entry) => entry.name !== 'slow' && entry.name !== 'silent');
    for (const entry of quick) {
      const placedBefore = simulator.calls().length;
      const result = await sandboxed(prepared(entry.caller, entry.callee));
      expect({ name: entry.name, outcome: result.outcome }).toEqual({
        name: entry.name,
        outcome: entry.outcome,
      });
      const placed = simulator.calls().slice(placedBefore);
      expect({ name: entry.name, ending: placed[0]?.disposition ?? null }).toEqual({
        name: entry.name,
        ending: entry.ending,
      });
    }
  });
});
