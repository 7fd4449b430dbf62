import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { translatorFor } from '../../electron/contract/i18n/translate';
import { openDesk, type Desk } from './harness';

let desk: Desk;
let pageProblems: string[];

/** Opens the app at 1280×800, noting every console error (CSP violations included) for the end of the test. */
async function open(page: Page, options: Parameters<typeof openDesk>[1] = {}) {
  pageProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(message.text());
  });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  desk = await openDesk(page, options);
}
test.afterEach(async () => {
  await desk.close();
  expect(pageProblems).toEqual([]);
});

const screenButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name });
const callLog = (page: Page) => page.getByRole('region', { name: 'Project call log' });
const callRows = (page: Page) =>
  callLog(page).getByRole('table', { name: 'Calls in the window, newest first' }).locator('tbody tr');

test('a trainer splits the window, fills a scenario in one click, and watches its row appear and settle', async ({
  page,
}) => {
  await open(page);
  await screenButton(page, 'Call log').click();
  await expect(callLog(page)).toContainText('The simulator: read every 2 s.');
  await expect(callLog(page).getByRole('status')).toContainText('0 calls of 0');
  await callLog(page).getByRole('button', { name: 'Split: form above, call log below' }).click();

  // The callback form is back, with the call log under it.
  await expect(screenButton(page, 'Callback')).toHaveAttribute('aria-current', 'page');
  await expect(callLog(page).getByRole('button', { name: 'Close the call log' })).toBeVisible();
  await page.getByRole('button', { name: 'Fill the form: Busy' }).click();
  await expect(page.getByLabel('Caller (the client: number or SIP login)')).toHaveValue('380500000006');
  await expect(page.getByLabel(/^Callee \(/)).toHaveValue('sandbox_anna');
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  await expect(page.getByRole('region', { name: 'Outcome' }).locator('[data-outcome]')).toHaveAttribute(
    'data-outcome',
    'accepted',
  );

  // A young row is provisional when first seen (ringing, it shows NO ANSWER), then final, ending BUSY.
  const row = callRows(page).first();
  await expect(row).toHaveAttribute('data-state', 'provisional', { timeout: 5_000 });
  await expect(row).toHaveAttribute('data-state', 'final', { timeout: 10_000 });
  await expect(row).toContainText('BUSY');
  await expect(row).toContainText('380500000006');
  await expect(row).toContainText('in history');
  await expect(row).toBeInViewport();

  await row.getByRole('button').click();
  const details = callLog(page).getByRole('region', {
    name: 'The chosen call and the attempt that placed it',
  });
  await expect(details).toContainText('Accepted');
  await expect(details.getByRole('region', { name: 'Request as sent' })).toContainText(
    `POST ${desk.simulator.url}/a/v2`,
  );
  await expect(details.getByRole('region', { name: 'Request as sent' })).toContainText(
    '"caller": "380500000006"',
  );

  await callLog(page).getByRole('button', { name: 'Close the call log' }).click();
  await expect(callLog(page)).toHaveCount(0);
});

test('the gallery shows "not sent", and is not offered on a live profile', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Fill the form: Not sent' }).click();
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome' }).locator('[data-outcome]');
  await expect(outcome).toHaveAttribute('data-outcome', 'not-sent');
  await expect(outcome).toContainText('the connection was refused');
  expect(desk.simulator.requestCount('/a/v2')).toBe(0);

  const created = await page.evaluate(() =>
    window.desk.createProfile({
      profile: {
        name: 'Shop',
        projectId: '10001',
        numbers: ['380441112233'],
        country: 'UA',
        target: 'ringostat',
        apiUrl: 'https://api.example.test',
      },
    }),
  );
  expect(created.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'LIVE' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Simulator scenarios' })).toHaveCount(0);
  await screenButton(page, 'Call log').click();
  await expect(callLog(page)).toContainText('A live project: read every 15 s.');
});

/** Every accessibility violation axe finds, whatever its impact, as "rule: where". */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

// Each theme once and each language once: light in English, dark in Ukrainian.
for (const [theme, locale] of [
  ['light', 'en'],
  ['dark', 'uk'],
] as const) {
  test(`the call log, its split and the gallery have no accessibility violation, ${theme} theme, ${locale}`, async ({
    page,
  }) => {
    // A callback, two screens and two full axe runs: more than a test's usual 30 s on a loaded machine.
    test.setTimeout(90_000);
    const t = translatorFor(locale);
    await page.emulateMedia({ colorScheme: theme });
    await open(page, { systemLanguages: [locale] });
    await page
      .getByRole('button', { name: t('scenarios.fillNamed', { name: t('scenarios.ordinary') }) })
      .click();
    await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
    await page
      .getByRole('navigation', { name: t('app.screens') })
      .getByRole('button', { name: t('app.screen.callLog') })
      .click();
    const calls = page.getByRole('table', { name: t('callLogScreen.tableLabel') });
    await calls.locator('tbody tr').first().getByRole('button').click();
    await expect(page.getByRole('region', { name: t('callLogScreen.details') })).toContainText(
      t('outcomeWord.accepted'),
    );
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: t('callLogScreen.split') }).click();
    await expect(calls.locator('tbody tr')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
  });
}
