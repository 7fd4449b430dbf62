import { english, inEnglish } from '../../support/english';
import { text } from '../../../electron/contract/i18n/text';
import { describe, expect, it } from 'vitest';
import { parseBatchValues, planBatch } from '../../../electron/batch/batch-plan';
import type { BatchRow } from '../../../electron/contract/batch-types';
import { BatchRun, type BatchClock } from '../../../electron/batch/batch-run';
import type { SentCallback } from '../../../electron/contract/desk-types';
import type { CallbackFormInput } from '../../../electron/contract/schemas';

const template: CallbackFormInput = {
  method: 'extended',
  caller: '+380671112233',
  callee: '',
  calleeType: 'scheme',
};
const profile = { country: 'UA' as const, projectId: '10001', blocklist: ['380671119999'] };

/** The rows of a plan that must have been accepted as a whole. */
function planned<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('planning a run', () => {
  it('reads typed, pasted or CSV values: first cells, no blanks, comments or header', () => {
    expect(parseBatchValues('scheme id,comment\n101,sales\n\n# skip\n"102",support\n103')).toEqual({
      ok: true,
      value: ['101', '102', '103'],
    });
  });

  it('checks every row before anything is sent: invalid, duplicate and blocked rows are shown, not sent', () => {
    const rows = planned(planBatch(template, 'callee', ['101', 'x1', '102', '101'], profile));
    expect(rows.map((row) => [row.index, row.error === null])).toEqual([
      [1, true],
      [2, false],
      [3, true],
      [4, false],
    ]);
    expect(english(rows[1]?.error ?? '')).toContain('is not a forwarding scheme id');
    expect(english(rows[3]?.error ?? '')).toBe('The same callback as row 1: a run sends each once.');
    const blocked = planned(
      planBatch(
        { ...template, calleeType: 'number', callee: 'shop_anna' },
        'caller',
        ['0671119999'],
        profile,
      ),
    );
    expect(english(blocked[0]?.error ?? '')).toContain('do-not-call list');
  });
});

/** A clock that never waits: it records each gap and when each send happened. */
function fakeClock() {
  let now = 0;
  const gaps: number[] = [];
  const clock: BatchClock = {
    now: () => now,
    sleep: async (ms, cancelled) => {
      gaps.push(ms);
      await Promise.race([Promise.resolve(), cancelled]);
      now += ms;
    },
  };
  return { clock, gaps, now: () => now };
}

function accepted(row: BatchRow): SentCallback {
  return {
    outcome: row.value === '999' ? 'rejected' : 'accepted',
    httpStatus: 200,
    message: text('outcome.accepted', { status: 200 }),
    explanation: text('outcome.acceptedNext'),
    serverMessage: null,
    latencyMs: 5,
    request: { method: 'POST', url: 'x', headers: {}, body: '' },
    answer: null,
    historyId: `h-${row.index}`,
    historyWarning: null,
  };
}

const rows = (values: string[]) => planned(planBatch(template, 'callee', values, profile));

describe('running a run', () => {
  it('sends one at a time with the gap between sends, and not after the last', async () => {
    const time = fakeClock();
    const sentAt: number[] = [];
    const run = new BatchRun(
      'r',
      rows(['101', '102', '103']),
      { gapMs: 5_000, stopOnFailure: false },
      async (row) => {
        sentAt.push(time.now());
        return { ok: true, value: accepted(row) };
      },
      time.clock,
    );
    await run.done;
    expect(sentAt).toEqual([0, 5_000, 10_000]);
    expect(time.gaps).toEqual([5_000, 5_000]);
    expect(run.snapshot()).toMatchObject({ status: 'finished', sent: 3, total: 3 });
  });

  it('pauses after the request in flight and goes on from the next row on resume', async () => {
    let release: () => void = () => undefined;
    const sends: string[] = [];
    const run = new BatchRun(
      'r',
      rows(['101', '102', '103']),
      { gapMs: 1_000, stopOnFailure: false },
      async (row) => {
        sends.push(row.value);
        if (row.value === '101') await new Promise<void>((resolve) => (release = resolve));
        return { ok: true, value: accepted(row) };
      },
      fakeClock().clock,
    );
    await Promise.resolve();
    run.pause();
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sends).toEqual(['101']);
    expect(run.snapshot()).toMatchObject({ status: 'paused', sent: 1 });
    run.resume();
    await run.done;
    expect(sends).toEqual(['101', '102', '103']);
  });

  it('stop never cuts the request in flight: that row completes, the rest are not sent', async () => {
    let release: () => void = () => undefined;
    const sends: string[] = [];
    const run = new BatchRun(
      'r',
      rows(['101', '102', '103']),
      { gapMs: 1_000, stopOnFailure: false },
      async (row) => {
        sends.push(row.value);
        await new Promise<void>((resolve) => (release = resolve));
        return { ok: true, value: accepted(row) };
      },
      fakeClock().clock,
    );
    await Promise.resolve();
    run.stop();
    expect(run.snapshot().status).toBe('stopping');
    release();
    await run.done;
    expect(sends).toEqual(['101']);
    expect(run.snapshot().rows.map((row) => row.state)).toEqual(['done', 'waiting', 'waiting']);
    expect(inEnglish(run.snapshot())).toMatchObject({
      status: 'stopped',
      stoppedBecause: 'Stopped by hand.',
    });
  });

  it('stops on the first failure when asked, saying which row', async () => {
    const run = new BatchRun(
      'r',
      rows(['101', '999', '103']),
      { gapMs: 1_000, stopOnFailure: true },
      async (row) => ({
        ok: true,
        value: accepted(row),
      }),
      fakeClock().clock,
    );
    await run.done;
    expect(inEnglish(run.snapshot())).toMatchObject({
      status: 'stopped',
      sent: 2,
      stoppedBecause: expect.stringContaining('Row 2 was rejected'),
    });
  });
});
