// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetentionSettings } from '../../../renderer/components/retention-settings';
import { bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;
let savedTimes: number;

beforeEach(() => {
  desk = bindWindowDesk();
  savedTimes = 0;
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** Opens the settings once main has said what they are now. */
async function open() {
  render(<RetentionSettings onSaved={() => (savedTimes += 1)} />);
  await userEvent.click(screen.getByText('How much history to keep, and masking'));
  const entries = screen.getByLabelText('Entries at most') as HTMLInputElement;
  await waitFor(() => expect(entries.value).not.toBe(''));
  return { entries, days: screen.getByLabelText('Days at most (0: no limit)') as HTMLInputElement };
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('how much history to keep', () => {
  it('shows what main keeps now', async () => {
    desk.preferences.setHistoryRetention({ maxEntries: 2500, maxAgeDays: 30 });
    desk.preferences.setMaskNumbers(true);
    const { entries, days } = await open();
    expect(entries.value).toBe('2500');
    expect(days.value).toBe('30');
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });

  it('saves new limits and masking, and says what that does', async () => {
    const { entries, days } = await open();
    fireEvent.change(entries, { target: { value: '500' } });
    fireEvent.change(days, { target: { value: '0' } });
    await userEvent.click(screen.getByLabelText(/^Mask phone numbers/));
    await save();
    expect((await screen.findByRole('status')).textContent).toBe(
      'Saved: older entries beyond these limits are removed.',
    );
    expect(desk.saved()).toMatchObject({
      historyRetention: { maxEntries: 500, maxAgeDays: 0 },
      maskNumbers: true,
    });
    expect(savedTimes).toBe(1);
  });

  it('refuses a count outside its range, saying the range, and saves nothing', async () => {
    const { entries } = await open();
    const before = desk.saved();
    for (const wrong of ['99', '1000001', '12.5', 'many']) {
      fireEvent.change(entries, { target: { value: wrong } });
      await save();
      expect(screen.getByRole('status').textContent).toBe('Keep between 100 and 1,000,000 entries.');
    }
    expect(desk.saved()).toEqual(before);
    expect(savedTimes).toBe(0);
  });

  it('refuses an age outside its range, saying the range, and saves nothing', async () => {
    const { days } = await open();
    const before = desk.saved();
    fireEvent.change(days, { target: { value: '3651' } });
    await save();
    expect(screen.getByRole('status').textContent).toBe('Keep entries for 0 (no limit) to 3,650 days.');
    fireEvent.change(days, { target: { value: '-1' } });
    await save();
    expect(screen.getByRole('status').textContent).toBe('Keep entries for 0 (no limit) to 3,650 days.');
    expect(desk.saved()).toEqual(before);
  });
});
