import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackPreview, SentCallback } from '../../../electron/contract/desk-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

async function setUp() {
  simulator = await startSimulator();
  desk = testDesk({ transport: nodeTransport, simulatorUrl: () => simulator.url, timeoutMs: 3_000 });
}

const notSent = { method: 'extended', caller: '380500000010', callee: 'sandbox_anna' } as const;

describe('the sandbox’s "not sent" scenario in the app', () => {
  it('previews, sends and records the request to the scenario address: refused, nothing reached the simulator', async () => {
    await setUp();
    const preview = await desk.dispatch('previewCallback', { form: notSent });
    const address = `http://[::1]:${simulator.port}/a/v2`;
    expect((preview.ok && (preview.value as CallbackPreview).request?.url) || '').toBe(address);
    const sent = await desk.dispatch('sendCallback', { form: notSent });
    if (!sent.ok) throw new Error(JSON.stringify(sent.error));
    const result = sent.value as SentCallback;
    expect(result).toMatchObject({ outcome: 'not-sent', httpStatus: null, request: { url: address } });
    expect(simulator.requestCount()).toBe(0);
    const entry = await desk.history.get(result.historyId);
    expect(entry).toMatchObject({ outcome: 'not-sent', request: { url: address } });
  });

  it('leaves every other sandbox callback on the simulator itself', async () => {
    await setUp();
    const sent = await desk.dispatch('sendCallback', { form: { ...notSent, caller: '380671112233' } });
    expect(sent).toMatchObject({
      ok: true,
      value: { outcome: 'accepted', request: { url: `${simulator.url}/a/v2` } },
    });
    expect(simulator.requestCount('/a/v2')).toBe(1);
  });
});
