// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../electron/contract/desk-types';
import type { Transport } from '../../../electron/ringostat/transport';
import { CallbackForm } from '../../../renderer/components/callback-form';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let sent: number;
/** The server answers once this resolves: a test holds it to keep a send in flight. */
let answered: Promise<void>;
let profile: ProfileView;
let desk: WindowDesk;

beforeEach(() => {
  sent = 0;
  answered = Promise.resolve();
  const transport: Transport = async (request) => {
    // Only callbacks count: an accepted one is then looked for in the call log, with GETs.
    if (request.method === 'POST') sent += 1;
    await answered;
    // An answer counts only when it names the request it answers.
    const id = request.method === 'POST' ? (JSON.parse(request.body) as { id: number }).id : null;
    return {
      kind: 'answer',
      answer: {
        status: 200,
        contentType: null,
        body: JSON.stringify({ id, result: true }),
        truncated: false,
      },
      latencyMs: 1,
    };
  };
  desk = bindWindowDesk({ transport, simulatorUrl: () => 'http://127.0.0.1:9' });
  profile = desk.active();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

describe('the callback form validates as you type', () => {
  it('shows the normalised value a valid number will send', async () => {
    render(<CallbackForm profile={profile} />);
    await userEvent.type(
      screen.getByLabelText('Caller (the client: number or SIP login)'),
      '+38 (067) 111-22-33',
    );
    expect(await screen.findByText('will send 380671112233')).toBeTruthy();
  });

  it('names the field and the problem under an invalid value once it is left, linked for screen readers', async () => {
    render(<CallbackForm profile={profile} />);
    const caller = screen.getByLabelText('Caller (the client: number or SIP login)');
    await userEvent.type(caller, '067 111');
    await userEvent.tab();
    const error = await screen.findByText(/^Caller: “067 111” is not a valid phone number/);
    expect(caller.getAttribute('aria-invalid')).toBe('true');
    expect(caller.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
  });

  it('does not complain about an empty field until the person leaves it or sends', async () => {
    render(<CallbackForm profile={profile} />);
    await userEvent.type(screen.getByLabelText('Caller (the client: number or SIP login)'), '0671112233');
    await screen.findByText('will send 380671112233');
    expect(screen.queryByText('Callee: fill this in.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Place sandbox callback' }));
    expect(await screen.findByText('Callee: fill this in.')).toBeTruthy();
    expect(sent).toBe(0);
  });

  it('asks for a scheme id when the callee type is a forwarding scheme, and shows who rings first', async () => {
    render(<CallbackForm profile={profile} />);
    await userEvent.click(screen.getByLabelText('Forwarding scheme'));
    await userEvent.type(screen.getByLabelText('Callee (forwarding scheme id)'), '10a');
    await userEvent.tab();
    expect(await screen.findByText(/^Callee: “10a” is not a forwarding scheme id/)).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Inbound, with UTM labels'));
    await userEvent.click(screen.getByLabelText('Client'));
    await userEvent.type(screen.getByLabelText('Caller (the client: number or SIP login)'), '0671112233');
    await userEvent.clear(screen.getByLabelText('Callee (forwarding scheme id)'));
    await userEvent.type(screen.getByLabelText('Callee (forwarding scheme id)'), '101');
    expect(await screen.findByText('sends manager_dst 1: the client rings first')).toBeTruthy();
  });
});

describe('the outcome panel speaks only of the latest attempt', () => {
  it('drops an earlier outcome when the next attempt ends before anything is sent', async () => {
    // Main answers the second send with a refusal of its own, as it does when the history cannot be written.
    const bridge = window.desk;
    let refuse = false;
    window.desk = {
      ...bridge,
      sendCallback: async (payload) =>
        refuse
          ? { ok: false, error: { code: 'history-unavailable', message: { key: 'send.historyUnavailable' } } }
          : bridge.sendCallback(payload),
    };
    render(<CallbackForm profile={profile} />);
    await userEvent.type(screen.getByLabelText('Caller (the client: number or SIP login)'), '0671112233');
    await userEvent.type(screen.getByLabelText('Callee (the employee: number or SIP login)'), 'sandbox_anna');
    const send = screen.getByRole('button', { name: 'Place sandbox callback' });
    await userEvent.click(send);
    const panel = screen.getByRole('region', { name: 'Outcome' });
    await waitFor(() => expect(panel.textContent).toContain('Accepted'));

    refuse = true;
    await userEvent.clear(screen.getByLabelText('Caller (the client: number or SIP login)'));
    await userEvent.type(screen.getByLabelText('Caller (the client: number or SIP login)'), '0671112244');
    await userEvent.click(send);
    expect((await screen.findByRole('alert')).textContent).toContain('Nothing was sent');
    expect(panel.textContent).not.toContain('Accepted');
    expect(panel.textContent).toContain('Nothing sent yet.');
  });
});

describe('sending', () => {
  const caller = () => screen.getByLabelText('Caller (the client: number or SIP login)');
  const fillIn = async () => {
    await userEvent.type(caller(), '0671112233');
    await userEvent.type(screen.getByLabelText('Callee (the employee: number or SIP login)'), 'sandbox_anna');
  };
  const outcome = () => screen.getByRole('region', { name: 'Outcome' });

  it('sends with one request to main, which checks the form itself', async () => {
    // Every call the window makes to main, by name, from the click on.
    const calls: string[] = [];
    const bridge = window.desk;
    window.desk = Object.fromEntries(
      Object.entries(bridge).map(([name, method]) => [
        name,
        (...args: unknown[]) => {
          calls.push(name);
          return (method as (...given: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as typeof bridge;
    render(<CallbackForm profile={profile} />);
    await fillIn();
    // The preview of what was typed has come back: from here on, only the send speaks to main.
    await screen.findByText('will send sandbox_anna');
    calls.length = 0;
    await userEvent.click(screen.getByRole('button', { name: 'Place sandbox callback' }));
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    // Of the calls that check or send a callback, only the send: no preview is asked for first. (The
    // SIP status hint, the call-log watch and the notification setting ask main for their own things.)
    expect(calls.filter((name) => name === 'previewCallback' || name === 'sendCallback')).toEqual([
      'sendCallback',
    ]);
    expect(sent).toBe(1);
  });

  it('shows what main refused under its field, having sent nothing', async () => {
    render(<CallbackForm profile={profile} />);
    await userEvent.type(caller(), '067 111');
    await userEvent.type(screen.getByLabelText('Callee (the employee: number or SIP login)'), 'sandbox_anna');
    // At once, before the preview of what was typed has come back.
    await userEvent.click(screen.getByRole('button', { name: 'Place sandbox callback' }));
    expect(await screen.findByText(/^Caller: “067 111” is not a valid phone number/)).toBeTruthy();
    expect(outcome().textContent).toContain('Nothing sent yet.');
    expect(sent).toBe(0);
  });

  it('sends with Ctrl+Enter from a field', async () => {
    render(<CallbackForm profile={profile} />);
    await fillIn();
    await userEvent.type(caller(), '{Control>}{Enter}{/Control}');
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    expect(sent).toBe(1);
  });

  it('sends once for a double click, and does not call the second click a problem', async () => {
    let answer = () => {};
    answered = new Promise((resolve) => (answer = resolve));
    render(<CallbackForm profile={profile} />);
    await fillIn();
    await userEvent.dblClick(screen.getByRole('button', { name: 'Place sandbox callback' }));
    await waitFor(() => expect(sent).toBe(1));
    answer();
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    expect(sent).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('sends once while Ctrl+Enter is held down and repeats', async () => {
    let answer = () => {};
    answered = new Promise((resolve) => (answer = resolve));
    render(<CallbackForm profile={profile} />);
    await fillIn();
    // A held key repeats its keydown at once, before the form has had time to disable anything.
    for (let repeat = 0; repeat < 3; repeat += 1)
      fireEvent.keyDown(caller(), { key: 'Enter', ctrlKey: true, repeat: repeat > 0 });
    await waitFor(() => expect(sent).toBe(1));
    answer();
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    expect(sent).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks before sending the same callback again within a minute, and sends only when told to', async () => {
    render(<CallbackForm profile={profile} />);
    await fillIn();
    const send = screen.getByRole('button', { name: 'Place sandbox callback' });
    await userEvent.click(send);
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    await userEvent.click(send);
    const question = await screen.findByRole('alertdialog', { name: 'Send again?' });
    expect(question.textContent).toMatch(/The same callback was sent \d+ seconds? ago \(outcome: accepted\)/);
    await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(sent).toBe(1);
    await userEvent.click(send);
    await userEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Send again' }),
    );
    await waitFor(() => expect(sent).toBe(2));
  });

  it('keeps the earlier outcome in view while asking whether to send it again', async () => {
    render(<CallbackForm profile={profile} />);
    await fillIn();
    const send = screen.getByRole('button', { name: 'Place sandbox callback' });
    await userEvent.click(send);
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    await userEvent.click(send);
    const question = await screen.findByRole('alertdialog', { name: 'Send again?' });
    // Nothing new was sent: the callback placed a moment ago is still the outcome, not "nothing sent".
    expect(outcome().textContent).toContain('Accepted');
    await userEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(outcome().textContent).toContain('Accepted');
    expect(outcome().textContent).not.toContain('Nothing sent yet.');
    expect(sent).toBe(1);
  });

  it('asks before a live call on a profile that wants it', async () => {
    const live = addLiveProfile(desk, {
      apiUrl: 'http://127.0.0.1:9',
      key: 'live-key-12345678',
      confirmLiveCalls: true,
    });
    render(<CallbackForm profile={live} />);
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Place live callback' }));
    const question = await screen.findByRole('alertdialog', { name: 'Place a live call?' });
    expect(sent).toBe(0);
    await userEvent.click(within(question).getByRole('button', { name: 'Place the live call' }));
    await waitFor(() => expect(outcome().textContent).toContain('Accepted'));
    expect(sent).toBe(1);
  });

  it('lists what no field can show, such as a missing key, once the person tries to send', async () => {
    const live = addLiveProfile(desk, { apiUrl: 'http://127.0.0.1:9' });
    render(<CallbackForm profile={live} />);
    await fillIn();
    // Main has already said the key is missing; the form keeps it until the person tries to send.
    await screen.findByText('will send sandbox_anna');
    expect(screen.queryByText('This profile has no Auth-key: set it in the profile.')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Place live callback' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This profile has no Auth-key: set it in the profile.',
    );
    expect(sent).toBe(0);
  });
});
