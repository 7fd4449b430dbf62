// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallbackPreview } from '../../../electron/contract/desk-types';
import { translate } from '../../../electron/contract/i18n/translate';
import { ExtendedFields } from '../../../renderer/components/extended-fields';
import { emptyDraft, type DraftField, type FormDraft } from '../../../renderer/form-draft';
import { usePreview } from '../../../renderer/use-preview';
import { bindSimulatorDesk, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;
/** What main last said the form would send. */
let latest: CallbackPreview | null;

beforeEach(async () => {
  desk = await bindSimulatorDesk();
  latest = null;
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The fields as the callback form holds them: a draft, and main's preview of it. */
function Fields() {
  const [draft, setDraft] = useState<FormDraft>(emptyDraft);
  const { preview } = usePreview(draft, 'sandbox');
  latest = preview;
  const errorFor = (field: DraftField) => {
    const error = draft[field] === '' ? undefined : preview?.errors.find((item) => item.field === field);
    return error ? translate(error.message, 'en') : null;
  };
  return (
    <ExtendedFields
      draft={draft}
      preview={preview}
      update={(field, value) => setDraft((current) => ({ ...current, [field]: value }))}
      touch={() => {}}
      errorFor={errorFor}
      sendHint={(field) => preview?.normalised[field] && `will send ${preview.normalised[field]}`}
    />
  );
}

/** The parameters main would send, once its preview has caught up with `expected`. */
async function sent(expected: Record<string, unknown>): Promise<Record<string, unknown>> {
  let params: Record<string, unknown> = {};
  await waitFor(() => {
    params = (JSON.parse(latest?.request?.body ?? '{}') as { params?: Record<string, unknown> }).params ?? {};
    expect(params).toMatchObject(expected);
  });
  return params;
}

const callee = () => screen.getByLabelText(/^Callee \(/) as HTMLInputElement;
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the extended method’s fields', () => {
  it('asks for a scheme id once the callee is a forwarding scheme, and drops what only an employee has', async () => {
    render(<Fields />);
    expect(callee().labels?.[0]?.textContent).toBe('Callee (the employee: number or SIP login)');
    expect(screen.getByRole('button', { name: 'Pick an employee…' })).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Forwarding scheme'));
    expect(callee().labels?.[0]?.textContent).toBe('Callee (forwarding scheme id)');
    expect(screen.queryByRole('button', { name: 'Pick an employee…' })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    type('Caller (the client: number or SIP login)', '0671112233');
    type(/^Callee \(/, '101');
    await sent({ callee_type: 'scheme', callee: '101' });
  });

  it('says whether a SIP callee is online, and asks nothing for a number', async () => {
    render(<Fields />);
    type('Caller (the client: number or SIP login)', '0671112233');
    type(/^Callee \(/, '0671110001');
    await screen.findByText('will send 380671110001');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(desk.simulator.requestCount('/sipstatus/online')).toBe(0);
    type(/^Callee \(/, 'sandbox_olena');
    expect(await screen.findByText('sandbox_olena is offline: the call may not be answered.')).toBeTruthy();
  });

  it('fills the callee from the staff list and folds the list away', async () => {
    render(<Fields />);
    await userEvent.click(screen.getByRole('button', { name: 'Pick an employee…' }));
    const dialog = screen.getByRole('dialog', { name: 'Pick an employee' });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'sandbox_petro · online' }));
    expect(callee().value).toBe('sandbox_petro');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Pick an employee…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callee().value).toBe('sandbox_petro');
  });

  it('says the manager_dst that “who rings first” sends, and lets a raw override win', async () => {
    render(<Fields />);
    type('Caller (the client: number or SIP login)', '0671112233');
    type(/^Callee \(/, 'sandbox_anna');
    await userEvent.click(screen.getByLabelText('Client'));
    expect(await screen.findByText('sends manager_dst 0: the client rings first')).toBeTruthy();
    await sent({ manager_dst: 0, direction: 'out' });

    await userEvent.click(screen.getByText('Visitor, UTM and manager_dst override'));
    await userEvent.selectOptions(screen.getByLabelText('manager_dst override'), '1');
    expect(await screen.findByText('sends manager_dst 1: the employee rings first')).toBeTruthy();
    await sent({ manager_dst: 1 });
    // The choice is shown but not taken while the override decides.
    expect((screen.getByLabelText('Client') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Employee') as HTMLInputElement).disabled).toBe(true);
  });

  it('keeps visitor and UTM fields folded away until one is filled', async () => {
    render(<Fields />);
    const advanced = screen.getByText('Visitor, UTM and manager_dst override').closest('details');
    expect(advanced?.open).toBe(false);
    type('UTM term', 'shoes');
    expect(advanced?.open).toBe(true);
  });

  it('fills the UTM fields from pasted visitor data, which main then sends', async () => {
    render(<Fields />);
    type('Caller (the client: number or SIP login)', '0671112233');
    type(/^Callee \(/, 'sandbox_anna');
    await userEvent.click(screen.getByText('Visitor, UTM and manager_dst override'));
    await userEvent.click(screen.getByRole('button', { name: 'Import visitor data…' }));
    type(
      'Landing-page URL, rngst2 cookie or _ga cookie',
      'https://shop.example/?utm_source=google&utm_medium=cpc',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply to the form' }));
    expect((screen.getByLabelText('UTM source') as HTMLInputElement).value).toBe('google');
    expect((screen.getByLabelText('UTM medium') as HTMLInputElement).value).toBe('cpc');
    await sent({ utmSource: 'google', utmMedium: 'cpc' });
  });

  it('names a wrong visitor field under it', async () => {
    render(<Fields />);
    type('Client IP', '10.10.10');
    const error = await screen.findByText(/^Client IP: “10\.10\.10” is not an IP address/);
    expect(screen.getByLabelText('Client IP').getAttribute('aria-describedby')?.split(' ')).toContain(
      error.id,
    );
  });
});
