import { expect, test, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { openDesk } from '../test/e2e/harness';

const folder = resolve(import.meta.dirname, '../docs/screenshots');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(folder, `${name}.png`), fullPage: true });

test('screenshots of the main screens', async ({ page }) => {
  const desk = await openDesk(page);
  try {
    // 1. A sandbox callback, accepted, with its exact request.
    await page.getByLabel('Caller (the client: number or SIP login)').fill('+38 (067) 111-22-33');
    await page.getByLabel('Forwarding scheme').check();
    await page.getByLabel('Callee (forwarding scheme id)').fill('101');
    await page.getByLabel('Inbound, with UTM labels').check();
    await page.getByText('Visitor, UTM and manager_dst override').click();
    await page.getByLabel('UTM source').fill('google');
    await page.getByLabel('UTM medium').fill('cpc');
    await page.getByRole('button', { name: 'Place sandbox callback' }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
    await expect(page.locator('[data-status="final"]')).toBeVisible({ timeout: 10_000 });
    await shot(page, 'callback-accepted');

    // 2. Validation as you type.
    await page.reload();
    await page.getByLabel('Caller (the client: number or SIP login)').fill('067 111 22');
    await page.getByLabel(/^Callee \(/).fill('101');
    await page.getByRole('button', { name: 'Place sandbox callback' }).click();
    await expect(page.getByText(/Callee “101” is not a valid phone number/)).toBeVisible();
    await shot(page, 'callback-validation');

    // 3. A live profile: the key is write-only.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Profiles' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    const form = page.getByRole('form', { name: 'New profile' });
    await form.getByLabel('Name').fill('Shop');
    await form.getByLabel('Project id').fill('10001');
    await form.getByLabel(/Incoming numbers/).fill('+38 044 111 22 33');
    await form.getByLabel('API URL').fill(desk.simulator.url);
    await form.getByRole('button', { name: 'Create profile' }).click();
    await page.getByLabel('Paste the key').fill('not-the-right-key-4821');
    await page.getByRole('button', { name: 'Save key' }).click();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByText('The Auth-key is missing or wrong (HTTP 401).')).toBeVisible();
    await shot(page, 'profiles');

    // 4. The live banner and a rejection explained.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Callback' }).click();
    await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
    await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
    await page.getByRole('button', { name: 'Place live callback' }).click();
    await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'rejected');
    await shot(page, 'callback-rejected-live');

    // 5. The history: every attempt, newest first, one of them opened.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'History' }).click();
    await page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').last().click();
    await expect(page.getByRole('region', { name: 'Attempt details' })).toContainText('Accepted');
    await shot(page, 'history');

    // 6. A run of scheme ids on the sandbox, from a saved template.
    await page.locator('#active-profile').selectOption({ label: 'Sandbox (sandbox)' });
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Callback' }).click();
    await page.getByLabel('Caller (the client: number or SIP login)').fill('+38 067 111 22 33');
    await page.getByRole('radio', { name: 'Forwarding scheme' }).check();
    await page.getByRole('button', { name: 'Save as template…' }).click();
    await page.getByLabel('Template name').fill('Scheme check');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Runs' }).click();
    await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
    await page.getByLabel(/^Values, one per line/).fill('101\n102\n1o3\n999\n103');
    await page.getByLabel(/^Gap between calls/).fill('1');
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('button', { name: 'Start the run' }).click();
    await expect(page.getByRole('region', { name: 'Run progress' }).getByRole('heading')).toContainText(
      'finished',
      {
        timeout: 15_000,
      },
    );
    await expect(page.getByRole('region', { name: 'Run progress' })).not.toContainText('provisional', {
      timeout: 10_000,
    });
    await shot(page, 'runs');
  } finally {
    await desk.close();
  }
});
