// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallbackFormInput } from '../../../electron/contract/schemas';
import { translatorFor } from '../../../electron/contract/i18n/translate';
import { scenarioGallery } from '../../../electron/shared/scenarios';
import { CallbackForm } from '../../../renderer/components/callback-form';
import { ScenarioGallery } from '../../../renderer/components/scenario-gallery';
import { TranslatorContext } from '../../../renderer/i18n';
import { bindSimulatorDesk, type SimulatorDesk } from '../../support/window-desk';

let desk: SimulatorDesk;
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

/** The form and the gallery wired as the app wires them: a fill starts the form afresh from the scenario. */
function Workbench() {
  const [filled, setFilled] = useState<{ form: CallbackFormInput; nonce: number } | null>(null);
  return (
    <>
      <CallbackForm
        key={filled?.nonce ?? 0}
        profile={desk.active()}
        cloned={filled ? { form: filled.form, maskedNumbers: {} } : null}
      />
      <ScenarioGallery
        split={false}
        onSplit={() => undefined}
        onFill={(form) => setFilled({ form, nonce: Math.random() })}
      />
    </>
  );
}

const outcome = () => within(screen.getByRole('region', { name: 'Outcome' }));

describe('the scenario gallery', () => {
  it('lists every scenario with what it shows, and one click fills the form', async () => {
    desk = await bindSimulatorDesk();
    render(<Workbench />);
    const gallery = screen.getByRole('region', { name: 'Simulator scenarios' });
    expect(within(gallery).getAllByRole('listitem')).toHaveLength(scenarioGallery.length);
    const busy = within(gallery).getByText('Busy').closest('li') as HTMLElement;
    expect(busy.textContent).toContain('380500000006');
    expect(busy.textContent).toContain('Outcome: Accepted. Call log: BUSY.');

    fireEvent.click(screen.getByRole('button', { name: 'Fill the form: Busy' }));
    expect(screen.getByLabelText<HTMLInputElement>('Caller (the client: number or SIP login)').value).toBe(
      '380500000006',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/^Callee \(/).value).toBe('sandbox_anna');
    expect(within(gallery).getByRole('status').textContent).toBe(
      'The form holds “Busy”: place the sandbox callback to see it.',
    );
  });

  it('walks a trainer to "not sent" and to both kinds of refusal, as the gallery says', async () => {
    desk = await bindSimulatorDesk();
    render(<Workbench />);
    for (const [name, word, status] of [
      ['Not sent', 'Not sent', 'no HTTP status'],
      ['Invalid party: HTTP 400', 'Rejected', 'HTTP 400'],
      ['Invalid party: an error inside HTTP 200', 'Rejected', 'HTTP 200'],
    ] as const) {
      fireEvent.click(screen.getByRole('button', { name: `Fill the form: ${name}` }));
      fireEvent.click(await screen.findByRole('button', { name: 'Place sandbox callback' }));
      expect(await outcome().findByText(word)).toBeTruthy();
      expect(outcome().getAllByText(new RegExp(status)).length).toBeGreaterThan(0);
    }
    // None of the three placed a call, and "not sent" never reached the simulator.
    expect(desk.simulator.calls()).toHaveLength(0);
    expect(desk.simulator.requestCount('/a/v2')).toBe(2);
  });

  it('speaks Ukrainian', async () => {
    desk = await bindSimulatorDesk();
    render(
      <TranslatorContext.Provider value={translatorFor('uk')}>
        <ScenarioGallery split={false} onSplit={() => undefined} onFill={() => undefined} />
      </TranslatorContext.Provider>,
    );
    expect(screen.getByRole('region', { name: 'Сценарії симулятора' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Заповнити форму: Зайнято' })).toBeTruthy();
    expect(screen.getByText('Результат: Прийнято. Журнал дзвінків: BUSY.')).toBeTruthy();
  });
});
