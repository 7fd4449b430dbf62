import { inEnglish } from '../support/english';
import { text } from '../../electron/contract/i18n/text';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallLogWatcher } from '../../electron/callbacks/call-log-watcher';
import type { CallbackService } from '../../electron/callbacks/callback-service';
import type { StaffDirectory } from '../../electron/callbacks/staff-directory';
import type { BatchService } from '../../electron/batch/batch-service';
import type { TemplateStore } from '../../electron/templates/template-store';
import { testDesk, type TestDesk } from '../support/test-desk';
import { createDeskHandlers, createDispatcher } from '../../electron/desk-handlers';
import { CallbackService as RealCallbackService } from '../../electron/callbacks/callback-service';
import type { HistoryStore } from '../../electron/history/history-store';
import { KeyVault } from '../../electron/profiles/key-vault';
import { ProfileService } from '../../electron/profiles/profile-service';
import { SavedSettings } from '../../electron/profiles/saved-settings';
import { MemorySettingsStore } from '../../electron/profiles/settings-store';
import type { Transport } from '../../electron/ringostat/transport';
import { fakeCipher } from '../support/fake-cipher';

/** A transport that answers like the simulator would, counting requests; `hold` keeps one waiting. */
function countingTransport(answer: 'accept' | 'refuse-connection' = 'accept') {
  const sent: string[] = [];
  let release: (() => void) | null = null;
  const transport: Transport = async (request) => {
    // Reads (the call-log check after an accepted callback) answer at once with an empty log.
    if (request.method === 'GET') {
      return {
        kind: 'answer',
        answer: { status: 200, contentType: 'application/json', body: '[]', truncated: false },
        latencyMs: 1,
      };
    }
    sent.push(request.headers['Auth-key'] ?? '');
    if (answer === 'refuse-connection')
      return { kind: 'not-connected', reason: text('transport.ECONNREFUSED'), latencyMs: 1 };
    await new Promise<void>((resolve) => (release = resolve));
    return {
      kind: 'answer',
      answer: {
        status: 200,
        contentType: 'application/json',
        // An answer counts only when it names the request it answers.
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: (JSON.parse(request.body) as { id: number }).id,
          result: true,
        }),
        truncated: false,
      },
      latencyMs: 5,
    };
  };
  return { transport, sent, release: () => release?.() };
}

const opened: TestDesk[] = [];
afterEach(async () => {
  for (const desk of opened.splice(0)) await desk.dispose();
});

function setUp(answer: 'accept' | 'refuse-connection' = 'accept', historyFolder?: string) {
  let clock = Date.parse('2026-11-26T10:00:00Z');
  const wire = countingTransport(answer);
  const desk = testDesk({
    transport: wire.transport,
    simulatorUrl: () => 'http://127.0.0.1:9',
    now: () => new Date(clock),
    ...(historyFolder ? { historyFolder } : {}),
  });
  opened.push(desk);
  return {
    dispatch: desk.dispatch,
    wire,
    desk,
    profiles: desk.profiles,
    history: desk.history,
    folder: desk.folder,
    advance: (ms: number) => (clock += ms),
  };
}

const form = { method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' } as const;

describe('the dispatcher', () => {
  it('refuses unknown methods and malformed payloads without echoing them', async () => {
    const { dispatch } = setUp();
    expect(await dispatch('openShell', {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const secretPayload = { id: 'sandbox', key: 'x'.repeat(2000), storage: 'plaintext' };
    const refused = await dispatch('setKey', secretPayload);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(JSON.stringify(refused)).not.toContain('xxxx');
  });

  it('refuses fields the contract does not have, such as a project id smuggled into the form', async () => {
    const { dispatch } = setUp();
    const result = inEnglish(await dispatch('previewCallback', { form: { ...form, projectId: '1' } }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('form') },
    });
  });

  it('turns a handler that throws into an internal error that says what to check', async () => {
    const { desk } = setUp();
    const handlers = createDeskHandlers({
      profiles: desk.profiles,
      keys: desk.keys,
      preferences: desk.preferences,
      notices: [],
      history: desk.history,
      callbacks: {} as CallbackService,
      callLog: {} as CallLogWatcher,
      staff: {} as StaffDirectory,
      simulatorUrl: () => '',
      transport: countingTransport().transport,
      saveExport: async () => null,
      openImport: async () => null,
      templates: {} as TemplateStore,
      batch: {} as BatchService,
    });
    const dispatch = createDispatcher({
      ...handlers,
      getState: () => {
        throw new Error('boom');
      },
    });
    expect(await dispatch('getState', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('sending through the handlers', () => {
  it('sends one request at a time: a second send while one is in flight is refused as busy', async () => {
    const { dispatch, wire } = setUp();
    const first = dispatch('sendCallback', { form });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await dispatch('sendCallback', { form, confirmDuplicate: true })).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    wire.release();
    expect(await first).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
    expect(wire.sent).toHaveLength(1);
  });

  it('asks before the same callback within 60 seconds, and not after', async () => {
    const { dispatch, wire, advance } = setUp();
    const first = dispatch('sendCallback', { form });
    await new Promise((resolve) => setTimeout(resolve, 10));
    wire.release();
    await first;
    advance(20_000);
    expect(await dispatch('sendCallback', { form })).toMatchObject({
      ok: false,
      error: { code: 'confirm-duplicate', previous: { outcome: 'accepted', secondsAgo: 20 } },
    });
    advance(41_000);
    const later = dispatch('sendCallback', { form });
    await new Promise((resolve) => setTimeout(resolve, 10));
    wire.release();
    expect(await later).toMatchObject({ ok: true });
    expect(wire.sent).toHaveLength(2);
  });

  it('does not ask again after a callback that was never sent', async () => {
    const { dispatch, wire } = setUp('refuse-connection');
    expect(await dispatch('sendCallback', { form })).toMatchObject({
      ok: true,
      value: { outcome: 'not-sent' },
    });
    expect(await dispatch('sendCallback', { form })).toMatchObject({
      ok: true,
      value: { outcome: 'not-sent' },
    });
    expect(wire.sent).toHaveLength(2);
  });

  it('sends nothing for a live profile without a key, and the preview says why', async () => {
    const { dispatch, wire } = setUp();
    await dispatch('createProfile', {
      profile: {
        name: 'Live',
        projectId: '1',
        numbers: [],
        country: 'UA',
        target: 'ringostat',
        apiUrl: 'https://api.ringostat.net',
      },
    });
    const preview = await dispatch('previewCallback', { form });
    expect(preview).toMatchObject({
      ok: true,
      value: { live: true, request: null, errors: [{ field: 'authKey' }] },
    });
    expect(await dispatch('sendCallback', { form })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(wire.sent).toHaveLength(0);
  });

  it('uses the live profile’s key on the wire but never in the preview', async () => {
    const { dispatch, wire, profiles } = setUp();
    const created = await dispatch('createProfile', {
      profile: {
        name: 'Live',
        projectId: '1',
        numbers: [],
        country: 'UA',
        target: 'ringostat',
        apiUrl: 'https://api.ringostat.net',
      },
    });
    const id = created.ok ? (created.value as { activeId: string }).activeId : '';
    profiles.setKey(id, 'live-key-0123456789', 'encrypted');
    const preview = await dispatch('previewCallback', { form });
    expect(JSON.stringify(preview)).not.toContain('live-key-0123456789');
    expect(preview).toMatchObject({
      ok: true,
      value: { request: { headers: { 'Auth-key': '[redacted]' } } },
    });
    const sending = dispatch('sendCallback', { form });
    await new Promise((resolve) => setTimeout(resolve, 10));
    wire.release();
    const sent = await sending;
    expect(wire.sent).toEqual(['live-key-0123456789']);
    expect(JSON.stringify(sent)).not.toContain('live-key-0123456789');
  });
});

describe('the history of what was sent', () => {
  it('holds each attempt with its request as sent, key redacted, and its outcome', async () => {
    const { dispatch, wire } = setUp();
    const sending = dispatch('sendCallback', { form: { ...form, utmSource: 'spring_sale' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    wire.release();
    const sent = await sending;
    const historyId = sent.ok ? (sent.value as { historyId: string }).historyId : '';
    const page = await dispatch('listHistory', { filter: { query: 'spring_sale' }, offset: 0, limit: 10 });
    expect(page).toMatchObject({
      ok: true,
      value: { total: 1, items: [{ id: historyId, outcome: 'accepted', caller: '380671112233' }] },
    });
    const entry = await dispatch('getHistoryEntry', { id: historyId });
    expect(entry).toMatchObject({
      ok: true,
      value: { request: { headers: { 'Auth-key': '[redacted]' } }, end: { httpStatus: 200 } },
    });
  });

  it('still asks before a repeat within a minute after the app restarts', async () => {
    const first = setUp();
    const folder = join(first.folder, 'history');
    const sending = first.dispatch('sendCallback', { form });
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.wire.release();
    await sending;
    await first.history.close();
    const second = setUp('accept', folder);
    await second.history.ready;
    expect(await second.dispatch('sendCallback', { form })).toMatchObject({
      ok: false,
      error: { code: 'confirm-duplicate' },
    });
    expect(second.wire.sent).toHaveLength(0);
  });

  it('sends nothing when the attempt cannot be written first', async () => {
    const wire = countingTransport();
    const refusingHistory = {
      recent: () => undefined,
      begin: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    } as unknown as HistoryStore;
    const settings = new SavedSettings(new MemorySettingsStore());
    const keys = new KeyVault(fakeCipher(), settings);
    const callbacks = new RealCallbackService({
      profiles: new ProfileService(settings, keys),
      keys,
      history: refusingHistory,
      simulatorUrl: () => 'http://127.0.0.1:9',
      transport: wire.transport,
    });
    expect(await callbacks.send(form)).toMatchObject({ ok: false, error: { code: 'history-unavailable' } });
    expect(wire.sent).toHaveLength(0);
  });

  it('sends an attempt again by its id, with the form the history holds, once; never another profile’s', async () => {
    const { dispatch, wire, history } = setUp();
    // Answers once the request has reached the wire, however long the history took to write first.
    const answerWhenSent = async (count: number) => {
      while (wire.sent.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
      wire.release();
    };
    const first = dispatch('sendCallback', { form });
    await answerWhenSent(1);
    const historyId = ((await first) as { ok: true; value: { historyId: string } }).value.historyId;
    await dispatch('setHistorySettings', { maxEntries: 100_000, maxAgeDays: 365, maskNumbers: true });
    const again = dispatch('resendHistoryEntry', { id: historyId });
    await answerWhenSent(2);
    const resent = await again;
    expect(resent).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
    expect(wire.sent).toHaveLength(2);
    expect((await history.get(historyId))?.form).toEqual(form);
    // The window is told the outcome with the numbers masked; the request went out with the real ones.
    expect(JSON.stringify(resent)).not.toContain('380671112233');
    expect(JSON.stringify(resent)).toContain('••••••••2233');

    const { id: _id, at: _at, ...stored } = (await history.get(historyId)) ?? { id: '', at: '' };
    const unreadable = history.begin({
      ...(stored as Parameters<typeof history.begin>[0]),
      form: { method: 'fax' } as never,
    });
    expect(inEnglish(await dispatch('resendHistoryEntry', { id: unreadable.id }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('fill in the form by hand') },
    });
    const other = await dispatch('createProfile', {
      profile: {
        name: 'Other',
        projectId: '1',
        numbers: [],
        country: 'UA',
        target: 'simulator',
        apiUrl: 'https://api.ringostat.net',
      },
    });
    expect(other.ok).toBe(true);
    expect(inEnglish(await dispatch('resendHistoryEntry', { id: historyId }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Switch to it') },
    });
    expect(wire.sent).toHaveLength(2);
  });
});
