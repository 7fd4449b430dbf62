// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SentCallback } from '../../../electron/contract/desk-types';
import { OutcomePanel } from '../../../renderer/components/outcome-panel';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { addLiveProfile, bindSimulatorDesk, sendOf, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;

beforeEach(async () => {
  desk = await bindSimulatorDesk();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

const callTo = (callee: string) => sendOf(toCallbackForm({ ...emptyDraft, caller: '0671112233', callee }));

function show(result: SentCallback | null, sending = false) {
  render(<OutcomePanel result={result} sending={sending} />);
  return screen.getByRole('region', { name: 'Outcome' });
}

describe('the outcome panel', () => {
  it('says nothing was sent yet, then that it waits for the answer', () => {
    const { rerender } = render(<OutcomePanel result={null} sending={false} />);
    expect(screen.getByRole('status').textContent).toBe('Nothing sent yet.');
    rerender(<OutcomePanel result={null} sending />);
    expect(screen.getByRole('status').textContent).toBe('Sending… waiting for Ringostat’s answer.');
  });

  it('says an accepted callback was accepted, with its status and latency, and follows it in the call log', async () => {
    const sent = await callTo('sandbox_anna');
    const panel = show(sent);
    const said = within(panel).getByRole('status');
    expect(said.textContent).toContain('Accepted');
    expect(said.textContent).toContain('Ringostat accepted the callback (HTTP 200).');
    expect(said.textContent).toContain(`HTTP 200 · ${sent.latencyMs ?? 0} ms`);
    const callLog = within(panel).getByRole('region', { name: 'Call log' });
    expect(await within(callLog).findByText('Final', {}, { timeout: 8_000 })).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Check the call log: did it ring?' })).toBeNull();
  });

  it('offers to check the call log for an unknown outcome, and looks only when asked', async () => {
    // The simulator places this call, then answers with an HTML page: whether it rang cannot be told.
    const sent = await callTo('380500000005');
    const panel = show(sent);
    expect(within(panel).getByRole('status').textContent).toContain('Unknown');
    expect(within(panel).queryByRole('region', { name: 'Call log' })).toBeNull();
    const reads = desk.simulator.requestCount('/calls/list');
    await userEvent.click(within(panel).getByRole('button', { name: 'Check the call log: did it ring?' }));
    const callLog = within(panel).getByRole('region', { name: 'Call log' });
    expect(await within(callLog).findByText('Final', {}, { timeout: 8_000 })).toBeTruthy();
    expect(desk.simulator.requestCount('/calls/list')).toBeGreaterThan(reads);
  });

  it('neither follows nor offers to check a refused callback, which placed no call', async () => {
    const panel = show(await callTo('380500000001'));
    expect(within(panel).getByRole('status').textContent).toContain('Rejected');
    expect(within(panel).queryByRole('region', { name: 'Call log' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Check the call log: did it ring?' })).toBeNull();
  });

  it('keeps the raw answer and the request as sent one click away, the key redacted', async () => {
    const secret = 'sandbox-auth-key-0000';
    addLiveProfile(desk, { apiUrl: desk.simulator.url, key: secret });
    const panel = show(await callTo('sandbox_anna'));
    await userEvent.click(within(panel).getByText('Raw answer'));
    expect(within(panel).getByRole('region', { name: 'Raw answer' }).textContent).toMatch(
      /^HTTP 200 application\/json/,
    );
    await userEvent.click(within(panel).getByText('Request as sent'));
    const request = within(panel).getByRole('region', { name: 'Request as sent' });
    expect(request.textContent).toContain(`POST ${desk.simulator.url}/a/v2`);
    expect(request.textContent).toContain('Auth-key: [redacted]');
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('hides the details while the next attempt is being sent', async () => {
    show(await callTo('sandbox_anna'), true);
    expect(screen.queryByText('Raw answer')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Call log' })).toBeNull();
  });
});
