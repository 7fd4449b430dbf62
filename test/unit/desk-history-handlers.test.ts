// What the handlers keep of each attempt, and what they do with it after a restart or a failed write.
import { inEnglish } from '../support/english';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallbackService } from '../../electron/callbacks/callback-service';
import type { HistoryStore } from '../../electron/history/history-store';
import { MemorySettingsStore } from '../../electron/profiles/settings-store';
import { countingTransport, deskOnCountingWire, form } from '../support/counting-wire';
import { openProfileParts } from '../support/profile-parts';

const setUp = deskOnCountingWire();

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
    const { profiles, keys } = openProfileParts(new MemorySettingsStore());
    const callbacks = new CallbackService({
      profiles,
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
