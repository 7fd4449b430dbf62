// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchClock } from '../../../electron/batch/batch-run';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { RunsScreen } from '../../../renderer/components/runs-screen';
import { readJunit } from '../../support/junit-xml';
import { bindSimulatorDesk, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The gaps between calls pass at once: these tests are about what a run shows, not its pacing. */
const noGaps: BatchClock = { now: () => Date.now(), sleep: async () => undefined };
const anna: CallbackFormInput = { method: 'extended', caller: '', callee: 'sandbox_anna' };

/** Saves (or replaces) the template, then shows the runs screen with it chosen and callers as the column. */
async function open(form: CallbackFormInput = anna, id?: string): Promise<HTMLElement> {
  const saved = await window.desk.saveTemplate({
    id,
    name: 'Scenario check',
    description: '',
    shared: true,
    form,
  });
  if (!saved.ok) throw new Error('The template was refused.');
  cleanup();
  render(<RunsScreen state={desk.state()} onChanged={() => undefined} />);
  await screen.findByRole('option', { name: 'Scenario check' });
  const setup = screen.getByRole('form', { name: 'Set up a run' });
  await userEvent.selectOptions(within(setup).getByLabelText('Template for the run'), 'Scenario check');
  await userEvent.selectOptions(within(setup).getByLabelText('Each value goes into'), 'caller');
  return setup;
}

async function start(setup: HTMLElement, values: string): Promise<HTMLElement> {
  fireEvent.change(within(setup).getByLabelText(/^Values, one per line/), { target: { value: values } });
  await userEvent.click(within(setup).getByRole('button', { name: 'Check the rows' }));
  await userEvent.click(within(setup).getByRole('button', { name: 'Start the run' }));
  const progress = await screen.findByRole('region', { name: 'Run progress' });
  await within(progress).findByText(/^Run: finished/, {}, { timeout: 15_000 });
  return progress;
}

const textOf = (setup: HTMLElement) =>
  (within(setup).getByLabelText(/^Values, one per line/) as HTMLTextAreaElement).value;

describe('the run screen’s expectation columns', () => {
  it('shows each row with what it expects, and every edit in the table rewrites the values', async () => {
    desk = await bindSimulatorDesk();
    const setup = await open();
    fireEvent.change(within(setup).getByLabelText(/^Values, one per line/), {
      target: { value: '# callers\n380500000006\n380500000001' },
    });
    const table = within(setup).getByRole('table', { name: 'Rows and what each expects' });
    expect((within(table).getByLabelText('Value of row 2') as HTMLInputElement).value).toBe('380500000001');

    await userEvent.selectOptions(within(table).getByLabelText('Expected outcome of row 2'), 'Rejected');
    expect(textOf(setup)).toBe('value,expect\n# callers\n380500000006\n380500000001,rejected');
    const call = within(setup).getByLabelText('Expected call-log ending of row 1');
    await userEvent.type(call, 'busy');
    await userEvent.tab();
    expect(textOf(setup)).toBe(
      'value,expect,expect_call\n# callers\n380500000006,,BUSY\n380500000001,rejected',
    );

    await userEvent.type(within(setup).getByLabelText('New row: value'), '067 111 22 33');
    await userEvent.selectOptions(within(setup).getByLabelText('New row: expected outcome'), 'Accepted');
    await userEvent.click(within(setup).getByRole('button', { name: 'Add the row' }));
    await userEvent.click(within(setup).getByRole('button', { name: 'Remove row 2' }));
    expect(textOf(setup)).toBe(
      'value,expect,expect_call\n# callers\n380500000006,,BUSY\n067 111 22 33,accepted',
    );

    // An ending that cannot be one is named and kept out of the values.
    const first = within(setup).getByLabelText('Expected call-log ending of row 1');
    await userEvent.clear(first);
    await userEvent.type(first, 'busy!');
    await userEvent.tab();
    expect(within(setup).getByRole('alert').textContent).toBe(
      'Write the ending as Ringostat does, such as ANSWERED, NO ANSWER or BUSY.',
    );
    expect(textOf(setup)).toContain('380500000006,,BUSY');
  });

  it('fills the table from a CSV file with a header; a bad header is named and nothing is sent', async () => {
    desk = await bindSimulatorDesk();
    const setup = await open();
    const csv = new File(['value;expect;expect_call\n380500000007;accepted;NO ANSWER\n'], 'run.csv', {
      type: 'text/csv',
    });
    await userEvent.upload(within(setup).getByLabelText('Import a CSV file'), csv);
    await waitFor(() =>
      expect(
        (within(setup).getByLabelText('Expected call-log ending of row 1') as HTMLInputElement).value,
      ).toBe('NO ANSWER'),
    );
    expect((within(setup).getByLabelText('Expected outcome of row 1') as HTMLSelectElement).value).toBe(
      'accepted',
    );

    fireEvent.change(within(setup).getByLabelText(/^Values, one per line/), {
      target: { value: 'value,expected\n380500000007,accepted' },
    });
    const named =
      'The header on line 1 names a column “expected” that a run does not know. The columns are value, expect and expect_call: rename it, or delete the header line to use the first column only.';
    expect(within(setup).getByRole('alert').textContent).toBe(named);
    expect(within(setup).queryByRole('table', { name: 'Rows and what each expects' })).toBeNull();
    await userEvent.click(within(setup).getByRole('button', { name: 'Check the rows' }));
    expect(within(setup).queryByRole('button', { name: 'Start the run' })).toBeNull();
    expect(
      within(setup)
        .getAllByRole('alert')
        .map((alert) => alert.textContent),
    ).toEqual([named, named]);
    expect(desk.simulator.calls()).toEqual([]);
  });
});

// A ringing call logs zero durations; 600 ms of ringing logs as 1 s, so a busy or unanswered row settles.
describe('a run with expectations on the screen', () => {
  it('says per row passed or failed, expected against actual, and exports the JUnit file', async () => {
    desk = await bindSimulatorDesk({ simulator: { ringMs: 600 }, desk: { batchClock: noGaps } });
    const setup = await open();
    const progress = await start(
      setup,
      'value,expect,expect_call\n380500000006,accepted,BUSY\n380500000007,accepted,ANSWERED\n380500000001,rejected,',
    );
    const cells = (row: number) =>
      within(within(progress).getAllByRole('row')[row] as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    const heads = within(progress)
      .getAllByRole('columnheader')
      .map((head) => head.textContent);
    expect(heads).toEqual([
      'Row',
      'Value',
      'Expected',
      'Outcome',
      'HTTP',
      'Latency',
      'Call log',
      'Check',
      'Message',
      'Sent',
    ]);
    expect(cells(1).slice(0, 4)).toEqual(['1', '380500000006', 'Accepted · BUSY', 'Accepted']);
    expect(cells(1)[7]).toBe('Passed');
    expect(cells(2)[7]).toBe('Failed: Call-log ending: expected ANSWERED, got NO ANSWER.');
    expect(cells(3).slice(2, 4)).toEqual(['Rejected', 'Rejected']);
    expect(progress.textContent).toContain('Expectations: 2 of 3 rows met them; 1 did not.');

    await userEvent.click(within(progress).getByRole('button', { name: 'Export JUnit XML' }));
    // Said by the results it wrote, not in the setup panel.
    await within(progress).findByText(/^Exported 3 rows to /);
    expect(setup.textContent).not.toContain('Exported');
    const [suite] = readJunit(readFileSync(desk.exports[0] ?? '', 'utf8'));
    expect(suite).toMatchObject({ name: 'Scenario check', counts: { tests: 3, failures: 1 } });
  });

  it('compares the run with an earlier run of the same template, and exports the comparison', async () => {
    desk = await bindSimulatorDesk({ simulator: { ringMs: 600 }, desk: { batchClock: noGaps } });
    const values = 'value,expect,expect_call\n380500000006,accepted,BUSY\n0671112233,accepted,ANSWERED';
    await start(await open(), values);
    const first = await screen.findByRole('region', { name: 'Compare with an earlier run' });
    expect(first.textContent).toContain('No earlier run of this template is kept yet.');

    // The scheme changes: every call now reaches a number whose calls end BUSY.
    const listed = await window.desk.listTemplates();
    const setup = await open(
      { ...anna, callee: '380500000006' },
      listed.ok ? listed.value[0]?.id : undefined,
    );
    const progress = await start(setup, values);
    expect(progress.textContent).toContain('Expectations: 1 of 2 rows met them; 1 did not.');
    const compare = await screen.findByRole('region', { name: 'Compare with an earlier run' });
    const button = await within(compare).findByRole('button', { name: 'Compare' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), { timeout: 10_000 });
    await userEvent.click(button);
    expect(within(compare).getByRole('status').textContent).toMatch(
      /^1 value of 2 changed outcome or call-log ending since the run of /,
    );
    const changed = within(compare).getByRole('table', { name: 'Values that changed since the earlier run' });
    expect(
      within(changed)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0671112233', 'call-log ending', 'accepted · ANSWERED', 'accepted · BUSY']);

    await userEvent.click(within(compare).getByRole('button', { name: 'Export comparison CSV' }));
    await within(compare).findByText(/^Exported 2 rows to /);
    const csv = readFileSync(desk.exports[0] ?? '', 'utf8').split('\r\n');
    expect(csv[1]).toBe('0671112233,call,2,2,accepted,accepted,ANSWERED,BUSY,passed,failed');
  });
});
