// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchView } from '../../../electron/contract/desk-types';
import { RunProgress } from '../../../renderer/components/run-progress';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { bindSimulatorDesk, gatedClock, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;

afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The panel as the runs screen holds it: each control goes to main, and main's answer is shown. */
function Progress({ initial }: { initial: BatchView }) {
  const [view, setView] = useState(initial);
  const [mask, setMask] = useState(false);
  return (
    <RunProgress
      view={view}
      mask={mask}
      onMask={setMask}
      onControl={async (action) => {
        const result = await window.desk[action]();
        if (result.ok && result.value) setView(result.value);
      }}
    />
  );
}

/** Starts a run of callees on the simulator, its gaps held until the test lets them pass. */
async function start(values: string, options: { stopOnFailure?: boolean } = {}) {
  const gated = gatedClock();
  desk = await bindSimulatorDesk({ desk: { batchClock: gated.clock } });
  const started = await window.desk.startBatch({
    form: toCallbackForm({ ...emptyDraft, caller: '0671112233', callee: 'sandbox_anna' }),
    column: 'callee',
    values,
    gapMs: 1_000,
    stopOnFailure: options.stopOnFailure ?? false,
    tag: 'qa',
  });
  if (!started.ok) throw new Error('The run was refused.');
  // The first row is sent at once; the run then waits out its first gap, if it has one.
  await waitFor(() => expect(desk.batch.current()?.rows[0]?.state).toBe('done'));
  return { gated, panel: await showCurrent() };
}

/** The panel for the run as main reports it now. */
async function showCurrent(): Promise<HTMLElement> {
  const view = await window.desk.getBatch();
  if (!view.ok || !view.value) throw new Error('No run.');
  cleanup();
  render(<Progress initial={view.value} />);
  return screen.getByRole('region', { name: 'Run progress' });
}

const heading = (panel: HTMLElement) => within(panel).getByRole('heading').textContent;
const cells = (panel: HTMLElement, row: number) =>
  within(within(panel).getAllByRole('row')[row] as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('a run’s progress', () => {
  it('shows how far it is, row by row, with a bar', async () => {
    const { panel } = await start('sandbox_anna\n12\nsandbox_petro');
    expect(heading(panel)).toBe('Run: running · 1 of 2 sent');
    const bar = within(panel).getByRole('progressbar', { name: 'Rows sent' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '2']);
    expect(cells(panel, 1).slice(0, 4)).toEqual(['1', 'sandbox_anna', 'Accepted', '200']);
    expect(cells(panel, 1)[6]).toBe('Ringostat accepted the callback (HTTP 200).');
    // When it was sent, in the person's time (the project's under it where the two clocks differ).
    expect(cells(panel, 1)[7]).toMatch(
      /^\d{1,2}:\d{2}:\d{2}\s?[AP]M(\d{1,2}:\d{2}\s?[AP]M GMT\+[23] in Europe\/Kyiv)?$/,
    );
    expect(cells(panel, 2).slice(0, 3)).toEqual(['2', '12', 'invalid: not sent']);
    expect(cells(panel, 2)[6]).toMatch(/^Callee: “12”/);
    expect(cells(panel, 3).slice(0, 3)).toEqual(['3', 'sandbox_petro', 'waiting']);
  });

  it('pauses and resumes: each button shows only when it can act', async () => {
    const { panel, gated } = await start('sandbox_anna\nsandbox_petro');
    expect(within(panel).queryByRole('button', { name: 'Resume' })).toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Pause' }));
    expect(heading(panel)).toBe('Run: paused · 1 of 2 sent');
    expect(within(panel).queryByRole('button', { name: 'Pause' })).toBeNull();
    gated.pass();
    // Paused, the run sends nothing more, even once its gap is over.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(desk.simulator.calls()).toHaveLength(1);
    await userEvent.click(within(panel).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(desk.simulator.calls()).toHaveLength(2));
  });

  it('stops by hand, saying so, and offers no control once stopped', async () => {
    const { panel } = await start('sandbox_anna\nsandbox_petro\nsandbox_olena');
    await userEvent.click(within(panel).getByRole('button', { name: 'Stop' }));
    expect(heading(panel)).toBe('Run: stopping · 1 of 3 sent');
    expect(within(panel).queryByRole('button', { name: 'Stop' })).toBeNull();
    await desk.batch.settled();
    const stopped = await showCurrent();
    expect(heading(stopped)).toBe('Run: stopped · 1 of 3 sent');
    expect(stopped.textContent).toContain('Stopped by hand.');
    for (const name of ['Pause', 'Resume', 'Stop'])
      expect(within(stopped).queryByRole('button', { name })).toBeNull();
    expect(desk.simulator.calls()).toHaveLength(1);
  });

  it('says which row stopped a run that stops on the first failure', async () => {
    await start('380500000001\nsandbox_anna', { stopOnFailure: true });
    await desk.batch.settled();
    const stopped = await showCurrent();
    expect(stopped.textContent).toContain('Row 1 was rejected, and the run stops on the first failure.');
    expect(cells(stopped, 1)[2]).toBe('Rejected');
    expect(cells(stopped, 2)[2]).toBe('waiting');
  });

  it('offers both exports, with the masking chosen, and says each saved file by the results', async () => {
    const { panel } = await start('sandbox_anna');
    await desk.batch.settled();
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Mask numbers' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Export results JSON' }));
    await waitFor(() => expect(desk.exports).toHaveLength(1));
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Mask numbers' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Export results CSV' }));
    await waitFor(() => expect(desk.exports).toHaveLength(2));
    const [json = '', csv = ''] = desk.exports.map((file) => readFileSync(file, 'utf8'));
    expect(json).not.toContain('380671112233');
    expect(csv).toContain('380671112233');
    const said = await within(panel).findByText(`Exported 1 row to ${desk.exports[1]}.`);
    expect(said.getAttribute('role')).toBe('status');
    await userEvent.click(within(panel).getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(desk.revealed).toEqual([desk.exports[1]]));
  });
});
