import { afterEach, describe, expect, it } from 'vitest';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { fetchStaff } from '../../../electron/ringostat/read-api';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { inEnglish } from '../../support/english';
import { fakeCipher } from '../../support/fake-cipher';
import { startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { testDesk, type TestDesk } from '../../support/test-desk';

const key = 'live-secret-key-5f3a9c';
const opened: { servers: LoopbackServer[]; desks: TestDesk[] } = { servers: [], desks: [] };
afterEach(async () => {
  for (const desk of opened.desks.splice(0)) await desk.dispose();
  for (const server of opened.servers.splice(0)) await server.close();
});

/** A stand-in for Ringostat that answers the staff list with `body`, whatever was asked. */
async function answering(body: string): Promise<LoopbackServer> {
  const server = await startLoopbackServer({ kind: 'answer', status: 200, body });
  opened.servers.push(server);
  return server;
}

const unexpected = expect.stringContaining('unexpected answer');

describe('a staff list answer that is not an object', () => {
  for (const body of ['null', '[]', '"staff"', '42']) {
    it(`${body} is an unexpected answer, not a crash`, async () => {
      const server = await answering(body);
      const staff = await fetchStaff({ apiUrl: server.url, authKey: key }, nodeTransport, '11111');
      expect(inEnglish(staff)).toEqual({
        ok: false,
        error: { outcome: 'unknown', httpStatus: 200, message: unexpected },
      });
      expect(server.received).toHaveLength(1);
    });
  }

  it('reaches the window as that message, not as an internal error', async () => {
    const server = await answering('null');
    const cipher = fakeCipher();
    const desk = testDesk({
      transport: nodeTransport,
      simulatorUrl: () => 'http://127.0.0.1:9',
      cipher,
      settingsStore: new MemorySettingsStore({
        version: 1,
        activeProfileId: 'live',
        profiles: [
          {
            id: 'live',
            name: 'Live',
            projectId: '11111',
            numbers: [],
            country: 'UA',
            target: 'ringostat',
            apiUrl: server.url,
          },
        ],
        keys: { live: { encrypted: cipher.encrypt(key), lastFour: key.slice(-4) } },
      }),
    });
    opened.desks.push(desk);
    expect(inEnglish(await desk.dispatch('getStaff', { refresh: true }))).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: unexpected },
    });
  });
});
