import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDesk, type Desk } from './harness';
import { createLiveProfile, placeAfterQuestion } from './live-profile';

let desk: Desk | undefined;
test.afterEach(() => desk?.close());

const secret = 'e2e-live-secret-7Qx9Zt41';

async function saveKey(page: Page, key: string, button = 'Save key') {
  await page.getByLabel('Paste the key').fill(key);
  await page.getByRole('button', { name: button }).click();
}

test('a wrong key on a live profile is shown as a rejection, and the banner warns that phones ring', async ({
  page,
}) => {
  desk = await openDesk(page);
  await createLiveProfile(page, desk.simulator.url);
  await saveKey(page, 'wrong-key-12345678');
  await expect(page.getByTestId('key-status')).toHaveText(
    'Key set, ends in …5678 (encrypted on this computer)',
  );
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('The Auth-key is missing or wrong (HTTP 401).')).toBeVisible();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Callback' }).click();
  await expect(page.locator('[data-live="true"]')).toContainText(
    'LIVE · profile “Live test”, project 10001 · callbacks ring real phones.',
  );
  await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
  await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
  await page.getByRole('button', { name: 'Place live callback' }).click();
  await placeAfterQuestion(page);
  const outcome = page.locator('[data-outcome]');
  await expect(outcome).toHaveAttribute('data-outcome', 'rejected');
  await expect(outcome).toContainText('Ringostat refused the Auth-key: it is missing or wrong (HTTP 401)');
});

test('the key typed into a profile never appears again: not in the page, its storage, or any answer from main', async ({
  page,
}) => {
  desk = await openDesk(page);
  await createLiveProfile(page, desk.simulator.url);
  await saveKey(page, secret);
  await expect(page.getByTestId('key-status')).toHaveText(
    'Key set, ends in …Zt41 (encrypted on this computer)',
  );
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: /HTTP 401/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Callback' }).click();
  await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
  await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
  await page.getByRole('button', { name: 'Place live callback' }).click();
  await placeAfterQuestion(page);
  await expect(page.locator('[data-outcome]')).toBeVisible();
  await page.getByText('Request as sent').click();
  await expect(page.getByText('Auth-key: [redacted]').first()).toBeVisible();

  // The attempt is in the history and its export, without the key.
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Attempt details' })).toContainText('Auth-key: [redacted]');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  await expect.poll(() => desk?.exports.length).toBe(1);
  expect(readFileSync(desk.exports[0] ?? '', 'utf8')).not.toContain(secret);
  expect(
    readdirSync(desk.historyFolder)
      .map((name) => readFileSync(join(desk?.historyFolder ?? '', name), 'utf8'))
      .join(''),
  ).not.toContain(secret);

  // The simulator did receive it: the key was really used, only never shown.
  expect(desk.simulator.requestCount('/a/v2')).toBe(1);
  const dom = await page.content();
  const inputs = await page
    .locator('input, textarea')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  const storage = await page.evaluate(
    () => JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie,
  );
  expect(dom).not.toContain(secret);
  expect(inputs.join('\n')).not.toContain(secret);
  expect(storage).not.toContain(secret);
  expect(desk.responses.length).toBeGreaterThan(5);
  expect(JSON.stringify(desk.responses)).not.toContain(secret);
  expect(JSON.stringify(desk.store.peek())).not.toContain(secret);
});

test('without real encryption the key is kept for this session only, and the app says why', async ({
  page,
}) => {
  desk = await openDesk(page, { encryption: false });
  await createLiveProfile(page, desk.simulator.url);
  await expect(page.getByText('No keyring is available')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save key' })).toHaveCount(0);
  await saveKey(page, secret, 'Keep for this session only');
  await expect(page.getByTestId('key-status')).toHaveText('Key set, ends in …Zt41 (this session only)');
  expect(JSON.stringify(desk.store.peek())).not.toContain('Zt41');
});

test('profiles can be duplicated, switched, and deleted after confirming', async ({ page }) => {
  desk = await openDesk(page);
  await createLiveProfile(page, 'https://api.ringostat.net', { name: 'Shop' });
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('form', { name: 'Profile Shop (copy)' })).toBeVisible();
  await expect(page.getByLabel('Profile', { exact: true })).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Delete profile?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('navigation', { name: 'Profile list' }).getByRole('button')).toHaveText([
    /Sandbox/,
    /Shop/,
    'New profile',
  ]);
  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Sandbox (sandbox)' });
  await expect(page.locator('[data-live="false"]')).toContainText('No real phone rings.');
});

test('profile fields are validated with messages that say what to do', async ({ page }) => {
  desk = await openDesk(page);
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  const form = page.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill('sandbox');
  await form.getByLabel('Project id').fill('12a');
  await form.getByLabel(/Incoming numbers/).fill('044 111 22 33\n12');
  await form.getByLabel('API URL').fill('http://example.com');
  await form.getByRole('button', { name: 'Create profile' }).click();
  await expect(form.getByText('Name: “sandbox” is taken by another profile.')).toBeVisible();
  await expect(form.getByText('Project id: “12a” is not a project id: it is digits only.')).toBeVisible();
  await expect(form.getByText(/Project number: “12” is not a valid phone number/)).toBeVisible();
  await expect(form.getByText(/plain http on another machine/)).toBeVisible();
});
