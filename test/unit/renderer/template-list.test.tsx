// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallbackTemplate } from '../../../electron/contract/template-types';
import { TemplateList } from '../../../renderer/components/template-list';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

const form = toCallbackForm({ ...emptyDraft, caller: '0671112233', callee: '101', calleeType: 'scheme' });
let desk: WindowDesk;
let told: CallbackTemplate[][];
const onTemplates = (templates: CallbackTemplate[]) => told.push(templates);

beforeEach(() => {
  desk = bindWindowDesk();
  told = [];
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

async function keep(name: string, options: { description?: string; shared?: boolean } = {}) {
  const saved = await window.desk.saveTemplate({
    name,
    description: options.description ?? '',
    shared: options.shared ?? true,
    form,
  });
  if (!saved.ok) throw new Error('The template was refused.');
}

async function open() {
  render(<TemplateList state={desk.state()} onTemplates={onTemplates} />);
  const panel = screen.getByRole('region', { name: 'Templates' });
  // The list has arrived once the screen has been told of it.
  await waitFor(() => expect(told.length).toBeGreaterThan(0));
  return panel;
}

const savedNames = () => desk.savedTemplates().map((template) => template.name);

describe('the templates list', () => {
  it('says how to make one while there is none', async () => {
    const panel = await open();
    expect(panel.textContent).toContain('None yet: fill the callback form, then “Save as template…”.');
  });

  it('lists each template with its scope and description, and tells the screen', async () => {
    await keep('Sales', { description: 'Morning shift' });
    await keep('Mine', { shared: false });
    const panel = await open();
    const items = within(panel)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toMatch(/^Mine · this profile/);
    expect(items[1]).toMatch(/^Sales · shared · Morning shift/);
    expect(told.at(-1)?.map((template) => template.name)).toEqual(['Mine', 'Sales']);
  });

  it('renames and describes a template in place', async () => {
    await keep('Sales');
    const panel = await open();
    const id = desk.savedTemplates()[0]?.id;
    await userEvent.click(within(panel).getByRole('button', { name: 'Rename or describe' }));
    fireEvent.change(within(panel).getByLabelText('New name for Sales'), { target: { value: 'Sales line' } });
    fireEvent.change(within(panel).getByLabelText('Description of Sales'), {
      target: { value: 'Scheme 101' },
    });
    await userEvent.click(within(panel).getByRole('button', { name: 'Save' }));

    expect(await within(panel).findByText('Sales line')).toBeTruthy();
    expect(desk.savedTemplates()).toMatchObject([
      { id, name: 'Sales line', description: 'Scheme 101', form },
    ]);
    expect(told.at(-1)?.[0]?.name).toBe('Sales line');
  });

  it('refuses a name another template has, saying so, and keeps both', async () => {
    await keep('Sales');
    await keep('Support');
    const panel = await open();
    await userEvent.click(
      within(panel).getAllByRole('button', { name: 'Rename or describe' })[1] as HTMLElement,
    );
    fireEvent.change(within(panel).getByLabelText('New name for Support'), { target: { value: 'sales' } });
    await userEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    expect((await within(panel).findByRole('status')).textContent).toBe(
      'Name: “sales” is taken by another template.',
    );
    expect(savedNames()).toEqual(['Sales', 'Support']);
  });

  it('deletes a template', async () => {
    await keep('Sales');
    await keep('Support');
    const panel = await open();
    await userEvent.click(within(panel).getAllByRole('button', { name: 'Delete' })[0] as HTMLElement);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(savedNames()).toEqual(['Support']);
    expect(told.at(-1)?.map((template) => template.name)).toEqual(['Support']);
  });
});

describe('exporting and importing templates', () => {
  it('exports the templates to a file that holds no key', async () => {
    addLiveProfile(desk, { apiUrl: 'https://api.ringostat.net', key: 'live-secret-key-98765' });
    await keep('Sales');
    await keep('Support', { shared: false });
    const panel = await open();
    await userEvent.click(within(panel).getByRole('button', { name: 'Export templates' }));
    const said = await within(panel).findByRole('status');
    const [file = ''] = desk.exports;
    expect(said.textContent).toBe(`Exported 2 templates to ${file}.`);
    const content = readFileSync(file, 'utf8');
    expect(JSON.parse(content)).toMatchObject({ kind: 'callback-desk-templates', templates: [{}, {}] });
    expect(content).not.toContain('live-secret-key-98765');
  });

  it('imports an export, renaming what clashes, and says what it did', async () => {
    await keep('Sales');
    const panel = await open();
    desk.imports.push(
      JSON.stringify({
        kind: 'callback-desk-templates',
        version: 1,
        templates: [
          { id: 'x', name: 'Sales', description: '', scope: 'shared', form, updatedAt: '2026-01-01' },
        ],
      }),
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Import templates…' }));
    expect((await within(panel).findByRole('status')).textContent).toBe(
      'Imported 1 template. Renamed: Sales → Sales (2).',
    );
    expect(savedNames()).toEqual(['Sales', 'Sales (2)']);
    expect(within(panel).getByText('Sales (2)')).toBeTruthy();
  });

  it('refuses a file that is not an export, importing nothing', async () => {
    const panel = await open();
    desk.imports.push('{"templates": "none"}');
    await userEvent.click(within(panel).getByRole('button', { name: 'Import templates…' }));
    expect((await within(panel).findByRole('status')).textContent).toBe(
      'That file is not a Callback Desk templates export: nothing was imported.',
    );
    expect(desk.savedTemplates()).toEqual([]);
  });

  it('changes nothing and says nothing when the person cancels the file dialog', async () => {
    await keep('Sales');
    const panel = await open();
    desk.imports.push(null);
    await userEvent.click(within(panel).getByRole('button', { name: 'Import templates…' }));
    await waitFor(() => expect(desk.imports).toHaveLength(0));
    await act(async () => {});
    expect(within(panel).queryByRole('status')).toBeNull();
    expect(savedNames()).toEqual(['Sales']);
  });
});
