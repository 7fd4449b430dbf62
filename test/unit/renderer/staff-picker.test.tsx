// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { StaffPicker } from '../../../renderer/components/staff-picker';
import { addLiveProfile, bindSimulatorDesk, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;

afterEach(async () => {
  cleanup();
  await desk.dispose();
});

function renderPicker() {
  const picked: string[] = [];
  let closed = 0;
  render(<StaffPicker onPick={(value) => picked.push(value)} onClose={() => (closed += 1)} />);
  return { picked, closed: () => closed };
}

const rpc = '/api/json-rpc';

describe('picking an employee', () => {
  it('lists the project’s employees with their department, SIP logins and numbers, read just now', async () => {
    desk = await bindSimulatorDesk();
    renderPicker();
    const dialog = screen.getByRole('dialog', { name: 'Pick an employee' });
    expect(dialog.textContent).toContain('Reading the staff list…');
    // One read at a time: Refresh waits for the list on its way.
    expect((within(dialog).getByRole('button', { name: 'Refresh' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    const list = await within(dialog).findByRole('list');
    await within(list).findByText('Anna Kovalenko');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('Petro Shevchenko · Support');
    expect(within(list).getByRole('button', { name: 'sandbox_anna · online' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'sandbox_olena · offline' })).toBeTruthy();
    expect(within(list).getByRole('button', { name: '+380671110001' })).toBeTruthy();
    expect(dialog.textContent).toContain('Read just now.');
    // The search field is ready for typing at once.
    expect(document.activeElement).toBe(screen.getByLabelText(/^Find an employee/));
  });

  it('narrows the list by name, department, SIP login or number as you type', async () => {
    desk = await bindSimulatorDesk();
    renderPicker();
    await screen.findByText('Anna Kovalenko');
    const search = screen.getByLabelText('Find an employee: name, department, SIP login or number');
    await userEvent.type(search, 'support');
    expect(screen.queryByText('Anna Kovalenko')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.clear(search);
    await userEvent.type(search, '0003');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringContaining('Olena Bondar'),
    ]);
    await userEvent.clear(search);
    await userEvent.type(search, 'nobody here');
    expect(screen.getByText('Nobody matches.')).toBeTruthy();
  });

  it('fills the callee with the SIP login or the number clicked', async () => {
    desk = await bindSimulatorDesk();
    const { picked } = renderPicker();
    await userEvent.click(await screen.findByRole('button', { name: 'sandbox_petro · online' }));
    await userEvent.click(screen.getByRole('button', { name: '+380671110003' }));
    expect(picked).toEqual(['sandbox_petro', '380671110003']);
  });

  it('keeps the list it read, and reads it again only on Refresh', async () => {
    desk = await bindSimulatorDesk();
    renderPicker();
    await screen.findByText('Anna Kovalenko');
    cleanup();
    renderPicker();
    await screen.findByText('Anna Kovalenko');
    expect(desk.simulator.requestCount(rpc)).toBe(1);
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    await userEvent.click(refresh);
    await waitFor(() => expect(desk.simulator.requestCount(rpc)).toBe(2));
    await waitFor(() => expect((refresh as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText(/^Read just now\./)).toBeTruthy();
  });

  it('closes on Close without picking anyone', async () => {
    desk = await bindSimulatorDesk();
    const { picked, closed } = renderPicker();
    await screen.findByText('Anna Kovalenko');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(closed()).toBe(1);
    expect(picked).toEqual([]);
  });

  it('says how old a kept list is', async () => {
    // Main read the list five minutes ago by its own clock.
    desk = await bindSimulatorDesk({ desk: { now: () => new Date(Date.now() - 5 * 60_000) } });
    renderPicker();
    expect(await screen.findByText(/^Read 5 minutes ago\./)).toBeTruthy();
  });

  it('says why the staff cannot be read', async () => {
    desk = await bindSimulatorDesk();
    addLiveProfile(desk, { apiUrl: desk.simulator.url, projectId: '', key: 'sandbox-auth-key-0000' });
    renderPicker();
    expect(await screen.findByText('The profile has no project id: set it to read the staff.')).toBeTruthy();
    expect(desk.simulator.requestCount(rpc)).toBe(0);
  });
});
