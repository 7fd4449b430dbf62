import { inEnglish } from '../../support/english';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchView } from '../../../electron/contract/desk-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let simulator: RunningSimulator;
let desk: TestDesk;
beforeEach(async () => {
  simulator = await startSimulator({ slowAnswerMs: 400, ringMs: 300 });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    callLogIntervalMs: { live: 200, simulator: 100 },
  });
});
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

const schemeTemplate = {
  method: 'extended',
  caller: '+380671112233',
  callee: '',
  calleeType: 'scheme',
} as const;

async function liveProfile(extra: Record<string, unknown> = {}) {
  const created = await desk.dispatch('createProfile', {
    profile: {
      name: 'Live',
      projectId: '10001',
      numbers: [],
      country: 'UA',
      target: 'ringostat',
      apiUrl: simulator.url,
      ...extra,
    },
  });
  const id = created.ok ? (created.value as { activeId: string }).activeId : '';
  desk.profiles.setKey(id, 'sandbox-auth-key-0000', 'encrypted');
  return id;
}

describe('a run through the real services', () => {
  it('a stop during a request leaves that request sent and its history entry complete', async () => {
    // 380500000002 as caller makes the simulator answer slowly: the stop arrives while it is in flight.
    const started = await desk.dispatch('startBatch', {
      form: { method: 'extended', caller: '', callee: 'sandbox_anna' },
      column: 'caller',
      values: '380500000002\n0671112233',
      gapMs: 1_000,
      stopOnFailure: false,
      tag: 'qa',
    });
    expect(started.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopping = await desk.dispatch('stopBatch', undefined);
    expect((stopping.ok && (stopping.value as BatchView).status) || '').toBe('stopping');
    await desk.batch.settled();
    const view = (await desk.dispatch('getBatch', undefined)) as { ok: true; value: BatchView };
    expect(view.value).toMatchObject({ status: 'stopped', sent: 1 });
    expect(simulator.requestCount('/a/v2')).toBe(1);
    const historyId = view.value.rows[0]?.result?.historyId ?? '';
    expect(await desk.history.get(historyId)).toMatchObject({
      outcome: 'accepted',
      tag: 'qa',
      note: expect.stringContaining('row 1'),
    });
  });

  it('on a live project, starts only when the number of calls is typed', async () => {
    await liveProfile();
    const request = {
      form: schemeTemplate,
      column: 'callee',
      values: '101\n102',
      gapMs: 1_000,
      stopOnFailure: false,
      tag: 'qa',
    } as const;
    const refused = inEnglish(await desk.dispatch('startBatch', request));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'confirm-live', message: expect.stringContaining('places 2 real calls') },
    });
    expect((await desk.dispatch('startBatch', { ...request, confirmCount: 3 })).ok).toBe(false);
    expect(simulator.requestCount('/a/v2')).toBe(0);
    expect((await desk.dispatch('startBatch', { ...request, confirmCount: 2 })).ok).toBe(true);
    await desk.batch.settled();
    expect(simulator.requestCount('/a/v2')).toBe(2);
  });
});

describe('a run keeps to the profile it was confirmed for', () => {
  const request = {
    form: { method: 'extended', caller: '', callee: 'sandbox_anna' },
    column: 'caller',
    values: '0671112233\n0671112234\n0671112235',
    gapMs: 1_000,
    stopOnFailure: false,
    tag: 'qa',
  } as const;

  /** What the run ended as, in English, once it has ended. */
  async function endedRun(): Promise<BatchView> {
    await desk.batch.settled();
    const view = await desk.dispatch('getBatch', undefined);
    return inEnglish(view.ok ? (view.value as BatchView) : null) as unknown as BatchView;
  }

  it('stops, sending nothing more, when a live profile is made active during a sandbox run', async () => {
    // The live project's server: it must never hear from a run that was started on the sandbox.
    const liveServer = await startSimulator();
    try {
      const sandboxId = (await desk.dispatch('getState', undefined)) as {
        ok: true;
        value: { activeId: string };
      };
      const liveId = await liveProfile({ apiUrl: liveServer.url });
      await desk.dispatch('activateProfile', { id: sandboxId.value.activeId });
      expect((await desk.dispatch('startBatch', request)).ok).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await desk.dispatch('activateProfile', { id: liveId });
      const run = await endedRun();
      expect(run.status).toBe('stopped');
      expect(run.stoppedBecause).toContain('changed to “Live”');
      expect(run.rows[1]?.result?.outcome).toBe('refused');
      expect(run.rows[2]?.result ?? null).toBeNull();
      expect(liveServer.requestCount('/a/v2')).toBe(0);
      expect(simulator.requestCount('/a/v2')).toBe(1);
    } finally {
      await liveServer.close();
    }
  });

  it('stops when the live profile it runs on is pointed at another project during the run', async () => {
    const liveId = await liveProfile();
    expect((await desk.dispatch('startBatch', { ...request, confirmCount: 3 })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await desk.dispatch('updateProfile', {
      id: liveId,
      profile: {
        name: 'Live',
        projectId: '20002',
        numbers: [],
        country: 'UA',
        target: 'ringostat',
        apiUrl: simulator.url,
      },
    });
    const run = await endedRun();
    expect(run.status).toBe('stopped');
    expect(run.rows.map((row) => row.result?.outcome ?? null)).toEqual(['accepted', 'refused', null]);
    expect(simulator.requestCount('/a/v2')).toBe(1);
  });
});

describe('safety rails', () => {
  it('a profile that confirms every live call sends nothing until confirmed', async () => {
    await liveProfile({ confirmLiveCalls: true });
    const form = { method: 'extended', caller: '0671112233', callee: 'sandbox_anna' } as const;
    const asked = await desk.dispatch('sendCallback', { form });
    expect(asked).toMatchObject({ ok: false, error: { code: 'confirm-live' } });
    expect(simulator.requestCount('/a/v2')).toBe(0);
    const liveConfirmation = asked.ok ? '' : (asked.error.live?.confirmation ?? '');
    expect(await desk.dispatch('sendCallback', { form, liveConfirmation })).toMatchObject({
      ok: true,
      value: { outcome: 'accepted' },
    });
  });

  it('a number on the do-not-call list is refused before sending, in the preview and on send', async () => {
    await liveProfile({ blocklist: ['+38 067 111 22 33'] });
    const form = { method: 'extended', caller: '0671112233', callee: 'sandbox_anna' } as const;
    const preview = inEnglish(await desk.dispatch('previewCallback', { form }));
    expect(preview).toMatchObject({
      ok: true,
      value: {
        request: null,
        errors: [{ field: 'caller', message: expect.stringContaining('do-not-call list') }],
      },
    });
    expect(await desk.dispatch('sendCallback', { form })).toMatchObject({
      ok: false,
      error: { code: 'blocked' },
    });
    expect(simulator.requestCount('/a/v2')).toBe(0);
  });

  it('masking shows history numbers by their last four digits, and exports them so', async () => {
    await desk.dispatch('sendCallback', {
      form: { method: 'extended', caller: '0671112233', callee: 'sandbox_anna' },
    });
    await desk.dispatch('setHistorySettings', { maxEntries: 100_000, maxAgeDays: 365, maskNumbers: true });
    const page = await desk.dispatch('listHistory', { filter: {}, offset: 0, limit: 10 });
    expect(page).toMatchObject({ ok: true, value: { items: [{ caller: '••••••••2233' }] } });
    await desk.dispatch('exportHistory', { filter: {}, format: 'json', maskNumbers: false });
    expect(readFileSync(desk.exports[0] ?? '', 'utf8')).not.toContain('380671112233');
  });
});

describe('bounds on a run from the window', () => {
  const plan = { form: schemeTemplate, column: 'callee', values: '101\n102' } as const;
  const request = { ...plan, stopOnFailure: false, tag: 'qa' } as const;

  it('refuses a gap outside 1 second to 1 hour, whoever asks, and sends nothing', async () => {
    // Past 2,147,483 s a timer overflows and the calls would go out milliseconds apart.
    for (const gapMs of [999, 3_600_001, 2_147_484_000, Number.NaN]) {
      expect(inEnglish(desk.batch.start({ ...request, gapMs }))).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message:
            'The gap between calls is from 1 second to 1 hour (3600 seconds), written as a plain number such as 5 or 2.5.',
        },
      });
    }
    expect(await desk.dispatch('startBatch', { ...request, gapMs: 3_600_000 })).toMatchObject({ ok: true });
    await desk.dispatch('stopBatch', undefined);
    await desk.batch.settled();
    expect(simulator.requestCount('/a/v2')).toBe(1);
  });

  it('refuses values over their limits with a message naming them, nothing planned or sent', async () => {
    const tooLong = inEnglish(await desk.dispatch('planBatch', { ...plan, values: '1'.repeat(1_000_001) }));
    expect(tooLong).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'Values: longer than 1,000,000 characters, so it was not read. Shorten it; nothing was sent.',
      },
    });
    const manyRows = Array.from({ length: 5_001 }, (_, row) => `${row + 1}`).join('\n');
    expect(inEnglish(await desk.dispatch('planBatch', { ...plan, values: manyRows }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('a run takes at most 5,000') },
    });
    expect(
      inEnglish(await desk.dispatch('startBatch', { ...request, values: manyRows, gapMs: 1_000 })),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 5,000') } });
    expect(simulator.requestCount('/a/v2')).toBe(0);
  });

  it('refuses a typed number over 64 characters in the form, naming the field', async () => {
    const form = { method: 'extended', caller: `+380${' '.repeat(61)}1`, callee: 'sandbox_anna' } as const;
    for (const method of ['previewCallback', 'sendCallback'] as const) {
      expect(inEnglish(await desk.dispatch(method, { form }))).toEqual({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Caller: longer than 64 characters, so it was not read. Shorten it; nothing was sent.',
        },
      });
    }
    expect(simulator.requestCount('/a/v2')).toBe(0);
  });
});
