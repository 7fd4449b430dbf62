import { inEnglish } from '../../support/english';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallLogState } from '../../../electron/contract/read-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

/** `startAt`: the moment the clock reads when the test starts; it then runs as real time does. */
async function setUp(startAt?: string) {
  const shift = startAt === undefined ? 0 : Date.parse(startAt) - Date.now();
  const now = () => new Date(Date.now() + shift);
  simulator = await startSimulator({ ringMs: 600, now });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    callLogIntervalMs: { live: 200, simulator: 150 },
    now,
  });
}

/** Follows the watcher as the panel would, recording each status it reports. */
async function follow(historyId: string): Promise<CallLogState[]> {
  const seen: CallLogState[] = [];
  for (let n = 0; n < 60; n += 1) {
    const state = await desk.dispatch('watchCallLog', { historyId });
    if (!state.ok) throw new Error(JSON.stringify(state.error));
    const value = state.value as CallLogState;
    seen.push(value);
    if (value.status !== 'searching' && value.status !== 'provisional') return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen;
}

describe('following a callback into the call log', () => {
  it('finds the row, shows it provisional while it rings, keeps the settled row on the history entry', async () => {
    await setUp();
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '380500000006', callee: 'sandbox_anna' },
    });
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    const seen = await follow(historyId);
    expect(
      seen.some((state) => state.status === 'provisional' && state.row?.disposition === 'NO ANSWER'),
    ).toBe(true);
    expect(seen.at(-1)).toMatchObject({
      status: 'final',
      row: { disposition: 'BUSY', caller: '380500000006' },
    });
    const entry = await desk.history.get(historyId);
    expect(entry?.callLog).toMatchObject({ status: 'final', row: { disposition: 'BUSY' } });
    expect(simulator.requestCount('/a/v2')).toBe(1);
  });

  it('answers "did it ring?" for an attempt whose outcome was unknown', async () => {
    await setUp();
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '380500000005', callee: 'sandbox_petro' }, // placed, then an HTML answer
    });
    expect(sent).toMatchObject({ ok: true, value: { outcome: 'unknown' } });
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    expect((await follow(historyId)).at(-1)).toMatchObject({
      status: 'final',
      row: { disposition: 'ANSWERED' },
    });
  });

  it('does not look for a call Ringostat refused, and reads nothing for it', async () => {
    await setUp();
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '380500000001', callee: 'sandbox_anna' }, // refused
    });
    expect(sent).toMatchObject({ ok: true, value: { outcome: 'rejected' } });
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    const watched = await desk.dispatch('watchCallLog', { historyId });
    expect(inEnglish(watched)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Ringostat did not take this callback, so no call was placed to look for.',
      },
    });
    expect(simulator.requestCount('/calls/list')).toBe(0);
  });

  it('follows an attempt asked for twice at once in one search, and says when it has ended', async () => {
    await setUp();
    const sent = await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '380500000007', callee: 'sandbox_anna' },
    });
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    // The send has already started a search, still reading the entry: this joins it.
    const settled = await desk.callLog.settled(historyId);
    expect(settled).toMatchObject({
      ok: true,
      value: { status: 'final', row: { disposition: 'NO ANSWER' } },
    });
    expect(desk.callLog.peek(historyId)).toEqual(settled.ok ? settled.value : null);
  });

  // Kyiv: on 30 March 2025 the clocks jumped from 03:00 to 04:00 (01:00 UTC); on 26 October they went back
  // from 04:00 to 03:00, so 03:00 to 04:00 came twice. The sandbox project is in Kyiv.
  for (const [when, sentAt] of [
    ['in the hour before the clocks go forward', '2025-03-30T00:20:00Z'],
    ['the first time a repeated hour comes round', '2025-10-26T00:20:00Z'],
    ['the second time a repeated hour comes round', '2025-10-26T01:20:00Z'],
  ] as const) {
    it(`finds the row of a callback placed ${when}`, async () => {
      await setUp(sentAt);
      const sent = await desk.dispatch('sendCallback', {
        form: { method: 'extended', caller: '380500000006', callee: 'sandbox_anna' },
      });
      const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
      expect((await follow(historyId)).at(-1)).toMatchObject({
        status: 'final',
        row: { disposition: 'BUSY', caller: '380500000006' },
      });
    });
  }
});
