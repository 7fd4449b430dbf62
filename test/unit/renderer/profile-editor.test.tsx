// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskState, ProfileView } from '../../../electron/contract/desk-types';
import { ProfileEditor } from '../../../renderer/components/profile-editor';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;
let told: DeskState[];

beforeEach(() => {
  desk = bindWindowDesk();
  told = [];
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

function edit(profile: ProfileView | null) {
  render(<ProfileEditor profile={profile} onState={(state) => told.push(state)} />);
  return screen.getByRole('form', { name: profile ? `Profile ${profile.name}` : 'New profile' });
}

/** Fills a field in one go, as pasting does. */
function fill(form: HTMLElement, label: string | RegExp, value: string) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}

describe('creating a profile', () => {
  it('starts as a live Ringostat project with the usual defaults', () => {
    const form = edit(null);
    const live = within(form).getByLabelText('Ringostat (live: rings real phones)') as HTMLInputElement;
    expect(live.checked).toBe(true);
    expect((within(form).getByLabelText(/^Default country/) as HTMLInputElement).value).toBe('UA');
    expect((within(form).getByLabelText(/^Project time zone/) as HTMLInputElement).value).toBe('Europe/Kyiv');
    expect((within(form).getByLabelText('API URL') as HTMLInputElement).value).toBe(
      'https://api.ringostat.net',
    );
    expect(within(form).getByRole('button', { name: 'Create profile' })).toBeTruthy();
  });

  it('saves what was typed, numbers in the form they are sent in, and makes it the active profile', async () => {
    const form = edit(null);
    fill(form, 'Name', 'Shop');
    fill(form, 'Project id', '20002');
    fill(form, /^Incoming numbers/, '044 111 22 33\n+380 44 222 33 44, 0441112233');
    fill(form, /^Do-not-call numbers/, '067 999 88 77');
    await userEvent.click(within(form).getByLabelText('Ask before every live call'));
    await userEvent.click(within(form).getByRole('button', { name: 'Create profile' }));

    await screen.findByText('Saved.');
    const saved = desk.saved();
    const shop = saved.profiles.find((profile) => profile.name === 'Shop');
    expect(shop).toMatchObject({
      projectId: '20002',
      numbers: ['380441112233', '380442223344'],
      blocklist: ['380679998877'],
      target: 'ringostat',
      apiUrl: 'https://api.ringostat.net',
      confirmLiveCalls: true,
    });
    expect(saved.activeProfileId).toBe(shop?.id);
    expect(told.at(-1)?.activeId).toBe(shop?.id);
  });

  it('asks for no API URL on a simulator profile', async () => {
    const form = edit(null);
    await userEvent.click(within(form).getByLabelText('Embedded simulator'));
    expect(within(form).queryByLabelText('API URL')).toBeNull();
  });

  it('names each wrong field under it and saves nothing', async () => {
    const form = edit(null);
    fill(form, 'Project id', '12a');
    fill(form, /^Default country/, 'ZZZ');
    fill(form, /^Incoming numbers/, '12');
    fill(form, 'API URL', 'http://api.example.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Create profile' }));

    const name = within(form).getByLabelText('Name');
    expect(await within(form).findByText('Name: fill this in.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText(/^Project id: “12a” is not a project id/)).toBeTruthy();
    expect(within(form).getByText(/^Default country: “ZZZ” is not a country code/)).toBeTruthy();
    expect(
      within(form)
        .getByLabelText(/^Incoming numbers/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(within(form).getByText(/^Project number: “12”/)).toBeTruthy();
    expect(within(form).getByText(/the Auth-key would travel unencrypted/)).toBeTruthy();
    expect(desk.saved().profiles).toHaveLength(1);
    expect(told).toEqual([]);
    expect(screen.queryByText('Saved.')).toBeNull();
  });
});

describe('editing a profile', () => {
  it('saves a change, says so, and stops saying so at the next change', async () => {
    const form = edit(desk.active());
    fill(form, 'Name', 'Training room');
    await userEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(await within(form).findByRole('status')).toHaveProperty('textContent', 'Saved.');
    expect(desk.saved().profiles[0]?.name).toBe('Training room');
    await userEvent.type(within(form).getByLabelText('Name'), '!');
    expect(within(form).getByRole('status').textContent).toBe('');
  });

  it('saves with Enter from a field', async () => {
    const form = edit(desk.active());
    await userEvent.type(within(form).getByLabelText('Project id'), '{Backspace}2{Enter}');
    await within(form).findByText('Saved.');
    expect(desk.saved().profiles[0]?.projectId).toBe('10002');
  });

  it('says in words when the profile has gone meanwhile', async () => {
    const gone = desk.active();
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net' });
    desk.profiles.remove(gone.id);
    const form = edit(gone);
    await userEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'That profile no longer exists: reload the list.',
    );
  });
});

describe('editing a live profile’s API URL', () => {
  it('warns that another address removes the key, and saving does remove it', async () => {
    const live = addLiveProfile(desk, {
      apiUrl: 'https://api.ringostat.net',
      name: 'Live',
      key: 'live-key-0123456789abcdef',
    });
    const form = edit(live);
    const url = within(form).getByLabelText('API URL');
    const warning = 'Saving another address removes this profile’s Auth-key: paste it again afterwards.';
    await userEvent.type(url, '/v1');
    expect(screen.queryByText(warning)).toBeNull();
    fill(form, 'API URL', 'https://ringostat.example.com');
    expect(screen.getByText(warning)).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(told.length).toBeGreaterThan(0));
    expect(told.at(-1)?.profiles.find((profile) => profile.id === live.id)?.key.set).toBe(false);
  });
});
