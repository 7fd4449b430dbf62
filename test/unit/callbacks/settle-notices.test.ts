import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Notifier } from '../../../electron/callbacks/settle-notices';
import type { SentCallback } from '../../../electron/contract/desk-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let desk: TestDesk;
let simulator: RunningSimulator;
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

/** A notifier that keeps what it was asked to show; the window is in front or away as the test says. */
function fakeNotifier(): Notifier & { shown: { title: string; body: string }[]; away: boolean } {
  const fake = {
    shown: [] as { title: string; body: string }[],
    away: true,
    windowInBackground: () => fake.away,
    show: (notice: { title: string; body: string }) => void fake.shown.push(notice),
  };
  return fake;
}

async function open(notifier: Notifier, languages = ['en-US']): Promise<void> {
  simulator = await startSimulator({ slowAnswerMs: 200, ringMs: 200 });
  desk = testDesk({
    transport: nodeTransport,
    simulatorUrl: () => simulator.url,
    timeoutMs: 5_000,
    callLogIntervalMs: { live: 100, simulator: 100 },
    systemLanguages: () => languages,
    notifier,
  });
  await desk.history.ready;
}

/** Places a callback and follows its row as the outcome panel does, until the row has settled. */
async function placeAndFollow(follow = true): Promise<void> {
  const sent = await desk.dispatch('sendCallback', {
    form: { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' },
    confirmDuplicate: true,
  });
  if (!sent.ok) throw new Error('the send was refused');
  const { historyId } = sent.value as SentCallback;
  if (follow) expect(await desk.dispatch('watchCallLog', { historyId })).toMatchObject({ ok: true });
  const settled = await desk.callLog.settled(historyId);
  expect(settled).toMatchObject({ ok: true, value: { status: 'final' } });
}

describe('a notice when a followed call-log row settles', () => {
  it('is off unless asked for', async () => {
    const notifier = fakeNotifier();
    await open(notifier);
    expect(desk.state().notifySettled).toBe(false);
    await placeAndFollow();
    expect(notifier.shown).toEqual([]);
  });

  it('once asked for, says how the call ended and who was called while the window is away, never the key', async () => {
    const notifier = fakeNotifier();
    await open(notifier);
    expect(await desk.dispatch('setNotifySettled', { notify: true })).toMatchObject({
      ok: true,
      value: { notifySettled: true },
    });
    expect(desk.store.peek()).toMatchObject({ notifyCallLogSettled: true });
    await placeAndFollow();
    await vi.waitFor(() => expect(notifier.shown).toHaveLength(1));
    expect(notifier.shown[0]).toEqual({
      title: expect.stringMatching(/^Call log: ANSWERED, \d+ s$/),
      body: 'Accepted: 380671112233 → sandbox_anna, profile “Sandbox”.',
    });
    expect(JSON.stringify(notifier.shown)).not.toContain(sandbox.authKey);

    // With the window in front, the panel itself shows it: no notice.
    notifier.away = false;
    await placeAndFollow();
    // A row the window does not follow (a run's) is not announced either.
    notifier.away = true;
    await placeAndFollow(false);
    expect(notifier.shown).toHaveLength(1);
  });

  it('shows numbers as the window does, masked when masking is on, in the person’s language', async () => {
    const notifier = fakeNotifier();
    await open(notifier, ['uk-UA']);
    desk.preferences.setNotifySettledRows(true);
    desk.preferences.setMaskNumbers(true);
    await placeAndFollow();
    await vi.waitFor(() => expect(notifier.shown).toHaveLength(1));
    expect(notifier.shown[0]?.body).toBe('Прийнято: ••••••••2233 → sandbox_anna, профіль «Пісочниця».');
    expect(notifier.shown[0]?.title).toMatch(/^Журнал дзвінків: ANSWERED, \d+ с$/);
    expect(JSON.stringify(notifier.shown)).not.toMatch(/671112233/);
  });
});
