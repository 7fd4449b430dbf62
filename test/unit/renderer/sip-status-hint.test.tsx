// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SipStatusHint } from '../../../renderer/components/sip-status-hint';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { addLiveProfile, bindSimulatorDesk, sendOf, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;

beforeEach(async () => {
  desk = await bindSimulatorDesk({ simulator: { ringMs: 60_000 } });
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The hint's line once it has said something. */
async function said(): Promise<HTMLElement> {
  const line = screen.getByRole('status');
  await waitFor(() => expect(line.textContent).not.toBe(''));
  return line;
}

describe('the SIP status beside the callee', () => {
  it('says an online login is online, as a plain hint', async () => {
    render(<SipStatusHint login="sandbox_anna" />);
    const line = await said();
    expect(line.textContent).toBe('sandbox_anna is online.');
    expect(line.className).toContain('field-hint');
  });

  it('warns that an offline login may not answer', async () => {
    render(<SipStatusHint login="sandbox_olena" />);
    const line = await said();
    expect(line.textContent).toBe('sandbox_olena is offline: the call may not be answered.');
    expect(line.className).toContain('notice');
  });

  it('warns that a login is in a call right now', async () => {
    await sendOf(toCallbackForm({ ...emptyDraft, caller: '0671112233', callee: 'sandbox_petro' }));
    render(<SipStatusHint login="sandbox_petro" />);
    expect((await said()).textContent).toBe('sandbox_petro is in a call right now.');
  });

  it('keeps an empty line, asking nothing, for a callee that is not a SIP login', async () => {
    render(<SipStatusHint login={null} />);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(desk.simulator.requestCount('/sipstatus/online')).toBe(0);
  });

  it('says why the status cannot be read, without blocking anything', async () => {
    addLiveProfile(desk, { apiUrl: desk.simulator.url });
    render(<SipStatusHint login="sandbox_anna" />);
    expect((await said()).textContent).toBe(
      'The SIP status could not be read: This profile has no Auth-key: set it in the profile.',
    );
  });

  it('never shows the last login’s status under a new one', async () => {
    const { rerender } = render(<SipStatusHint login="sandbox_anna" />);
    await said();
    rerender(<SipStatusHint login="sandbox_olena" />);
    expect(screen.getByRole('status').textContent).toBe('');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'sandbox_olena is offline: the call may not be answered.',
      ),
    );
  });
});
