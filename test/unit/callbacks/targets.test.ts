import { afterEach, describe, expect, it } from 'vitest';
import type { DeskState } from '../../../electron/contract/desk-types';
import { MemorySettingsStore } from '../../../electron/profiles/settings-store';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import type { Transport } from '../../../electron/ringostat/transport';
import { inEnglish } from '../../support/english';
import { fakeCipher } from '../../support/fake-cipher';
import { attempt } from '../../support/history-fixtures';
import { rpcResult, startLoopbackServer, type LoopbackServer } from '../../support/loopback-server';
import { testDesk, type TestDesk } from '../../support/test-desk';

const key = 'live-key-0123456789abcdef';
const form = { method: 'extended', caller: '0671112233', callee: 'sip_anna' } as const;

const opened: { desks: TestDesk[]; servers: LoopbackServer[] } = { desks: [], servers: [] };
afterEach(async () => {
  for (const desk of opened.desks.splice(0)) await desk.dispose();
  for (const server of opened.servers.splice(0)) await server.close();
});

async function server(): Promise<LoopbackServer> {
  // Ringostat as far as these tests need it: an empty list of online SIP logins, and callbacks accepted.
  const started = await startLoopbackServer((request) =>
    request.method === 'GET' ? { kind: 'answer', status: 200, body: '[]' } : rpcResult(true)(request),
  );
  opened.servers.push(started);
  return started;
}

/** The real transport, with every request it is given written down (and none sent off this machine). */
function recording() {
  const urls: string[] = [];
  const transport: Transport = async (request, options) => {
    urls.push(request.url);
    const host = new URL(request.url).hostname;
    if (host === '127.0.0.1') return nodeTransport(request, options);
    return { kind: 'not-connected', reason: { key: 'transport.ENOTFOUND' }, latencyMs: 0 };
  };
  return { urls, transport };
}

describe('changing a profile’s API URL from the window', () => {
  it('drops its key, so Test connection sends no key to the new address', async () => {
    const first = await server();
    const second = await server();
    const desk = testDesk({ transport: nodeTransport, simulatorUrl: () => 'http://127.0.0.1:9' });
    opened.desks.push(desk);
    const profile = {
      name: 'Live',
      projectId: '11111',
      numbers: [],
      country: 'UA',
      target: 'ringostat' as const,
      apiUrl: first.url,
    };
    const created = await desk.dispatch('createProfile', { profile });
    const id = created.ok ? (created.value as DeskState).activeId : '';
    await desk.dispatch('setKey', { id, key, storage: 'session' });
    expect(inEnglish(await desk.dispatch('testConnection', { id }))).toMatchObject({
      ok: true,
      value: { status: 'valid' },
    });
    expect(first.received.map((request) => request.headers['auth-key'])).toEqual([key]);

    const moved = await desk.dispatch('updateProfile', { id, profile: { ...profile, apiUrl: second.url } });
    expect(moved).toMatchObject({ ok: true, value: { profiles: [{}, { id, key: { set: false } }] } });
    expect(inEnglish(await desk.dispatch('testConnection', { id }))).toMatchObject({
      ok: false,
      error: { message: 'This profile has no Auth-key: set it in the profile.' },
    });
    expect(inEnglish(await desk.dispatch('sendCallback', { form }))).toMatchObject({ ok: false });
    expect(second.received).toHaveLength(0);
    expect(first.received).toHaveLength(1);
  });
});

describe('a profile URL edited by hand in settings.json', () => {
  it('is checked on every use: nothing is sent, each use says what is wrong, and the profile stays editable', async () => {
    const target = await server();
    const port = new URL(target.url).port;
    const refused: [string, RegExp][] = [
      ['http://example.com', /http:\/\/example\.com is plain http on another machine/],
      [`http://user:secret@127.0.0.1:${port}`, /must not contain a user name or password/],
      [`ftp://127.0.0.1:${port}`, /must start with https:\/\/ \(got ftp:\)/],
      [`${target.url}/?project=1`, /must not contain a query/],
    ];
    for (const [apiUrl, problem] of refused) {
      const wire = recording();
      const cipher = fakeCipher();
      const store = new MemorySettingsStore({
        version: 1,
        activeProfileId: 'edited',
        profiles: [
          {
            id: 'edited',
            name: 'Edited',
            projectId: '11111',
            numbers: [],
            country: 'UA',
            target: 'ringostat',
            apiUrl,
          },
        ],
        keys: { edited: { encrypted: cipher.encrypt(key), lastFour: key.slice(-4) } },
      });
      const desk = testDesk({
        transport: wire.transport,
        simulatorUrl: () => 'http://127.0.0.1:9',
        settingsStore: store,
      });
      opened.desks.push(desk);
      const historyId = desk.history.begin(
        attempt({ profileId: 'edited', profileName: 'Edited', target: 'ringostat' }),
      ).id;

      const state = await desk.dispatch('getState', undefined);
      expect(state).toMatchObject({
        ok: true,
        value: { profiles: [{ id: 'edited', apiUrl, key: { set: true } }] },
      });
      const uses = {
        send: await desk.dispatch('sendCallback', { form }),
        test: await desk.dispatch('testConnection', { id: 'edited' }),
        staff: await desk.dispatch('getStaff', { refresh: true }),
        sip: await desk.dispatch('getSipStatus', { login: 'sip_anna' }),
        callLog: await desk.dispatch('watchCallLog', { historyId }),
      };
      for (const [use, result] of Object.entries(inEnglish(uses))) {
        expect({ use, result }).toMatchObject({
          use,
          result: { ok: false, error: { message: expect.stringMatching(problem) } },
        });
        expect({ use, result }).toMatchObject({
          use,
          result: {
            error: { message: expect.stringContaining('Open Profiles, correct the API URL and save.') },
          },
        });
      }
      const preview = inEnglish(await desk.dispatch('previewCallback', { form }));
      expect(preview).toMatchObject({
        ok: true,
        value: { request: null, errors: [{ field: 'apiUrl', message: expect.stringMatching(problem) }] },
      });
      expect({ apiUrl, sent: wire.urls }).toEqual({ apiUrl, sent: [] });
      expect(target.received).toHaveLength(0);

      const fixed = await desk.dispatch('updateProfile', {
        id: 'edited',
        profile: {
          name: 'Edited',
          projectId: '11111',
          numbers: [],
          country: 'UA',
          target: 'ringostat',
          apiUrl: target.url,
        },
      });
      expect(fixed.ok).toBe(true);
    }
  });
});
