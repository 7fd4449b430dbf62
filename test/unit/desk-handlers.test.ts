import { basename, join } from 'node:path';
import { inEnglish } from '../support/english';
import { describe, expect, it } from 'vitest';
import type { CallLogWatcher } from '../../electron/callbacks/call-log-watcher';
import type { CallbackService } from '../../electron/callbacks/callback-service';
import type { StaffDirectory } from '../../electron/callbacks/staff-directory';
import type { BatchService } from '../../electron/batch/batch-service';
import type { TemplateStore } from '../../electron/templates/template-store';
import { countingTransport, deskOnCountingWire, form } from '../support/counting-wire';
import { createDeskHandlers, createDispatcher } from '../../electron/desk-handlers';

const setUp = deskOnCountingWire();

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
      chooseImportFile: async () => null,
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
    // The session's first live call asks; main's confirmation of it sends it.
    const asked = await dispatch('sendCallback', { form });
    const liveConfirmation = asked.ok ? '' : (asked.error.live?.confirmation ?? '');
    expect(JSON.stringify(asked)).not.toContain('live-key-0123456789');
    const sending = dispatch('sendCallback', { form, liveConfirmation });
    await new Promise((resolve) => setTimeout(resolve, 10));
    wire.release();
    const sent = await sending;
    expect(wire.sent).toEqual(['live-key-0123456789']);
    expect(JSON.stringify(sent)).not.toContain('live-key-0123456789');
  });
});

describe('showing an exported file in its folder', () => {
  it('shows only a file main itself wrote since it started, whatever path the window names', async () => {
    const { dispatch, desk } = setUp();
    const templates = join(desk.folder, 'templates.json');
    const refusedFor = async (path: string) =>
      (await dispatch('showInFolder', { path })) as { ok: boolean; error?: { code: string } };
    // Nothing written yet: not even a file of the app's own is shown.
    expect(await refusedFor(templates)).toMatchObject({ ok: false, error: { code: 'not-exported' } });

    const exported = await dispatch('exportHistory', { filter: {}, format: 'json', maskNumbers: false });
    const path = exported.ok ? (exported.value as { path: string }).path : '';
    expect(path).not.toBe('');
    expect(await dispatch('showInFolder', { path })).toEqual({ ok: true, value: null });
    expect(desk.revealed).toEqual([path]);

    // The same file named another way, a file beside it, or anywhere else: refused, nothing shown.
    for (const other of [
      '/etc/passwd',
      templates,
      join(path, '..'),
      `${path}/../${basename(path)}`,
      `${path} `,
      path.toUpperCase(),
      basename(path),
    ]) {
      expect(await refusedFor(other), other).toMatchObject({ ok: false, error: { code: 'not-exported' } });
    }
    expect(desk.revealed).toEqual([path]);
  });
});
