// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchView } from '../../../electron/contract/desk-types';
import type { RunComparison, RunSummary } from '../../../electron/contract/batch-types';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import type { CallbackTemplate } from '../../../electron/contract/template-types';
import { inEnglish } from '../../support/english';
import { readJunit } from '../../support/junit-xml';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
beforeEach(async () => {
  // A ringing call shows zero durations; 600 ms of ringing logs as 1 s, so a busy or unanswered row settles.
  simulator = await startSimulator({ slowAnswerMs: 400, ringMs: 600 });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    callLogIntervalMs: { live: 100, simulator: 100 },
    batchClock: { now: () => Date.now(), sleep: async () => undefined },
  });
});
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

async function ask<T>(method: string, payload?: unknown): Promise<T> {
  const result = await desk.dispatch(method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(inEnglish(result.error))}`);
  return result.value as T;
}

/** Saves (or replaces) the run's template and gives its id. */
async function saveTemplate(form: CallbackFormInput, id?: string): Promise<string> {
  const templates = await ask<CallbackTemplate[]>('saveTemplate', {
    id,
    name: 'Scenario check',
    description: '',
    shared: true,
    form,
  });
  return templates.find((template) => template.name === 'Scenario check')?.id ?? '';
}

/** Runs the values through the template and waits until the run is kept with its call-log endings. */
async function run(templateId: string, form: CallbackFormInput, values: string): Promise<BatchView> {
  await ask('startBatch', {
    form,
    column: 'caller',
    values,
    gapMs: 1_000,
    stopOnFailure: false,
    tag: 'qa',
    templateId,
  });
  await desk.batch.settled();
  await desk.batch.kept();
  return ask<BatchView>('getBatch');
}

const anna = { method: 'extended', caller: '', callee: 'sandbox_anna' } as const;
const values = [
  'value,expect,expect_call',
  '380500000006,accepted,BUSY',
  '380500000007,accepted,ANSWERED',
  '380500000001,rejected,',
  '0671112233,,',
].join('\n');

describe('a run with expectations, through the real handlers and the simulator', () => {
  it('waits for each expected call-log ending, and says per row what passed and what did not', async () => {
    const view = await run(await saveTemplate(anna), anna, values);
    expect(view.template).toEqual({ id: expect.any(String), name: 'Scenario check' });
    expect(
      inEnglish(view.rows).map((row) => [row.value, row.call?.ending ?? null, row.check.verdict]),
    ).toEqual([
      ['380500000006', 'BUSY', 'passed'],
      ['380500000007', 'NO ANSWER', 'failed'],
      ['380500000001', null, 'passed'],
      ['0671112233', null, 'passed'],
    ]);
    expect(simulator.requestCount('/a/v2')).toBe(4);
    // The ending the run waited for is the one the history keeps.
    const entry = await desk.history.get(view.rows[1]?.result?.historyId ?? '');
    expect(entry?.callLog).toMatchObject({ status: 'final', row: { disposition: 'NO ANSWER' } });
  });

  it('exports the JUnit report: the request as sent, key redacted, numbers masked only when asked', async () => {
    await run(await saveTemplate(anna), anna, values);
    // Both exports suggest the same file name: each is read before the next is written.
    await ask('exportBatch', { format: 'junit', maskNumbers: false });
    const plain = readFileSync(desk.exports[0] ?? '', 'utf8');
    expect(desk.exports[0]).toMatch(/\.xml$/);
    await ask('exportBatch', { format: 'junit', maskNumbers: true });
    const masked = readFileSync(desk.exports[1] ?? '', 'utf8');
    const [suite] = readJunit(plain);
    expect(suite).toMatchObject({ name: 'Scenario check', counts: { tests: 4, failures: 1, skipped: 0 } });
    expect(suite?.cases[1]?.failure?.message).toBe('Call-log ending: expected ANSWERED, got NO ANSWER.');
    expect(suite?.cases[3]?.systemOut).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/a\/v2\n/);
    expect(suite?.cases[3]?.systemOut).toContain('Auth-key: [redacted]');
    expect(suite?.cases[3]?.systemOut).toContain('"caller":"380671112233"');
    expect(readJunit(masked)[0]?.cases[3]?.systemOut).toContain('"caller":"••••••••2233"');
    for (const number of ['380671112233', '0671112233', '380500000006']) expect(masked).not.toContain(number);
    for (const file of [plain, masked]) expect(file).not.toContain(sandbox.authKey);
  });

  it('compares a run with an earlier run of the same template, and exports the comparison', async () => {
    const templateId = await saveTemplate(anna);
    await run(templateId, anna, values);
    expect(await ask<RunSummary[]>('listEarlierRuns')).toEqual([]);
    // The scheme changes between runs: every call now reaches a number that ends BUSY.
    const changed = { ...anna, callee: '380500000006' };
    await saveTemplate(changed, templateId);
    await run(templateId, changed, values);
    const earlier = await ask<RunSummary[]>('listEarlierRuns');
    expect(earlier).toMatchObject([{ templateName: 'Scenario check', rows: 4, passed: 3, failed: 1 }]);
    const comparison = await ask<RunComparison>('compareBatch', { earlierId: earlier[0]?.id });
    expect(comparison.changed).toBe(2);
    expect(
      comparison.rows
        .filter((row) => row.change !== 'same')
        .map((row) => [row.value, row.change, row.earlier?.callEnding, row.now?.callEnding]),
    ).toEqual([
      ['380500000007', 'call', 'NO ANSWER', 'BUSY'],
      ['0671112233', 'call', 'ANSWERED', 'BUSY'],
    ]);
    await ask('exportBatchComparison', { earlierId: earlier[0]?.id, format: 'csv', maskNumbers: true });
    const csv = readFileSync(desk.exports[0] ?? '', 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      'value,change,earlierRow,row,earlierOutcome,outcome,earlierCallEnding,callEnding,earlierVerdict,verdict',
    );
    expect(csv[1]).toBe('••••••••0007,call,2,2,accepted,accepted,NO ANSWER,BUSY,failed,failed');
    expect(csv[2]).toBe('••••••2233,call,4,4,accepted,accepted,ANSWERED,BUSY,passed,passed');
  });

  it('refuses a bad header or an unknown expectation whole, naming the line: nothing is sent', async () => {
    for (const [bad, said] of [
      ['value,expected\n0671112233,accepted', 'The header on line 1 names a column “expected”'],
      ['value,expect\n0671112233,acepted', 'Line 2: expect “acepted” is not an outcome.'],
    ] as const) {
      const started = await desk.dispatch('startBatch', {
        form: anna,
        column: 'caller',
        values: bad,
        gapMs: 1_000,
        stopOnFailure: false,
        tag: 'qa',
      });
      expect(started.ok).toBe(false);
      if (!started.ok)
        expect(inEnglish(started.error)).toMatchObject({
          code: 'invalid-input',
          message: expect.stringContaining(said),
        });
    }
    expect(simulator.requestCount('/a/v2')).toBe(0);
  });
});
