import { afterEach, describe, expect, it } from 'vitest';
import { pickRecentParties } from '../../../electron/callbacks/recent-parties';
import type { HistorySummary } from '../../../electron/contract/history-types';
import type { RecentParties } from '../../../electron/contract/recent-types';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { startSimulator, type RunningSimulator } from '../../../electron/simulator/server';
import { testDesk, type TestDesk } from '../../support/test-desk';

let desk: TestDesk;
let simulator: RunningSimulator;
afterEach(async () => {
  await desk.dispose();
  await simulator.close();
});

async function open(): Promise<void> {
  simulator = await startSimulator({ slowAnswerMs: 200, ringMs: 200 });
  desk = testDesk({ transport: nodeTransport, simulatorUrl: () => simulator.url, timeoutMs: 5_000 });
  await desk.history.ready;
}

async function send(form: Partial<CallbackFormInput>): Promise<void> {
  const sent = await desk.dispatch('sendCallback', {
    form: form.method === 'simple' ? form : { method: 'extended', ...form },
    confirmDuplicate: true,
  });
  expect(sent).toMatchObject({ ok: true });
}

async function recent(): Promise<RecentParties> {
  const listed = await desk.dispatch('listRecentParties', undefined);
  if (!listed.ok) throw new Error('listRecentParties was refused');
  return listed.value as RecentParties;
}

describe('the parties a profile called recently', () => {
  it('are the sent attempts’ parties, newest first, each once, by the side it stood on', async () => {
    await open();
    await send({ caller: '067 111 22 33', callee: 'sandbox_anna' });
    await send({ caller: '+38 050 222 33 44', callee: '101', calleeType: 'scheme' });
    await send({ caller: '0671112233', callee: 'sandbox_petro' });
    // Not sent (nothing listened): no one was called.
    await send({ caller: '380500000010', callee: 'sandbox_anna' });
    await send({ method: 'simple', extension: '0441112233', destination: '0939998877' });
    const { parties, withheld } = await recent();
    expect(parties.map(({ value, side }) => [value, side])).toEqual([
      ['380939998877', 'client'],
      ['380671112233', 'client'],
      ['sandbox_petro', 'employee'],
      ['380502223344', 'client'],
      ['101', 'scheme'],
      ['sandbox_anna', 'employee'],
    ]);
    expect(withheld).toBe(0);

    // Another profile has its own: none yet.
    const created = desk.profiles.create({
      name: 'Second sandbox',
      projectId: '10001',
      numbers: [],
      country: 'UA',
      target: 'simulator',
      apiUrl: 'https://api.ringostat.net',
    });
    expect(created.ok).toBe(true);
    expect((await recent()).parties).toEqual([]);
  });

  it('with masking on, leave phone numbers in main and offer only SIP logins and scheme ids', async () => {
    await open();
    await send({ caller: '067 111 22 33', callee: 'sandbox_anna' });
    await send({ caller: '+38 050 222 33 44', callee: '101', calleeType: 'scheme' });
    desk.preferences.setMaskNumbers(true);
    const listed = await recent();
    expect(listed).toMatchObject({
      parties: [
        { value: '101', side: 'scheme' },
        { value: 'sandbox_anna', side: 'employee' },
      ],
      withheld: 2,
    });
    expect(JSON.stringify(listed)).not.toMatch(/2223344|1112233/);
  });

  it('are forgotten with the history they come from', async () => {
    await open();
    await send({ caller: '067 111 22 33', callee: 'sandbox_anna' });
    expect((await recent()).parties).toHaveLength(2);
    await desk.dispatch('clearHistory', undefined);
    expect((await recent()).parties).toEqual([]);
  });
});

describe('picking them', () => {
  it('keeps at most twenty of each side', () => {
    const attempts: HistorySummary[] = Array.from({ length: 30 }, (_, index) => ({
      id: `attempt-${index}`,
      at: new Date(Date.UTC(2026, 11, 2, 12, 59 - index)).toISOString(),
      profileId: 'sandbox',
      profileName: 'Sandbox',
      target: 'simulator',
      method: 'extended',
      caller: `3806711100${String(index).padStart(2, '0')}`,
      callee: index % 2 === 0 ? 'sandbox_anna' : `sip_${index}`,
      outcome: 'accepted',
      tag: null,
      httpStatus: 200,
      latencyMs: 10,
      calleeIsScheme: false,
    }));
    const { parties } = pickRecentParties(attempts, 'sandbox', false);
    const clients = parties.filter((party) => party.side === 'client');
    expect(clients).toHaveLength(20);
    expect(clients[0]?.value).toBe('380671110000');
    expect(clients[19]?.value).toBe('380671110019');
    expect(parties.filter((party) => party.side === 'employee')).toHaveLength(16);
  });
});
