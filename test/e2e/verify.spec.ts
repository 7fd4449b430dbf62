import { expect, test, type Page } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const caller = (page: Page) => page.getByLabel('Caller (the client: number or SIP login)');
const callee = (page: Page) => page.getByLabel(/^Callee \(/);
const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

test('an accepted callback’s call-log row arrives, is provisional while it rings, settles, and stays on the history entry', async ({
  page,
}) => {
  await caller(page).fill('+38 067 111 22 33');
  await callee(page).fill('sandbox_anna');
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  const callLog = page.getByRole('region', { name: 'Outcome' }).getByRole('region', { name: 'Call log' });
  await expect(callLog.locator('[data-status="provisional"]')).toContainText('NO ANSWER');
  await expect(callLog.locator('[data-status="final"]')).toContainText('ANSWERED', { timeout: 10_000 });
  await expect(callLog).toContainText('Anna Kovalenko');

  await screens(page).getByRole('button', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').first().click();
  const stored = page
    .getByRole('region', { name: 'Attempt details' })
    .getByRole('region', { name: 'Call log' });
  await expect(stored.locator('[data-status="final"]')).toContainText('ANSWERED');
  const [newest] = (await desk.history.list({}, 0, 1)).items;
  expect((await desk.history.get(newest?.id ?? ''))?.callLog).toMatchObject({
    status: 'final',
    row: { disposition: 'ANSWERED' },
  });
});

test('for an unknown outcome, checking the call log answers "did it ring?"', async ({ page }) => {
  await caller(page).fill('380500000005'); // the simulator places it, then answers with an HTML page
  await callee(page).fill('sandbox_petro');
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'unknown');
  await page.getByRole('button', { name: 'Check the call log: did it ring?' }).click();
  await expect(page.locator('[data-status="final"]')).toContainText('ANSWERED', { timeout: 10_000 });
});

test('an employee is picked from the directory, and their SIP status is shown before sending', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Pick an employee…' }).click();
  const picker = page.getByRole('dialog', { name: 'Pick an employee' });
  await expect(picker).toContainText('Read just now.');
  await picker.getByLabel(/^Find an employee/).fill('support');
  await expect(picker.getByRole('listitem')).toHaveCount(2);
  await picker.getByRole('button', { name: 'sandbox_olena · offline' }).click();
  await expect(callee(page)).toHaveValue('sandbox_olena');
  await expect(page.getByText('sandbox_olena is offline: the call may not be answered.')).toBeVisible();
  await callee(page).fill('sandbox_anna');
  await expect(page.getByText('sandbox_anna is online.')).toBeVisible();
});

test('UTM labels are imported from a landing-page URL after showing what they fill', async ({ page }) => {
  await page.getByText('Visitor, UTM and manager_dst override').click();
  await page.getByRole('button', { name: 'Import visitor data…' }).click();
  await page
    .getByLabel('Landing-page URL, rngst2 cookie or _ga cookie')
    .fill('https://shop.example/landing?utm_source=google&utm_medium=cpc&utm_campaign=spring');
  const group = page.getByRole('group', { name: 'Import visitor data' });
  await expect(group).toContainText('UTM source: google');
  await expect(page.getByLabel('UTM source')).toHaveValue(''); // nothing applied yet
  await group.getByRole('button', { name: 'Apply to the form' }).click();
  await expect(page.getByLabel('UTM source')).toHaveValue('google');
  await expect(page.getByLabel('UTM campaign')).toHaveValue('spring');
});

test('the call-log preview follows the form: inbound shows the labels, outbound says it has none', async ({
  page,
}) => {
  const preview = page.getByRole('region', { name: 'How the call log will show it' });
  await caller(page).fill('+7 701 234 5678');
  await callee(page).fill('sandbox_anna');
  await page.getByText('Visitor, UTM and manager_dst override').click();
  await page.getByLabel('UTM source').fill('google');
  await expect(preview).toContainText('Outbound calls carry no traffic-source labels');
  await expect(preview).toContainText('outbound rule for the +7 direction');
  await page.getByLabel('Inbound, with UTM labels').check();
  await expect(preview).toContainText('Source (utm_source): google');
  await expect(preview).toContainText('It rings the employee side (SIP sandbox_anna) first');
  await page.getByLabel('Client', { exact: true }).check();
  await expect(preview).toContainText('It rings the client (+77012345678) first');
  await expect(preview).toContainText('(manager_dst 1).');
  await expect(preview).not.toContainText('Sends manager_dst');
});

test('the menu’s shortcuts reach the page: send, new callback, history search, switch profile', async ({
  page,
}) => {
  const menu = (command: string) =>
    page.evaluate((name) => (window as unknown as { __menu: (c: string) => void }).__menu(name), command);
  await caller(page).fill('0671112233');
  await callee(page).fill('sandbox_anna');
  await menu('send');
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
  await menu('new-callback');
  await expect(caller(page)).toHaveValue('');
  await expect(caller(page)).toBeFocused();
  await menu('focus-history-search');
  await expect(page.getByLabel(/^Search/)).toBeFocused();
  await menu('switch-profile');
  await expect(page.locator('#active-profile')).toBeFocused();
});
