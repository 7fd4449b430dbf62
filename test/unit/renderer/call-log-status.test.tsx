// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../electron/contract/desk-types';
import type { Transport } from '../../../electron/ringostat/transport';
import { CallLogStatus } from '../../../renderer/components/call-log-status';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import {
  addLiveProfile,
  bindSimulatorDesk,
  bindWindowDesk,
  sendOf,
  type WindowDesk,
} from '../../support/window-desk';

const form = toCallbackForm({ ...emptyDraft, caller: '067 111 22 33', callee: 'sandbox_anna' });
let desk: WindowDesk;

afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The value beside a label in the row shown. */
function fact(label: string): string {
  return screen.getByText(label).nextElementSibling?.textContent ?? '';
}

/**
 * A live project's server, from the client's side: accepts every callback and
 * lists, for any window asked, the calls given, as its call log would.
 */
function project(rows: (sentAt: string) => Record<string, string | number | null>[]): Transport {
  let sentAt = '';
  return async (request: HttpRequest) => {
    if (request.method === 'POST') sentAt = new Date().toISOString();
    const body = request.method === 'POST' ? '{"result":true}' : JSON.stringify(rows(sentAt));
    return {
      kind: 'answer',
      answer: { status: 200, contentType: 'application/json', body, truncated: false },
      latencyMs: 1,
    };
  };
}

describe('following a callback into the call log', () => {
  it('looks for the row, then shows it as final and says so once', async () => {
    desk = await bindSimulatorDesk();
    const sent = await sendOf(form);
    let settled = 0;
    render(<CallLogStatus historyId={sent.historyId} onSettled={() => (settled += 1)} />);
    expect(screen.getByText('Looking for the call…')).toBeTruthy();

    const badge = await screen.findByRole('status', {}, { timeout: 8_000 });
    await within(badge).findByText('Final', {}, { timeout: 8_000 });
    expect(fact('Status')).toBe('ANSWERED');
    expect(fact('Who called')).toBe('380671112233');
    expect(fact('Where they called')).toBe('sandbox_anna');
    expect(fact('Employee')).toBe('Anna Kovalenko');
    expect(screen.getByText('The call-log row stopped changing.')).toBeTruthy();
    expect(settled).toBe(1);
    // A field the row does not have is left out rather than shown empty.
    expect(screen.queryByText('Forwarding scheme')).toBeNull();
  });

  it('marks a row that may still change as provisional, and keeps following it', async () => {
    desk = await bindSimulatorDesk({ simulator: { ringMs: 60_000 } });
    const sent = await sendOf(form);
    let settled = 0;
    render(<CallLogStatus historyId={sent.historyId} onSettled={() => (settled += 1)} />);
    expect(
      await screen.findByText(
        'Found: provisional, the call may still be in progress',
        {},
        { timeout: 8_000 },
      ),
    ).toBeTruthy();
    expect(fact('Status')).toBe('NO ANSWER');
    expect(settled).toBe(0);
  });

  it('says in words when the attempt is no longer in the history', async () => {
    desk = await bindSimulatorDesk();
    render(<CallLogStatus historyId="no-such-attempt" />);
    expect(await screen.findByText('That history entry no longer exists.')).toBeTruthy();
  });

  it('links the call card at its https address, and says how many rows matched', async () => {
    const row = (sentAt: string, card: string) => ({
      calldate: sentAt,
      caller: '380671112233',
      dst: 'sandbox_anna',
      disposition: 'ANSWERED',
      duration: 31,
      call_card: card,
    });
    desk = bindWindowDesk({
      callLogIntervalMs: { live: 200, simulator: 200 },
      transport: project((sentAt) => [
        row(sentAt, 'https://app.ringostat.com/calls/42'),
        { ...row(sentAt, 'https://app.ringostat.com/calls/41'), duration: 12 },
      ]),
    });
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', key: 'live-secret-key-98765' });
    const sent = await sendOf(form);
    render(<CallLogStatus historyId={sent.historyId} />);
    const link = await screen.findByRole(
      'link',
      { name: 'Open the call card in Ringostat' },
      { timeout: 8_000 },
    );
    expect(link.getAttribute('href')).toBe('https://app.ringostat.com/calls/42');
    expect(screen.getByRole('status').textContent).toContain(
      '(2 rows matched; the closest to the send is shown)',
    );
  });

  it('offers no link for a call card that is not https', async () => {
    desk = bindWindowDesk({
      callLogIntervalMs: { live: 200, simulator: 200 },
      transport: project((sentAt) => [
        {
          calldate: sentAt,
          caller: '380671112233',
          dst: 'sandbox_anna',
          duration: 9,
          call_card: 'javascript:alert(1)',
        },
      ]),
    });
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', key: 'live-secret-key-98765' });
    const sent = await sendOf(form);
    render(<CallLogStatus historyId={sent.historyId} />);
    await screen.findByText('Final', {}, { timeout: 8_000 });
    expect(screen.queryByRole('link')).toBeNull();
  });
});
