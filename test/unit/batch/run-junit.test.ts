// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { batchRows } from '../../../electron/batch/batch-export';
import { maskBatchRows, maskRowRequest } from '../../../electron/batch/batch-masking';
import { planBatch } from '../../../electron/batch/batch-plan';
import type { BatchRow } from '../../../electron/contract/batch-types';
import { BatchRun, type BatchClock, type FollowCall } from '../../../electron/batch/batch-run';
import { runToJunit } from '../../../electron/batch/run-junit';
import { text } from '../../../electron/contract/i18n/text';
import type { SentCallback } from '../../../electron/contract/desk-types';
import { parseRunSheet } from '../../../electron/shared/run-sheet';
import { inEnglish } from '../../support/english';
import { readJunit } from '../../support/junit-xml';

const template = { method: 'extended', caller: '', callee: 'sandbox_anna' } as const;
const profile = { country: 'UA' as const, projectId: '10001', blocklist: [] };
const clock: BatchClock = { now: () => Date.parse('2026-12-01T09:00:00Z'), sleep: async () => undefined };

/** What the fake Ringostat answers for each caller, and how the call log says each call ended. */
const answers: Record<string, 'accepted' | 'rejected' | 'unknown'> = {
  '380500000006': 'accepted',
  '380500000007': 'accepted',
  '380500000001': 'rejected',
  '380671112233': 'accepted',
};
const endings: Record<string, string> = { '380500000006': 'BUSY', '380500000007': 'NO ANSWER' };

function rowsOf(values: string): BatchRow[] {
  const sheet = parseRunSheet(values);
  if (!sheet.ok) throw new Error('the values were refused');
  const planned = planBatch(template, 'caller', sheet.value.rows, profile);
  if (!planned.ok) throw new Error('the run was refused');
  return planned.value;
}

/** A sent callback as the client reports it: the request as sent, key redacted. */
function sent(row: BatchRow): SentCallback {
  const caller = `380${row.value.replace(/\D/g, '').slice(-9)}`;
  const outcome = answers[caller] ?? 'accepted';
  return {
    outcome,
    httpStatus: 200,
    message: text(outcome === 'accepted' ? 'outcome.accepted' : 'outcome.notConnectedNext', { status: 200 }),
    explanation: text('outcome.acceptedNext'),
    serverMessage: null,
    latencyMs: 120,
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:9/a/v2',
      headers: { 'Content-Type': 'application/json', 'Auth-key': '[redacted]' },
      body: JSON.stringify({
        method: 'Api\\V2\\Callback.external',
        params: { caller, callee: 'sandbox_anna' },
      }),
    },
    answer: null,
    historyId: `h-${row.index}`,
    historyWarning: null,
  };
}

const follow: FollowCall = async (row) => {
  const caller = `380${row.value.replace(/\D/g, '').slice(-9)}`;
  return { status: 'final', ending: endings[caller] ?? 'ANSWERED', message: null };
};

async function runOf(values: string, options: { stopOnFailure?: boolean } = {}) {
  const rows = rowsOf(values);
  const followed: number[] = [];
  const run = new BatchRun(
    'run-1',
    rows,
    {
      gapMs: 1_000,
      stopOnFailure: options.stopOnFailure ?? false,
      followCall: async (row, result, stopped) => {
        followed.push(row.index);
        return follow(row, result, stopped);
      },
    },
    async (row) => ({ ok: true, value: sent(row) }),
    clock,
  );
  await run.done;
  return { run, rows, followed };
}

const values = [
  'value,expect,expect_call',
  '380500000006,accepted,ANSWERED',
  '380500000007,accepted,NO ANSWER',
  '380500000001,rejected,',
  '+38 067 111 22 33,,',
  '0501234567,,',
].join('\n');

describe('a run with expectations', () => {
  it('waits for the call log only where a row expects an ending and a call may have been placed', async () => {
    const { run, followed } = await runOf(`${values}\n380500000001x,rejected,BUSY`);
    expect(followed).toEqual([1, 2]);
    const rows = inEnglish(run.snapshot().rows);
    expect(rows.map((row) => [row.index, row.check.verdict, row.check.explicit])).toEqual([
      [1, 'failed', true],
      [2, 'passed', true],
      [3, 'passed', true],
      [4, 'passed', false],
      [5, 'passed', false],
      [6, 'failed', true],
    ]);
    expect(rows[5]?.call).toEqual({ status: 'no-call', ending: null, message: null });
  });

  it('stops on the first row that does not meet its expectations, not on an expected rejection', async () => {
    const { run } = await runOf('value,expect\n380500000001,rejected\n380671112233,rejected\n0501234567,', {
      stopOnFailure: true,
    });
    expect(inEnglish(run.snapshot())).toMatchObject({
      status: 'stopped',
      sent: 2,
      stoppedBecause: 'Row 2 did not meet its expectations, and the run stops on the first failure.',
    });
  });

  it('ends a call-log wait at once when stopped, leaving that check not done', async () => {
    let release: () => void = () => undefined;
    const run = new BatchRun(
      'r',
      rowsOf('value,expect_call\n380500000006,BUSY\n380500000007,'),
      {
        gapMs: 1_000,
        stopOnFailure: false,
        followCall: async (_row, _sent, stopped) => {
          release();
          await stopped;
          return { status: 'unchecked', ending: null, message: null };
        },
      },
      async (row) => ({ ok: true, value: sent(row) }),
      clock,
    );
    await new Promise<void>((resolve) => (release = resolve));
    expect(run.snapshot().rows[0]?.state).toBe('checking');
    run.stop();
    await run.done;
    expect(run.snapshot().rows.map((row) => [row.state, row.check.verdict])).toEqual([
      ['done', 'failed'],
      ['waiting', 'skipped'],
    ]);
  });
});

describe('a run as a JUnit report', () => {
  it('has one testsuite, a testcase per row, and a failure with expected against actual', async () => {
    const { run, rows } = await runOf(values);
    const snapshot = run.snapshot();
    const exported = batchRows(snapshot, {
      locale: 'en',
      request: (row) => run.sentRequests().get(row.index) ?? null,
    });
    const xml = runToJunit(
      {
        name: 'Scheme check',
        id: 'run-1',
        startedAt: snapshot.startedAt,
        endedAt: snapshot.endedAt,
        properties: { target: 'simulator' },
      },
      exported,
    );
    const [suite, ...others] = readJunit(xml);
    expect(others).toEqual([]);
    expect(suite).toMatchObject({
      name: 'Scheme check',
      counts: { tests: 5, failures: 1, errors: 0, skipped: 0 },
      properties: { target: 'simulator' },
    });
    expect(suite?.cases.map((item) => item.name)).toEqual([
      'row 1: 380500000006',
      'row 2: 380500000007',
      'row 3: 380500000001',
      'row 4: +38 067 111 22 33',
      'row 5: 0501234567',
    ]);
    expect(suite?.cases[0]?.failure).toEqual({
      type: 'expectation',
      message: 'Call-log ending: expected ANSWERED, got BUSY.',
      text: 'Expected outcome: accepted, call-log ending: ANSWERED\nActual outcome: accepted, call-log ending: BUSY\nCall-log ending: expected ANSWERED, got BUSY.',
    });
    const out = suite?.cases[3]?.systemOut ?? '';
    expect(out).toContain(
      'POST http://127.0.0.1:9/a/v2\nContent-Type: application/json\nAuth-key: [redacted]\n',
    );
    expect(out).toContain('"caller":"380671112233"');
    expect(rows).toHaveLength(5);
  });

  it('masks the numbers in every row and request when masking is on, and only the numbers', async () => {
    const { run, rows } = await runOf(values);
    const masked = maskBatchRows(run.snapshot());
    const exported = batchRows(masked, {
      locale: 'en',
      request: (row) => {
        const request = run.sentRequests().get(row.index);
        const planned = rows[row.index - 1];
        return request && planned ? maskRowRequest(planned, request) : null;
      },
    });
    const xml = runToJunit(
      { name: 'Scheme check', id: 'run-1', startedAt: '', endedAt: null, properties: {} },
      exported,
    );
    const [suite] = readJunit(xml);
    expect(suite?.cases[3]?.name).toBe('row 4: ••••••••2233');
    expect(suite?.cases[3]?.systemOut).toContain('"caller":"••••••••2233","callee":"sandbox_anna"');
    for (const number of ['380671112233', '0671112233', '067 111 22 33', '380500000006', '0501234567'])
      expect(xml).not.toContain(number);
    expect(xml).toContain('Auth-key: [redacted]');
  });

  it('stays well-formed whatever a server answered: markup and control characters are escaped', () => {
    const xml = runToJunit(
      { name: 'a <b> & "c"', id: 'x', startedAt: '', endedAt: null, properties: { note: '\u0007' } },
      [
        {
          row: 1,
          value: '</testcase>',
          expect: null,
          expectCall: null,
          verdict: 'failed',
          explicit: false,
          state: 'done',
          outcome: 'unknown',
          httpStatus: 200,
          latencyMs: 1,
          sentAt: null,
          message: 'HTML: <html>\u0000\u001b[31m]]></html> \ud800',
          callLog: null,
          mismatch: null,
          historyId: null,
          request: null,
        },
      ],
    );
    const [suite] = readJunit(xml);
    expect(suite?.name).toBe('a <b> & "c"');
    expect(suite?.properties.note).toBe('\\u0007');
    expect(suite?.cases[0]?.failure?.message).toBe('HTML: <html>\\u0000\\u001b[31m]]></html> \\ud800');
    expect(suite?.cases[0]?.systemOut).toContain('No request was sent for this row.');
  });
});
