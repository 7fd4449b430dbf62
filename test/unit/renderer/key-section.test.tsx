// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskState } from '../../../electron/contract/desk-types';
import { KeySection } from '../../../renderer/components/key-section';
import { addLiveProfile, bindSimulatorDesk, type SimulatorDesk } from '../../support/window-desk';

const secret = 'live-secret-key-98765';
let desk: SimulatorDesk;

afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The section as the profiles screen holds it: main's answer becomes the state it shows. */
function Keys({ initial }: { initial: DeskState }) {
  const [state, setState] = useState(initial);
  const profile = state.profiles.find((item) => item.id === state.activeId);
  return profile ? <KeySection profile={profile} keyStorage={state.keyStorage} onState={setState} /> : null;
}

async function liveKeys(options: { key?: string; encryption?: boolean } = {}) {
  desk = await bindSimulatorDesk({ encryption: options.encryption });
  addLiveProfile(desk, { apiUrl: desk.simulator.url, key: options.key });
  render(<Keys initial={desk.state()} />);
  return screen.getByRole('region', { name: 'Auth-key' });
}

function paste(section: HTMLElement, label: string, key: string) {
  fireEvent.change(within(section).getByLabelText(label), { target: { value: key } });
}

describe('the Auth-key is write-only', () => {
  it('goes to main encrypted, is never shown back, and leaves the input empty', async () => {
    const section = await liveKeys();
    expect(within(section).getByTestId('key-status').textContent).toBe('No key set.');
    paste(section, 'Paste the key', secret);
    await userEvent.click(within(section).getByRole('button', { name: 'Save key' }));

    expect(
      await within(section).findByText('Key set, ends in …8765 (encrypted on this computer)'),
    ).toBeTruthy();
    const input = within(section).getByLabelText('Replace the key') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.type).toBe('password');
    expect(document.body.innerHTML).not.toContain(secret);
    expect(desk.keys.keyFor(desk.active().id)).toEqual({ ok: true, value: secret });
    const saved = JSON.stringify(desk.saved());
    expect(saved).not.toContain(secret);
    expect(saved).toContain('8765');
  });

  it('keeps a key for this session only, off the disk', async () => {
    const section = await liveKeys();
    paste(section, 'Paste the key', secret);
    await userEvent.click(within(section).getByRole('button', { name: 'Keep for this session only' }));
    expect(await within(section).findByText('Key set, ends in …8765 (this session only)')).toBeTruthy();
    expect(JSON.stringify(desk.saved())).not.toContain('8765');
  });

  it('asks for a key when none was pasted, and sends nothing', async () => {
    const section = await liveKeys();
    const saves = desk.store.saves;
    await userEvent.click(within(section).getByRole('button', { name: 'Save key' }));
    expect(within(section).getByRole('alert').textContent).toBe('Paste the key first.');
    expect(desk.store.saves).toBe(saves);
  });

  it('says what is wrong with a key too short to be one, and does not keep it in the input', async () => {
    const section = await liveKeys();
    paste(section, 'Paste the key', 'short');
    await userEvent.click(within(section).getByRole('button', { name: 'Save key' }));
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'Auth-key is too short to be a Ringostat key (those have at least 16 characters): copy it again, whole, from the project in Ringostat.',
    );
    expect((within(section).getByLabelText('Paste the key') as HTMLInputElement).value).toBe('');
    expect(desk.active().key.set).toBe(false);
  });

  it('offers only this session where the system cannot encrypt, saying why', async () => {
    const section = await liveKeys({ encryption: false });
    expect(within(section).queryByRole('button', { name: 'Save key' })).toBeNull();
    expect(section.textContent).toContain('No keyring is available (Electron reports “basic_text”)');
    expect(section.textContent).toContain('The key is never written to disk unencrypted.');
    paste(section, 'Paste the key', secret);
    await userEvent.click(within(section).getByRole('button', { name: 'Keep for this session only' }));
    expect(await within(section).findByText('Key set, ends in …8765 (this session only)')).toBeTruthy();
    expect(JSON.stringify(desk.saved())).not.toContain('8765');
  });

  it('clears a key', async () => {
    const section = await liveKeys({ key: secret });
    await userEvent.click(within(section).getByRole('button', { name: 'Clear key' }));
    expect(await within(section).findByText('No key set.')).toBeTruthy();
    expect(desk.active().key.set).toBe(false);
    expect(within(section).queryByRole('button', { name: 'Clear key' })).toBeNull();
  });
});

describe('testing the connection', () => {
  it('says the key works once the server answers, and cannot be pressed twice meanwhile', async () => {
    const section = await liveKeys({ key: 'sandbox-auth-key-0000' });
    const real = window.desk.testConnection;
    let release = () => {};
    const answered = new Promise<void>((resolve) => (release = resolve));
    window.desk = { ...window.desk, testConnection: async (request) => (await answered, real(request)) };
    await userEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    const testing = within(section).getByRole('button', { name: 'Testing…' }) as HTMLButtonElement;
    expect(testing.disabled).toBe(true);
    release();
    const host = new URL(desk.simulator.url).host;
    expect(await within(section).findByText(`The key works: ${host} answered.`)).toBeTruthy();
    expect(desk.simulator.requestCount('/sipstatus/online')).toBe(1);
  });

  it('says a wrong key is wrong', async () => {
    const section = await liveKeys({ key: 'not-the-right-key' });
    await userEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    expect(await within(section).findByText('The Auth-key is missing or wrong (HTTP 401).')).toBeTruthy();
  });

  it('needs no key on the simulator, and checks it all the same', async () => {
    desk = await bindSimulatorDesk();
    render(<Keys initial={desk.state()} />);
    const section = screen.getByRole('region', { name: 'Auth-key' });
    expect(section.textContent).toContain('The embedded simulator needs no key.');
    expect(within(section).queryByLabelText('Paste the key')).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Test connection' }));
    expect(await within(section).findByText(/^The key works: /)).toBeTruthy();
  });
});
