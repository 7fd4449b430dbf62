// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallbackPreview } from '../../../electron/contract/desk-types';
import { CallLogPreviewPanel } from '../../../renderer/components/call-log-preview-panel';
import { emptyDraft, toCallbackForm } from '../../../renderer/form-draft';
import { bindWindowDesk, previewOf, type WindowDesk } from '../../support/window-desk';

let desk: WindowDesk;

beforeEach(() => {
  desk = bindWindowDesk();
});
afterEach(async () => {
  cleanup();
  await desk.dispose();
});

function show(preview: CallbackPreview | null) {
  render(<CallLogPreviewPanel preview={preview} />);
  return screen.getByRole('region', { name: 'How the call log will show it' });
}

/** The value beside a term in the panel's list of facts. */
function fact(panel: HTMLElement, term: string): string {
  return within(panel).getByText(term).nextElementSibling?.textContent ?? '';
}

const inbound = {
  ...emptyDraft,
  caller: '067 111 22 33',
  callee: 'sandbox_anna',
  direction: 'in' as const,
  utmSource: 'google',
  utmCampaign: 'spring',
};

describe('how the call log will show a callback', () => {
  it('asks for the form to be filled while there is nothing valid to show', async () => {
    const panel = show(await previewOf(toCallbackForm({ ...emptyDraft, caller: '067 111' })));
    expect(panel.textContent).toContain('Fill in the form to see how the call will be recorded.');
    expect(within(panel).queryByText('Recorded as')).toBeNull();
  });

  it('shows an inbound call with its parties and the traffic-source labels it carries', async () => {
    const panel = show(await previewOf(toCallbackForm(inbound)));
    expect(fact(panel, 'Recorded as')).toBe('Inbound');
    expect(fact(panel, 'Who called')).toBe('+380671112233');
    expect(fact(panel, 'Where they called')).toBe('SIP sandbox_anna');
    expect(fact(panel, 'Connected with')).toBe('SIP sandbox_anna');
    expect(fact(panel, 'Traffic source')).toBe(
      'Source (utm_source): google · Campaign (utm_campaign): spring',
    );
    expect(panel.textContent).toContain('Inbound: the call carries these traffic-source labels.');
  });

  it('shows no labels on an outbound call, saying why the filled UTM fields are left out', async () => {
    const panel = show(await previewOf(toCallbackForm({ ...inbound, direction: 'out' })));
    expect(fact(panel, 'Recorded as')).toBe('Outbound');
    expect(fact(panel, 'Traffic source')).toBe('none');
    expect(panel.textContent).toContain(
      'Outbound calls carry no traffic-source labels: the UTM fields filled are not shown. Choose inbound to see them.',
    );
  });

  it('says who rings first and the raw manager_dst it sends, once', async () => {
    const panel = show(await previewOf(toCallbackForm({ ...inbound, first: 'client' })));
    expect(panel.textContent).toContain(
      'It rings the client (+380671112233) first and, once that answers, the employee side (SIP sandbox_anna) (manager_dst 1).',
    );
    expect(panel.textContent?.match(/manager_dst 1/g)).toHaveLength(1);
  });

  it('shows the simple method as a callback from the project number', async () => {
    const simple = {
      ...emptyDraft,
      method: 'simple' as const,
      extension: '380441112233',
      destination: '0671112233',
    };
    const panel = show(await previewOf(toCallbackForm(simple)));
    expect(fact(panel, 'Recorded as')).toBe('Callback (simple method)');
    expect(panel.textContent).toContain('The simple method sends no traffic-source labels.');
    expect(panel.textContent).not.toContain('manager_dst');
  });
});
