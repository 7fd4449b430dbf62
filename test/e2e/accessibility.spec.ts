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
