// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitorFields } from '../../../electron/shared/visitor-import';
import { VisitorImport } from '../../../renderer/components/visitor-import';

afterEach(cleanup);

function renderImport() {
  const applied: VisitorFields[] = [];
  render(<VisitorImport onApply={(fields) => applied.push(fields)} />);
  return applied;
}

/** Pastes in one go, as a person pasting a long URL does (typing it would read `{` as a key). */
async function paste(value: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Import visitor data…' }));
  fireEvent.change(screen.getByLabelText('Landing-page URL, rngst2 cookie or _ga cookie'), {
    target: { value },
  });
}

describe('importing visitor data', () => {
  it('stays folded away until asked for, and applies nothing before something readable is pasted', async () => {
    const applied = renderImport();
    expect(screen.queryByRole('group', { name: 'Import visitor data' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import visitor data…' }));
    expect(screen.getByRole('group', { name: 'Import visitor data' })).toBeTruthy();
    const apply = screen.getByRole('button', { name: 'Apply to the form' });
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(apply);
    expect(applied).toEqual([]);
  });

  it('shows what a landing-page URL would fill, and fills it only on Apply', async () => {
    const applied = renderImport();
    await paste('https://shop.example/landing?utm_source=google&utm_medium=cpc&utm_campaign=spring');
    expect(screen.getByText('Found UTM labels from the landing-page URL. This fills:')).toBeTruthy();
    const list = screen.getByRole('list');
    expect(list.textContent).toContain('UTM source: google');
    expect(list.textContent).toContain('UTM medium: cpc');
    expect(list.textContent).toContain('UTM campaign: spring');
    expect(applied).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Apply to the form' }));
    expect(applied).toEqual([{ utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'spring' }]);
    // Applied, it folds away again, and the pasted text is not kept for next time.
    expect(screen.queryByRole('group', { name: 'Import visitor data' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import visitor data…' }));
    expect(
      (screen.getByLabelText('Landing-page URL, rngst2 cookie or _ga cookie') as HTMLTextAreaElement).value,
    ).toBe('');
  });

  it('reads the client id from a whole Cookie header', async () => {
    const applied = renderImport();
    await paste('theme=dark; _ga=GA1.2.111111111.2222222222; lang=uk');
    expect(screen.getByRole('list').textContent).toContain('111111111.2222222222');
    await userEvent.click(screen.getByRole('button', { name: 'Apply to the form' }));
    expect(applied).toEqual([{ clientId: '111111111.2222222222' }]);
  });

  it('says what is wrong with a value it cannot read, and offers nothing to apply', async () => {
    renderImport();
    await paste('_ga=GA1.2.oops');
    expect(
      screen.getByText('The _ga cookie is not of the form GA1.2.111111111.2222222222.', { exact: false }),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Apply to the form' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('closes on Cancel without touching the form', async () => {
    const applied = renderImport();
    await paste('https://shop.example/?utm_source=google');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(applied).toEqual([]);
    expect(screen.getByRole('button', { name: 'Import visitor data…' })).toBeTruthy();
  });
});
