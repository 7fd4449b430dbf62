import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(() => desk.close());

/** Serious and critical violations only, each as "rule: what, where" so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violation on each main screen, ${theme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    desk = await openDesk(page);
    const screens = page.getByRole('navigation', { name: 'Screens' });
    // The callback screen, with an outcome, field errors and the folded fields open.
    await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
    await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
    await page.getByRole('button', { name: 'Place sandbox callback' }).click();
    await expect(page.locator('.outcome-panel [data-outcome]')).toBeVisible();
    await page.getByText('Visitor, UTM and manager_dst override').click();
    await page.getByLabel('Client IP').fill('1.2');
    await page.getByLabel('Client IP').blur();
    expect(await seriousViolations(page)).toEqual([]);
    await screens.getByRole('button', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').first().click();
    await expect(page.getByRole('region', { name: 'Attempt details' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screens.getByRole('button', { name: 'Runs' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screens.getByRole('button', { name: 'Profiles' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
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
  await page.keyboard.press('Tab'); // the callee type radios
  await page.keyboard.press('Tab'); // the callee
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
