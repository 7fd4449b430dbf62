// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestPreview } from '../../../renderer/components/request-preview';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { addLiveProfile, bindWindowDesk, previewOf, type WindowDesk } from '../../support/window-desk';

const secret = 'live-secret-key-98765';
const form = toCallbackForm({ ...emptyDraft, caller: '067 111 22 33', callee: 'manager_1' });
let desk: WindowDesk;

beforeEach(() => {
  desk = bindWindowDesk();
  addLiveProfile(desk, { apiUrl: 'http://127.0.0.1:9', key: secret });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await desk.dispose();
});

describe('the request preview', () => {
  it('asks for the form to be filled while it would send nothing', async () => {
    render(<RequestPreview preview={await previewOf(toCallbackForm(emptyDraft))} />);
    expect(screen.getByText('Fill in the form to see the exact request.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy as cURL' })).toBeNull();
  });

  it('shows exactly what will be sent to the profile’s server, with the key redacted', async () => {
    render(<RequestPreview preview={await previewOf(form)} />);
    const request = screen.getByRole('region', { name: 'The request that will be sent' });
    expect(request.textContent).toMatch(/^POST http:\/\/127\.0\.0\.1:9\/a\/v2\n/);
    expect(request.textContent).toContain('Auth-key: [redacted]');
    expect(request.textContent).toContain('"caller": "380671112233"');
    expect(request.textContent).toContain('"callee": "manager_1"');
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('copies a cURL command that reads the key from the shell, never the key itself', async () => {
    const user = userEvent.setup();
    render(<RequestPreview preview={await previewOf(form)} />);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^curl /);
    expect(copied).toContain('$RINGOSTAT_AUTH_KEY');
    expect(copied).not.toContain(secret);
    const section = screen.getByRole('region', { name: 'Request preview' });
    expect(within(section).getByRole('status').textContent).toBe(
      'Copied: the key reads from $RINGOSTAT_AUTH_KEY.',
    );
  });

  it('says so when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<RequestPreview preview={await previewOf(form)} />);
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    expect(screen.getByRole('status').textContent).toBe('Copying failed.');
  });
});
