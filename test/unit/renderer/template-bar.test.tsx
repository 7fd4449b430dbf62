// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { TemplateBar } from '../../../renderer/components/template-bar';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

const toAnna = toCallbackForm({ ...emptyDraft, caller: '0671112233', callee: 'sandbox_anna' });
const toPetro = toCallbackForm({ ...emptyDraft, caller: '0671112233', callee: 'sandbox_petro' });
let desk: WindowDesk;
let form: CallbackFormInput;
let filled: CallbackFormInput[];

beforeEach(() => {
  desk = bindWindowDesk();
  form = toAnna;
  filled = [];
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

function bar(profileId = desk.active().id) {
  return <TemplateBar profileId={profileId} current={() => form} onFill={(chosen) => filled.push(chosen)} />;
}

async function saveAs(name: string, options: { description?: string; shared?: boolean } = {}) {
  if (!screen.queryByRole('group', { name: 'Save as template' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save as template…' }));
  const group = screen.getByRole('group', { name: 'Save as template' });
  fireEvent.change(within(group).getByLabelText('Template name'), { target: { value: name } });
  if (options.description)
    fireEvent.change(within(group).getByLabelText('Description (optional)'), {
      target: { value: options.description },
    });
  if (options.shared === false)
    await userEvent.click(within(group).getByLabelText('Shared by every profile'));
  await userEvent.click(within(group).getByRole('button', { name: 'Save template' }));
}

const choices = () =>
  Array.from((screen.getByLabelText('Template') as HTMLSelectElement).options).map((option) => option.text);

describe('saving the form as a template', () => {
  it('keeps the current form under a name, shared, and offers it at once', async () => {
    render(bar());
    expect(choices()).toEqual(['No templates yet']);
    await saveAs('Anna at sales', { description: 'Demo call' });

    expect((await screen.findByRole('status')).textContent).toBe('Saved as “Anna at sales”.');
    expect(desk.savedTemplates()).toMatchObject([
      { name: 'Anna at sales', description: 'Demo call', scope: 'shared', form: toAnna },
    ]);
    expect(screen.queryByRole('group', { name: 'Save as template' })).toBeNull();
    expect(choices()).toEqual(['Fill the form from…', 'Anna at sales']);
  });

  it('keeps a template to the active profile when it is not shared, and says so in the list', async () => {
    render(bar());
    await saveAs('Mine', { shared: false });
    await screen.findByText('Saved as “Mine”.');
    expect(desk.savedTemplates()[0]?.scope).toBe(desk.active().id);
    expect(choices()).toContain('Mine (this profile)');
  });

  it('asks for a name and saves nothing without one', async () => {
    render(bar());
    await saveAs('   ');
    expect((await screen.findByRole('status')).textContent).toBe('Name: fill this in.');
    expect(desk.savedTemplates()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Replace/ })).toBeNull();
  });

  it('offers to replace a template whose name is taken, and replaces its form only when asked', async () => {
    render(bar());
    await saveAs('Demo');
    await screen.findByText('Saved as “Demo”.');
    form = toPetro;
    await saveAs('demo');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Name: “demo” is taken by another template.',
    );
    expect(desk.savedTemplates()).toMatchObject([{ name: 'Demo', form: toAnna }]);

    await userEvent.click(screen.getByRole('button', { name: 'Replace “Demo” with this form' }));
    await screen.findByText('Saved as “demo”.');
    expect(desk.savedTemplates()).toHaveLength(1);
    expect(desk.savedTemplates()[0]?.form).toEqual(toPetro);
  });
});

describe('filling the form from a template', () => {
  it('fills the form in one step and says from which', async () => {
    await window.desk.saveTemplate({ name: 'Petro', description: '', shared: true, form: toPetro });
    render(bar());
    const select = screen.getByLabelText('Template') as HTMLSelectElement;
    await screen.findByRole('option', { name: 'Petro' });
    await userEvent.selectOptions(select, 'Petro');
    expect(filled).toEqual([toPetro]);
    expect(screen.getByRole('status').textContent).toBe('Filled from “Petro”.');
    // The list goes back to its prompt, so the same template can be chosen again.
    expect(select.value).toBe('');
  });

  it('offers another profile’s own templates only while that profile is active', async () => {
    const sandbox = desk.active().id;
    await window.desk.saveTemplate({ name: 'Sandbox only', description: '', shared: false, form: toAnna });
    const { rerender } = render(bar(sandbox));
    await screen.findByRole('option', { name: 'Sandbox only (this profile)' });
    const live = addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net' });
    rerender(bar(live.id));
    expect(await screen.findByRole('option', { name: 'No templates yet' })).toBeTruthy();
    expect(choices()).toEqual(['No templates yet']);
  });
});
