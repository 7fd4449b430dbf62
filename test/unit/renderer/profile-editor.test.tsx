// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deskMethods } from '../../../electron/contract/desk-methods';
import type { DeskBridge, DeskState, ProfileView } from '../../../electron/contract/desk-types';
import { nodeTransport } from '../../../electron/ringostat/node-transport';
import { ProfileEditor } from '../../../renderer/components/profile-editor';
import { testDesk, type TestDesk } from '../../support/test-desk';

let desk: TestDesk;
let live: ProfileView;

beforeEach(() => {
  desk = testDesk({ transport: nodeTransport, simulatorUrl: () => 'http://127.0.0.1:9' });
  window.desk = Object.fromEntries(
    deskMethods.map((method) => [method, (payload: unknown) => desk.dispatch(method, payload)]),
  ) as unknown as DeskBridge;
  const created = desk.profiles.create({
    name: 'Live',
    projectId: '11111',
    numbers: [],
    country: 'UA',
    target: 'ringostat',
    apiUrl: 'https://api.ringostat.net',
  });
  const id = created.ok ? created.value.activeId : '';
  desk.profiles.setKey(id, 'live-key-0123456789abcdef', 'encrypted');
  live = desk.profiles.state().profiles.find((profile) => profile.id === id) as ProfileView;
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

describe('editing a live profile’s API URL', () => {
  it('warns that another address removes the key, and saving does remove it', async () => {
    let state: DeskState | null = null;
    render(<ProfileEditor profile={live} onState={(next) => (state = next)} />);
    const url = screen.getByLabelText('API URL');
    const warning = 'Saving another address removes this profile’s Auth-key: paste it again afterwards.';
    await userEvent.type(url, '/v1');
    expect(screen.queryByText(warning)).toBeNull();
    await userEvent.clear(url);
    await userEvent.type(url, 'https://ringostat.example.com');
    expect(screen.getByText(warning)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(state).not.toBeNull());
    expect((state as DeskState | null)?.profiles.find((profile) => profile.id === live.id)?.key.set).toBe(
      false,
    );
  });
});
