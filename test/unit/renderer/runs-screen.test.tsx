// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchClock } from '../../../electron/batch/batch-run';
import { RunsScreen } from '../../../renderer/components/runs-screen';
import { emptyDraft, toCallbackForm, type FormDraft } from '../../../renderer/form-draft';
import { addLiveProfile, bindSimulatorDesk, gatedClock, type SimulatorDesk } from '../../support/window-desk';

const schemes = { ...emptyDraft, caller: '0671112233', callee: '101', calleeType: 'scheme' as const };
let desk: SimulatorDesk;
let changed: number;
let gaps: number[];
const onChanged = () => (changed += 1);

afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** Each gap is noted and passes at once, so a run ends without waiting. */
const instant: BatchClock = { now: () => Date.now(), sleep: async (ms) => void gaps.push(ms) };

async function open(template: FormDraft = schemes, clock: BatchClock = instant) {
  changed = 0;
  gaps = [];
  desk = await bindSimulatorDesk({ desk: { batchClock: clock } });
  const saved = await window.desk.saveTemplate({
    name: 'Run template',
    description: '',
    shared: true,
    form: toCallbackForm(template),
  });
  if (!saved.ok) throw new Error('The template was refused.');
  render(<RunsScreen state={desk.state()} onChanged={onChanged} />);
  await screen.findByRole('option', { name: 'Run template' });
  return screen.getByRole('form', { name: 'Set up a run' });
}

async function plan(setup: HTMLElement, values: string) {
  await userEvent.selectOptions(within(setup).getByLabelText('Template for the run'), 'Run template');
  fireEvent.change(within(setup).getByLabelText(/^Values, one per line/), { target: { value: values } });
  await userEvent.click(within(setup).getByRole('button', { name: 'Check the rows' }));
}

describe('setting up a run', () => {
  it('asks for a template before checking anything', async () => {
    const setup = await open();
    await userEvent.click(within(setup).getByRole('button', { name: 'Check the rows' }));
    expect(within(setup).getByRole('alert').textContent).toBe('Choose a template first.');
  });

  it('offers the columns the template’s method has', async () => {
    const setup = await open({ ...emptyDraft, method: 'simple', extension: '380441112233' });
    await userEvent.selectOptions(within(setup).getByLabelText('Template for the run'), 'Run template');
    const column = within(setup).getByLabelText('Each value goes into') as HTMLSelectElement;
    expect(Array.from(column.options).map((option) => option.text)).toEqual(['destination']);
  });

  it('checks every row before anything is sent, naming the invalid ones', async () => {
    const setup = await open();
    await userEvent.selectOptions(within(setup).getByLabelText('Template for the run'), 'Run template');
    const column = within(setup).getByLabelText('Each value goes into') as HTMLSelectElement;
    expect(Array.from(column.options).map((option) => option.text)).toEqual([
      'callee (forwarding scheme ids)',
      'caller',
    ]);
    await plan(setup, '101\n10a\n101\n102');
    const planned = within(setup).getByRole('status');
    expect(planned.textContent).toContain('2 of 4 rows will be sent on “Sandbox”; 2 invalid rows will not.');
    expect(planned.textContent).toContain('Row 2 (10a): Callee: “10a” is not a forwarding scheme id');
    expect(planned.textContent).toContain('Row 3 (101): The same callback as row 1: a run sends each once.');
    expect(planned.textContent).toContain('The simulator answers: no real phone rings.');
    expect(desk.simulator.calls()).toEqual([]);
  });

  it('forgets the check once the values change, so an unchecked list cannot start', async () => {
    const setup = await open();
    await plan(setup, '101');
    expect(within(setup).getByRole('button', { name: 'Start the run' })).toBeTruthy();
    await userEvent.type(within(setup).getByLabelText(/^Values, one per line/), '\n102');
    expect(within(setup).queryByRole('button', { name: 'Start the run' })).toBeNull();
  });

  it('cannot start when no row is valid', async () => {
    const setup = await open();
    await plan(setup, '10a');
    expect((within(setup).getByRole('button', { name: 'Start the run' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('reads the values from a CSV file’s first column, skipping its header', async () => {
    const setup = await open();
    await userEvent.selectOptions(within(setup).getByLabelText('Template for the run'), 'Run template');
    const csv = new File(['scheme,label\n101,Sales\n102,Support\n'], 'schemes.csv', { type: 'text/csv' });
    await userEvent.upload(within(setup).getByLabelText('Import a CSV file'), csv);
    const values = within(setup).getByLabelText(/^Values, one per line/) as HTMLTextAreaElement;
    await waitFor(() => expect(values.value).toContain('101,Sales'));
    await userEvent.click(within(setup).getByRole('button', { name: 'Check the rows' }));
    expect(within(setup).getByRole('status').textContent).toContain('2 of 2 rows will be sent');
  });
});

describe('running', () => {
  it('refuses a gap under a second and sends nothing', async () => {
    const setup = await open();
    await plan(setup, '101\n102');
    fireEvent.change(within(setup).getByLabelText(/^Gap between calls/), { target: { value: '0.5' } });
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
    expect(within(setup).getByRole('alert').textContent).toBe(
      'The gap between calls is from 1 second to 1 hour (3600 seconds), written as a plain number such as 5 or 2.5.',
    );
    expect(desk.simulator.calls()).toEqual([]);
  });

  it('sends the valid rows one at a time, with the gap, tag and stop rule chosen', async () => {
    const setup = await open();
    await plan(setup, '101\n10a\n102');
    fireEvent.change(within(setup).getByLabelText(/^Gap between calls/), { target: { value: '2.5' } });
    await userEvent.selectOptions(within(setup).getByLabelText('Tag in the history'), 'Training');
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));

    const progress = await screen.findByRole('region', { name: 'Run progress' });
    await within(progress).findByText('Run: finished · 2 of 2 sent', {}, { timeout: 8_000 });
    expect(desk.simulator.calls().map((call) => call.scheme_name)).toEqual(['Sales', 'Support']);
    expect(gaps).toEqual([2500]);
    const history = await desk.history.list({}, 0, 10);
    expect(history.items.map((entry) => entry.tag)).toEqual(['training', 'training']);
    await waitFor(() => expect(changed).toBeGreaterThan(0));
  });

  it('cannot be checked or started again while a run goes on', async () => {
    const gated = gatedClock();
    const setup = await open(schemes, gated.clock);
    await plan(setup, '101\n102');
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
    await screen.findByText('Run: running · 1 of 2 sent', {}, { timeout: 8_000 });
    expect(
      (within(setup).getByRole('button', { name: 'Check the rows' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((within(setup).getByRole('button', { name: 'Start the run' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    gated.pass();
    await screen.findByText('Run: finished · 2 of 2 sent', {}, { timeout: 8_000 });
    expect(desk.simulator.calls()).toHaveLength(2);
  });

  it('on a live project, starts only when the number of real calls is typed', async () => {
    const setup = await open();
    addLiveProfile(desk, { apiUrl: desk.simulator.url, key: 'sandbox-auth-key-0000' });
    await plan(setup, '101\n102');
    const confirm = within(setup).getByLabelText('This places 2 real calls. Type 2 to confirm.');
    fireEvent.change(confirm, { target: { value: '3' } });
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
    expect((await within(setup).findByRole('alert')).textContent).toBe(
      'This run places 2 real calls on “Live test”. Type 2 to confirm.',
    );
    expect(desk.simulator.calls()).toEqual([]);

    fireEvent.change(confirm, { target: { value: '2' } });
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
    await screen.findByText('Run: finished · 2 of 2 sent', {}, { timeout: 8_000 });
    expect(desk.simulator.calls()).toHaveLength(2);
  });

  it('exports the results, masking numbers when asked', async () => {
    const setup = await open({ ...schemes, callee: '0501112233', calleeType: 'number' });
    await plan(setup, '0501112233');
    await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
    const progress = await screen.findByRole('region', { name: 'Run progress' });
    await within(progress).findByText('Run: finished · 1 of 1 sent', {}, { timeout: 8_000 });
    await userEvent.click(within(progress).getByLabelText('Mask numbers'));
    await userEvent.click(within(progress).getByRole('button', { name: 'Export results CSV' }));
    const said = await within(progress).findByText(/^Exported 1 row to /);
    expect(setup.textContent).not.toContain('Exported');
    const [file = ''] = desk.exports;
    expect(said.textContent).toBe(`Exported 1 row to ${file}.`);
    expect(file).toMatch(/\.csv$/);
    const content = readFileSync(file, 'utf8');
    expect(content).toContain('2233');
    expect(content).not.toContain('0501112233');
    expect(content).not.toContain('380501112233');
  });
});
