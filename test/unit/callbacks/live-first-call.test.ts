import { describe, expect, it } from 'vitest';
import type { DeskError } from '../../../electron/contract/desk-types';
import type { Result } from '../../../electron/contract/result';
import { deskOnCountingWire, form } from '../../support/counting-wire';
import { inEnglish } from '../../support/english';

const setUp = deskOnCountingWire();

/** A live profile, active, with its key, as the person leaves it after creating it. */
async function liveProfile(
  desk: ReturnType<typeof setUp>,
  extra: { name?: string; projectId?: string; confirmLiveCalls?: boolean } = {},
) {
  const created = await desk.dispatch('createProfile', {
    profile: {
      name: extra.name ?? 'Shop',
      projectId: extra.projectId ?? '10001',
      numbers: ['380441112233'],
      country: 'UA',
      target: 'ringostat',
      apiUrl: 'https://api.ringostat.net',
      confirmLiveCalls: extra.confirmLiveCalls,
    },
  });
  const id = created.ok ? (created.value as { activeId: string }).activeId : '';
  desk.profiles.setKey(id, 'live-key-0123456789', 'encrypted');
  return id;
}

/** Sends, letting the wire answer at once; the answer, or main's refusal. */
async function send(
  desk: ReturnType<typeof setUp>,
  payload: Record<string, unknown>,
): Promise<Result<unknown, DeskError>> {
  const sending = desk.dispatch('sendCallback', payload);
  const timer = setInterval(() => desk.wire.release(), 5);
  try {
    return await sending;
  } finally {
    clearInterval(timer);
  }
}

function questionOf(result: Result<unknown, DeskError>) {
  if (result.ok || result.error.code !== 'confirm-live' || !result.error.live)
    throw new Error(`Expected the live question, got ${JSON.stringify(result)}`);
  return result.error.live;
}

describe('the first live callback of a session on a profile', () => {
  it('is refused until confirmed, with the parties as they will be sent, the project and the profile', async () => {
    const desk = setUp();
    await liveProfile(desk);
    const asked = await send(desk, { form });
    expect(desk.wire.sent).toEqual([]);
    expect(questionOf(asked)).toEqual({
      confirmation: expect.any(String),
      profileName: 'Shop',
      projectId: '10001',
      parties: [
        { field: 'caller', value: '380671112233' },
        { field: 'callee', value: 'sandbox_anna' },
      ],
      everyCall: false,
    });
    expect(inEnglish(asked)).toMatchObject({
      error: { message: expect.stringContaining('first live callback on “Shop”') },
    });
    const sent = await send(desk, { form, liveConfirmation: questionOf(asked).confirmation });
    expect(sent).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
    expect(desk.wire.sent).toHaveLength(1);
  });

  it('does not ask again on that profile this session, for other numbers too', async () => {
    const desk = setUp();
    await liveProfile(desk);
    await send(desk, { form, liveConfirmation: questionOf(await send(desk, { form })).confirmation });
    const other = { ...form, caller: '050 222 33 44' };
    expect(await send(desk, { form: other })).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
    expect(desk.wire.sent).toHaveLength(2);
  });

  it('sends only the callback the question named: other numbers, or a made-up confirmation, ask again', async () => {
    const desk = setUp();
    await liveProfile(desk);
    const { confirmation } = questionOf(await send(desk, { form }));
    const other = { ...form, callee: '0501112233' };
    const again = questionOf(await send(desk, { form: other, liveConfirmation: confirmation }));
    expect(again.parties).toContainEqual({ field: 'callee', value: '380501112233' });
    expect(again.confirmation).not.toBe(confirmation);
    questionOf(await send(desk, { form: other, liveConfirmation: 'made-up' }));
    // A newer question replaces the older one: its confirmation no longer sends anything.
    questionOf(await send(desk, { form, liveConfirmation: confirmation }));
    expect(desk.wire.sent).toEqual([]);
  });

  it('asks on each live profile, and again when a profile is pointed at another project', async () => {
    const desk = setUp();
    const shop = await liveProfile(desk);
    await send(desk, { form, liveConfirmation: questionOf(await send(desk, { form })).confirmation });
    await liveProfile(desk, { name: 'Warehouse', projectId: '20002' });
    expect(questionOf(await send(desk, { form })).profileName).toBe('Warehouse');
    await desk.dispatch('activateProfile', { id: shop });
    expect(await send(desk, { form, confirmDuplicate: true })).toMatchObject({ ok: true });
    await desk.dispatch('updateProfile', {
      id: shop,
      profile: {
        name: 'Shop',
        projectId: '30003',
        numbers: ['380441112233'],
        country: 'UA',
        target: 'ringostat',
        apiUrl: 'https://api.ringostat.net',
      },
    });
    expect(questionOf(await send(desk, { form, confirmDuplicate: true })).projectId).toBe('30003');
    expect(desk.wire.sent).toHaveLength(2);
  });

  it('says a missing key first: there is nothing to confirm until the call could go', async () => {
    const desk = setUp();
    const id = await liveProfile(desk);
    desk.profiles.clearKey(id);
    expect(await send(desk, { form })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('never asks on the sandbox', async () => {
    const desk = setUp();
    expect(await send(desk, { form })).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
  });
});

describe('a profile that asks before every live call', () => {
  it('asks every time, and each confirmation sends once', async () => {
    const desk = setUp();
    await liveProfile(desk, { confirmLiveCalls: true });
    const first = questionOf(await send(desk, { form }));
    expect(first.everyCall).toBe(true);
    expect(inEnglish(await send(desk, { form }))).toMatchObject({
      error: { message: expect.stringContaining('asks before every live call') },
    });
    const { confirmation } = questionOf(await send(desk, { form }));
    expect(await send(desk, { form, liveConfirmation: confirmation })).toMatchObject({ ok: true });
    // The same confirmation twice is not a second yes.
    questionOf(await send(desk, { form, confirmDuplicate: true, liveConfirmation: confirmation }));
    expect(desk.wire.sent).toHaveLength(1);
  });

  it('keeps the question answered through the "send again?" question that may follow it', async () => {
    const desk = setUp();
    await liveProfile(desk, { confirmLiveCalls: true });
    await send(desk, { form, liveConfirmation: questionOf(await send(desk, { form })).confirmation });
    const { confirmation } = questionOf(await send(desk, { form }));
    expect(await send(desk, { form, liveConfirmation: confirmation })).toMatchObject({
      ok: false,
      error: { code: 'confirm-duplicate' },
    });
    expect(await send(desk, { form, liveConfirmation: confirmation, confirmDuplicate: true })).toMatchObject({
      ok: true,
    });
    expect(desk.wire.sent).toHaveLength(2);
  });
});
