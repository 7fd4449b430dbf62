// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotifySettledToggle } from '../../../renderer/components/notify-settled';
import { bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;

beforeEach(() => {
  desk = bindWindowDesk();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

describe('the setting for a notice when a call-log row settles', () => {
  it('starts off, and is kept with the preferences once turned on', async () => {
    render(<NotifySettledToggle />);
    const setting = await screen.findByRole('checkbox', {
      name: 'Notify me when a call-log row settles while the window is in the background',
    });
    expect((setting as HTMLInputElement).checked).toBe(false);
    await userEvent.click(setting);
    expect((setting as HTMLInputElement).checked).toBe(true);
    expect(desk.saved()).toMatchObject({ notifyCallLogSettled: true });
    expect(desk.preferences.notifiesSettledRows()).toBe(true);
  });
});
