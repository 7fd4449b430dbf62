// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../../electron/contract/desk-types';
import { translatorFor } from '../../../electron/contract/i18n/translate';
import type { Transport } from '../../../electron/ringostat/transport';
import { CallLogScreen } from '../../../renderer/components/call-log-screen';
import { TranslatorContext } from '../../../renderer/i18n';
import {
  addLiveProfile,
  bindSimulatorDesk,
  bindWindowDesk,
  sendOf,
  type SimulatorDesk,
  type WindowDesk,
} from '../../support/window-desk';

let desk: WindowDesk;
let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

afterEach(async () => {
  cleanup();
  visibility = 'visible';
  await desk.dispose();
});

const table = () => screen.getByRole('table', { name: 'Calls in the window, newest first' });
const rows = () => within(table()).getAllByRole('row').slice(1);
/** A row's cells, as the person reads them. */
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

async function sandboxScreen(options: Parameters<typeof bindSimulatorDesk>[0] = {}) {
  desk = await bindSimulatorDesk(options);
  return render(<CallLogScreen profile={desk.active()} />);
}

describe('the call log screen on the sandbox', () => {
  it('shows a placed callback’s row appear provisional and settle as final, then the attempt that placed it', async () => {
    // It rings longer than the screen's 2 s between reads, so the first read always finds it ringing.
    await sandboxScreen({ simulator: { ringMs: 3_000 } });
    expect(await screen.findByText(/^0 calls of 0/)).toBeTruthy();
    await sendOf({ method: 'extended', caller: '067 111 22 33', callee: 'sandbox_anna' });
    await waitFor(() => expect(rows()[0]?.dataset.state).toBe('provisional'), { timeout: 6_000 });
    expect(cells(rows()[0] as HTMLElement).slice(1, 5)).toEqual([
      'provisionalin history',
      'out',
      'NO ANSWER',
      '380671112233',
    ]);
    await waitFor(() => expect(rows()[0]?.dataset.state).toBe('final'), { timeout: 12_000 });
    expect(cells(rows()[0] as HTMLElement)).toEqual([
      // The person's time; the project's under it where the test machine's clock reads otherwise.
      expect.stringMatching(
        /^\d{1,2}:\d{2}:\d{2}\s?[AP]M(\d{1,2}:\d{2}\s?[AP]M GMT\+[23] in Europe\/Kyiv)?$/,
      ),
      'finalin history',
      'out',
      'ANSWERED',
      '380671112233',
      'sandbox_anna',
      'sandbox_anna',
      'Anna Kovalenko',
      '3',
      expect.stringMatching(/^\d+$/),
      '',
    ]);

    fireEvent.click(within(rows()[0] as HTMLElement).getByRole('button'));
    const details = screen.getByRole('region', { name: 'The chosen call and the attempt that placed it' });
    expect(await within(details).findByText('Accepted')).toBeTruthy();
    const request = within(details).getByRole('region', { name: 'Request as sent' }).textContent ?? '';
    expect(request).toContain(`POST ${(desk as SimulatorDesk).simulator.url}/a/v2`);
    expect(request).toContain('"caller": "380671112233"');
    expect(request).toContain('Auth-key: [redacted]');
  }, 30_000);

  it('filters by status, direction and employee, offering the values the window holds', async () => {
    await sandboxScreen();
    await sendOf({ method: 'extended', caller: '380500000006', callee: 'sandbox_petro' });
    await sendOf({ method: 'extended', caller: '0671112233', callee: 'sandbox_anna', direction: 'in' });
    await waitFor(() => expect(screen.getByText(/^2 calls of 2/)).toBeTruthy(), { timeout: 8_000 });
    await waitFor(
      () =>
        expect(
          within(screen.getByLabelText('Status'))
            .getAllByRole('option')
            .map((o) => o.textContent),
        ).toEqual(['All', 'ANSWERED', 'BUSY']),
      { timeout: 8_000 },
    );
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'BUSY' } });
    await waitFor(() => expect(rows().map((row) => cells(row)[4])).toEqual(['380500000006']));
    expect(screen.getByText(/^1 call of 2/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: '' } });
    expect(
      within(screen.getByLabelText('Direction'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'in (inbound)', 'out (outbound)']);
    fireEvent.change(screen.getByLabelText('Direction'), { target: { value: 'in' } });
    await waitFor(() => expect(rows().map((row) => cells(row)[4])).toEqual(['380671112233']));
    fireEvent.change(screen.getByLabelText('Direction'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Employee'), { target: { value: 'Petro Shevchenko' } });
    await waitFor(() => expect(rows().map((row) => cells(row)[4])).toEqual(['380500000006']));
  }, 30_000);

  it('stops reading while the window is hidden, reads at once when it shows again, and stops when closed', async () => {
    const view = await sandboxScreen();
    const reads = () => (desk as SimulatorDesk).simulator.requestCount('/calls/list');
    await screen.findByText(/^0 calls of 0/);
    visibility = 'hidden';
    await waitFor(() => expect(screen.getByText(/Paused while the window is hidden/)).toBeTruthy(), {
      timeout: 5_000,
    });
    const whileHidden = reads();
    await act(() => new Promise((resolve) => setTimeout(resolve, 2_500)));
    expect(reads()).toBe(whileHidden);
    visibility = 'visible';
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(reads()).toBe(whileHidden + 1));
    await waitFor(() => expect(screen.queryByText(/Paused/)).toBeNull());
    view.unmount();
    const closed = reads();
    await act(() => new Promise((resolve) => setTimeout(resolve, 2_500)));
    expect(reads()).toBe(closed);
  }, 20_000);

  it('with masking on, shows no number whole', async () => {
    desk = await bindSimulatorDesk();
    desk.preferences.setMaskNumbers(true);
    await sendOf({ method: 'extended', caller: '+38 067 111 22 33', callee: '0501234567' });
    const { container } = render(<CallLogScreen profile={desk.active()} />);
    await waitFor(() => expect(rows()).toHaveLength(1), { timeout: 6_000 });
    fireEvent.click(within(rows()[0] as HTMLElement).getByRole('button'));
    await screen.findByText('Accepted');
    expect(cells(rows()[0] as HTMLElement)[4]).toBe('••••••••2233');
    expect(container.textContent).not.toMatch(/671112233|501234567/);
    expect(screen.getAllByText('Numbers are masked to their last four digits.').length).toBeGreaterThan(0);
  }, 20_000);

  it('refuses a custom window the clocks skip, naming the time', async () => {
    await sandboxScreen();
    fireEvent.change(screen.getByLabelText('Window'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('From (project time, Europe/Kyiv)'), {
      target: { value: '2025-03-30T03:30' },
    });
    fireEvent.change(screen.getByLabelText('To (project time, Europe/Kyiv)'), {
      target: { value: '2025-03-30T05:00' },
    });
    expect(
      await screen.findByText(
        '2025-03-30T03:30 never happens in Europe/Kyiv: the clocks skip it. Choose a time before or after it.',
      ),
    ).toBeTruthy();
  });
});

/** A live project's call log, from the client's side: the rows given, whatever window is asked. */
function liveProject(rowsGiven: Record<string, string | number>[]): {
  transport: Transport;
  reads: () => number;
} {
  let count = 0;
  return {
    reads: () => count,
    transport: async (request: HttpRequest) => {
      if (request.url.includes('/calls/list')) count += 1;
      return {
        kind: 'answer',
        answer: {
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify(rowsGiven),
          truncated: false,
        },
        latencyMs: 1,
      };
    },
  };
}

describe('the call log screen on a live project', () => {
  it('reads every 15 s, says so, and speaks Ukrainian when the person does', async () => {
    const project = liveProject([
      {
        calldate: '2026-11-26T09:30:47+0200',
        uniqueid: '1764142247.17',
        call_type: 'in',
        disposition: 'ANSWERED',
        caller: '380671112233',
        dst: '380441112233',
        connected_with: 'supportrngst_manager1',
        employee_fio: 'Ірина Коваль',
        waittime: 4,
        billsec: 73,
        duration: 77,
        utm_source: 'google',
        utm_medium: 'cpc',
      },
    ]);
    desk = bindWindowDesk({ transport: project.transport });
    const profile = addLiveProfile(desk, {
      apiUrl: 'https://api.example.test',
      key: 'live-test-key-0123456789',
    });
    render(
      <TranslatorContext.Provider value={translatorFor('uk')}>
        <CallLogScreen profile={profile} />
      </TranslatorContext.Provider>,
    );
    expect(await screen.findByText(/Реальний проєкт: читаємо кожні 15 с\./)).toBeTruthy();
    const calls = await screen.findByRole('table', { name: 'Дзвінки за період, найновіші згори' });
    const [row] = within(calls).getAllByRole('row').slice(1);
    expect(cells(row as HTMLElement)).toEqual([
      expect.stringMatching(/^\d{2}:30:47(09:30 GMT\+2 за часом Europe\/Kyiv)?$/),
      'остаточно',
      'in',
      'ANSWERED',
      '380671112233',
      '380441112233',
      'supportrngst_manager1',
      'Ірина Коваль',
      '4',
      '73',
      'utm_source=google · utm_medium=cpc',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Коли' })).toBeTruthy();
    // The app's own reading pace on a live project: one read now, none in the next few seconds.
    await act(() => new Promise((resolve) => setTimeout(resolve, 3_000)));
    expect(project.reads()).toBe(1);
    fireEvent.click(within(row as HTMLElement).getByRole('button'));
    expect(
      screen.getByText(
        'Жодна спроба в історії цього застосунку не створила цей дзвінок (або вона старша за найновіші 500 спроб).',
      ),
    ).toBeTruthy();
  }, 20_000);
});
