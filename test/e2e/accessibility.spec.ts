import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { locales, translatorFor } from '../../electron/contract/i18n/translate';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(() => desk.close());

/** Every violation, minor ones included, each as "impact rule: what, where" so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  for (const locale of locales) {
    test(`no accessibility violation on any main screen, ${theme} theme, ${locale}`, async ({ page }) => {
      // Four full axe scans in one walk: on a loaded machine that alone can take most of the usual 30 s.
      test.setTimeout(150_000);
      // The labels come from the catalogue, so the same walk works in each language.
      const t = translatorFor(locale);
      await page.emulateMedia({ colorScheme: theme });
      desk = await openDesk(page, { systemLanguages: [locale] });
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const screens = page.getByRole('navigation', { name: t('app.screens') });
      // The callback screen, with an outcome, field errors and the folded fields open.
      await page.getByLabel(t('form.caller')).fill('0671112233');
      await page.getByLabel(t('form.calleeNumber')).fill('sandbox_anna');
      await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
      await expect(page.locator('.outcome-panel [data-outcome]')).toBeVisible();
      await page.getByText(t('form.advanced')).click();
      await page.getByLabel(t('form.clientIp')).fill('1.2');
      await page.getByLabel(t('form.clientIp')).blur();
      expect(await violations(page)).toEqual([]);
      await screens.getByRole('button', { name: t('app.screen.history') }).click();
      await page
        .getByRole('list', { name: t('history.rowsLabel') })
        .getByRole('button')
        .first()
        .click();
      await expect(page.getByRole('region', { name: t('details.label') })).toBeVisible();
      // An export's saved file, said as a success with its button.
      await page.getByRole('button', { name: t('history.exportCsv') }).click();
      await expect(page.getByRole('button', { name: t('export.showInFolder') })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await screens.getByRole('button', { name: t('app.screen.runs') }).click();
      expect(await violations(page)).toEqual([]);
      await screens.getByRole('button', { name: t('app.screen.profiles') }).click();
      expect(await violations(page)).toEqual([]);
    });
  }
}

test('the whole flow works by keyboard alone, with a visible focus', async ({ page }) => {
  desk = await openDesk(page);
  const focusedOutline = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element ? getComputedStyle(element).outlineStyle : 'none';
    });
  // Choose the profile with the keyboard.
  await page.locator('#active-profile').focus();
  await page.keyboard.press('ArrowDown');
  expect(await focusedOutline()).not.toBe('none');
  // Fill the form: Tab moves from field to field.
  await page.getByLabel('Caller (the client: number or SIP login)').focus();
  await page.keyboard.type('067 111 22 33');
  await page.keyboard.press('Tab'); // the callee: nothing stands between the two parties
  await page.keyboard.type('sandbox_anna');
  expect(await focusedOutline()).not.toBe('none');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toBeVisible();
  // Browse the history: the screens and the rows are buttons reached by Tab, opened by Enter.
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'History' }).focus();
  await page.keyboard.press('Enter');
  const row = page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').first();
  await row.focus();
  expect(await focusedOutline()).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Attempt details' })).toContainText('Accepted');
});
