import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchPlan } from '../../../electron/contract/batch-types';
import type { BatchView } from '../../../electron/contract/desk-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { inEnglish } from '../../support/english';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
beforeEach(async () => {
  simulator = await startSimulator({ slowAnswerMs: 400, ringMs: 300 });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    callLogIntervalMs: { live: 200, simulator: 100 },
    // No gap between rows: the test is about what is shown, not the pacing.
    batchClock: { now: () => Date.now(), sleep: async () => undefined },
  });
});
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

/** Every way the run's numbers are written, none of which may reach the window or a file. */
const real = [
  '067 111 22 33',
  '0671112233',
  '380671112233',
  '+44 7911 123456',
  '447911123456',
  '07911123456',
];
const blocked = ['067 999 88 77', '0679998877', '380679998877'];
const leaks = (content: string) => [...real, ...blocked].filter((number) => content.includes(number));

describe('a run with masking on', () => {
  it('shows and exports its values, rows and messages with the numbers masked, and only the numbers', async () => {
    const answers: unknown[] = [];
    const ask = async <T>(method: string, payload: unknown): Promise<T> => {
      const result = await desk.dispatch(method, payload);
      answers.push(inEnglish(result));
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    };
    const { id, name, projectId, numbers, country, target, apiUrl } = desk.profiles.active();
    // The do-not-call list is the profile's own setting, shown as typed: only what the runs show is checked.
    await desk.dispatch('updateProfile', {
      id,
      profile: { name, projectId, numbers, country, target, apiUrl, blocklist: ['+380679998877'] },
    });
    await ask('setHistorySettings', { maxEntries: 100_000, maxAgeDays: 365, maskNumbers: true });
    const request = {
      form: { method: 'extended', caller: '', callee: 'sandbox_anna', utmSource: 'spring_2025' },
      column: 'caller',
      values: '067 111 22 33\n+44 7911 123456\n067 999 88 77\nsandbox_petro\n0671112233',
    } as const;

    const plan = await ask<BatchPlan>('planBatch', request);
    expect(plan.rows.map((row) => row.value)).toEqual([
      '••••••2233',
      '••••••••3456',
      '••••••8877',
      'sandbox_petro',
      '••••••2233',
    ]);
    expect(inEnglish(plan.rows.map((row) => row.error))).toEqual([
      null,
      null,
      '+••••••••8877 is on this profile’s do-not-call list: it is never called from here.',
      null,
      'The same callback as row 1: a run sends each once.',
    ]);
    expect(plan.rows[0]?.form).toMatchObject({ caller: '••••••2233', utmSource: 'spring_2025' });

    await ask('startBatch', { ...request, gapMs: 1_000, stopOnFailure: false, tag: 'qa' });
    await desk.batch.settled();
    const view = await ask<BatchView>('getBatch', undefined);
    expect(view).toMatchObject({ status: 'finished', sent: 3 });
    // What was sent was the real numbers: masking is only what is shown.
    expect(simulator.calls().map((call) => call.caller)).toEqual([
      '380671112233',
      '447911123456',
      'sandbox_petro',
    ]);

    await ask('exportBatch', { format: 'json', maskNumbers: false });
    await ask('exportBatch', { format: 'csv', maskNumbers: false });
    const [jsonFile = '', csvFile = ''] = desk.exports;
    const json = readFileSync(jsonFile, 'utf8');
    expect((JSON.parse(json) as { value: string }[]).map((row) => row.value)).toEqual(
      plan.rows.map((row) => row.value),
    );
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^1,••••••2233,,,passed,done,accepted,200,/);

    expect(leaks(JSON.stringify(answers))).toEqual([]);
    expect(leaks(json)).toEqual([]);
    expect(leaks(csv)).toEqual([]);
  });

  it('leaves a run of scheme ids as it is: they are not numbers', async () => {
    await desk.dispatch('setHistorySettings', { maxEntries: 100_000, maxAgeDays: 365, maskNumbers: true });
    const plan = await desk.dispatch('planBatch', {
      form: { method: 'extended', caller: '067 111 22 33', callee: '', calleeType: 'scheme' },
      column: 'callee',
      values: '101\n1234567',
    });
    expect(plan).toMatchObject({
      ok: true,
      value: { rows: [{ value: '101', form: { caller: '••••••2233' } }, { value: '1234567' }] },
    });
  });
});
