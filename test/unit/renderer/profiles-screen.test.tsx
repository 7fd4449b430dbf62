// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskState } from '../../../electron/contract/desk-types';
import { ProfilesScreen } from '../../../renderer/components/profiles-screen';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;

beforeEach(() => {
  desk = bindWindowDesk();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The screen as the app holds it: main's answers become the state it shows. */
function Screen({ initial }: { initial: DeskState }) {
  const [state, setState] = useState(initial);
  return <ProfilesScreen state={state} onState={setState} />;
}

function open() {
  render(<Screen initial={desk.state()} />);
  return screen.getByRole('navigation', { name: 'Profile list' });
}

const savedNames = () => desk.saved().profiles.map((profile) => profile.name);
const activeName = () => desk.saved().profiles.find((p) => p.id === desk.saved().activeProfileId)?.name;

// Each profile's button reads its name, then its target; jsdom lays out no space between the two.
describe('the profiles screen', () => {
  it('lists the profiles and edits the active one, with its key section', () => {
    const list = open();
    const sandbox = within(list).getByRole('button', { name: /^Sandbox\s*sandbox$/ });
    expect(sandbox.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('form', { name: 'Profile Sandbox' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Auth-key' })).toBeTruthy();
    expect(screen.getByText('This profile is in use.')).toBeTruthy();
  });

  it('creates a profile, then keeps editing it as the active one, now with its key', async () => {
    const list = open();
    await userEvent.click(within(list).getByRole('button', { name: 'New profile' }));
    const form = screen.getByRole('form', { name: 'New profile' });
    expect(screen.queryByRole('region', { name: 'Auth-key' })).toBeNull();
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Shop' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Create profile' }));

    expect(await screen.findByRole('form', { name: 'Profile Shop' })).toBeTruthy();
    expect(
      within(list)
        .getByRole('button', { name: /^Shop\s*live$/ })
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(screen.getByRole('region', { name: 'Auth-key' }).textContent).toContain('No key set.');
    expect(activeName()).toBe('Shop');
  });

  it('switches to another profile on “Use this profile”', async () => {
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', name: 'Shop' });
    const list = open();
    await userEvent.click(within(list).getByRole('button', { name: /^Sandbox\s*sandbox$/ }));
    expect(screen.getByRole('form', { name: 'Profile Sandbox' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Use this profile' }));
    expect(await screen.findByText('This profile is in use.')).toBeTruthy();
    expect(activeName()).toBe('Sandbox');
  });

  it('duplicates a profile under a new name and edits the copy', async () => {
    const list = open();
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('form', { name: 'Profile Sandbox (copy)' })).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(savedNames()).toEqual(['Sandbox', 'Sandbox (copy)']);
    expect(activeName()).toBe('Sandbox (copy)');
  });

  it('asks before deleting, keeps the profile on “Keep”, and deletes it on “Delete”', async () => {
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', name: 'Shop', key: 'live-secret-key-98765' });
    const list = open();
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const question = screen.getByRole('alertdialog', { name: 'Delete profile?' });
    expect(question.textContent).toContain('Delete “Shop” and its key?');
    await userEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(savedNames()).toEqual(['Sandbox', 'Shop']);

    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('form', { name: 'Profile Sandbox' })).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /^Shop\s*live$/ })).toBeNull();
    expect(savedNames()).toEqual(['Sandbox']);
    expect(desk.saved().keys).toEqual({});
  });

  it('drops a pending delete question when another profile is chosen', async () => {
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', name: 'Shop' });
    const list = open();
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(list).getByRole('button', { name: /^Sandbox\s*sandbox$/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete…' })).toBeTruthy();
  });

  it('refuses to delete the last profile, saying what to do', async () => {
    open();
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The last profile cannot be deleted: create another one first.',
    );
    expect(savedNames()).toEqual(['Sandbox']);
  });
});
