import { expect, test, type Page } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
let pageProblems: string[];
test.beforeEach(async ({ page }) => {
  pageProblems = [];
  // Console errors include CSP violations: the page must run under its policy without one.
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(message.text());
  });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const outcome = (page: Page) => page.getByRole('region', { name: 'Outcome' }).locator('[data-outcome]');
const sendButton = (page: Page) =>
  page.getByRole('button', { name: /Place (sandbox|live) callback|Sending/ });

async function fillExtended(page: Page, caller: string, callee: string, scheme = false) {
  await page.getByLabel('Caller (the client: number or SIP login)').fill(caller);
  if (scheme) await page.getByLabel('Forwarding scheme').check();
  await page.getByLabel(/^Callee \(/).fill(callee);
}

test('first start: the Sandbox profile is live in the banner and an extended callback is accepted', async ({
  page,
}) => {
  await expect(page.getByRole('status').filter({ hasText: 'Sandbox' })).toContainText('No real phone rings.');
  await fillExtended(page, '+38 (067) 111-22-33', '101', true);
  await expect(page.getByText('will send 380671112233')).toBeVisible();
  await expect(page.getByText('sends manager_dst 1: the employee rings first')).toBeVisible();
  await sendButton(page).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  await expect(outcome(page)).toContainText('Accepted');
  await expect(outcome(page)).toContainText('forwarding scheme 101');
  expect(desk.simulator.calls()).toMatchObject([
    { caller: '380671112233', dst: '101', scheme_name: 'Sales' },
  ]);
});

test('a simple callback from one of the profile’s numbers is accepted', async ({ page }) => {
  await page.getByLabel('Simple (outward_call)').check();
  await page.getByLabel('Extension (project number to call from)').fill('380441112233');
  await page.getByLabel('Destination (number or SIP login)').fill('067 111 22 33');
  await expect(page.locator('.request-text')).toContainText(
    'extension=380441112233&destination=380671112233',
  );
  await page.keyboard.press('Control+Enter');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  expect(desk.simulator.requestCount('/callback/outward_call')).toBe(1);
});

test('invalid input shows an error under each field and sends nothing', async ({ page }) => {
  await page.getByLabel('Caller (the client: number or SIP login)').fill('abc def');
  await page.getByText('Visitor, UTM and manager_dst override').click();
  await page.getByLabel('Client IP').fill('1.2.3');
  await sendButton(page).click();
  await expect(page.getByText('Caller: “abc def” is neither a phone number nor a SIP login')).toBeVisible();
  await expect(page.getByText('Callee: fill this in.')).toBeVisible();
  await expect(page.getByText('Client IP: “1.2.3” is not an IP address')).toBeVisible();
  await expect(page.getByLabel('Caller (the client: number or SIP login)')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByText('Nothing sent yet.')).toBeVisible();
  expect(desk.simulator.requestCount()).toBe(0);
});

test('a double click sends one request', async ({ page }) => {
  await fillExtended(page, '+380 50 000 0002', 'sandbox_anna'); // the simulator answers this one after a second
  await expect(page.getByText('will send 380500000002')).toBeVisible();
  await sendButton(page).dblclick();
  await expect(sendButton(page)).toBeDisabled();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted', { timeout: 5_000 });
  expect(desk.simulator.requestCount('/a/v2')).toBe(1);
});

test('the same callback again within a minute asks first, showing the earlier outcome', async ({ page }) => {
  await fillExtended(page, '0671112233', 'sandbox_anna');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  const buttonTop = (await sendButton(page).boundingBox())?.y;
  await sendButton(page).click();
  const confirm = page.getByRole('alertdialog', { name: 'Send again?' });
  await expect(confirm).toContainText('outcome: accepted');
  // The question appears below the button: a second click where the first one was presses Send, not Send again.
  expect((await sendButton(page).boundingBox())?.y).toBe(buttonTop);
  // The earlier outcome and its call-log row stay on screen through the question and its Cancel.
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(desk.simulator.requestCount('/a/v2')).toBe(1);
  const panel = page.getByRole('region', { name: 'Outcome' });
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  await expect(panel).not.toContainText('Nothing sent yet.');
  await expect(panel.getByRole('region', { name: 'Call log' })).toBeVisible();
  await page.getByLabel(/^Callee \(/).press('Control+Enter');
  await expect(page.getByRole('alertdialog', { name: 'Send again?' })).toBeVisible();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'accepted');
  await sendButton(page).click();
  await page.getByRole('button', { name: 'Send again' }).click();
  await expect.poll(() => desk.simulator.requestCount('/a/v2')).toBe(2);
});

test('each outcome reads in plain words, with the raw answer one click away', async ({ page }) => {
  await fillExtended(page, '380500000001', 'sandbox_anna');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'rejected');
  await expect(outcome(page)).toContainText('Outgoing calls to this number are forbidden');
  await page.getByText('Raw answer').click();
  await expect(page.locator('pre.raw').first()).toContainText('"code":-32000');

  await fillExtended(page, '380500000003', 'sandbox_anna');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'unknown');
  await expect(outcome(page)).toContainText('look in the project’s call log before trying again');
});

test('the send button stays put while the form checks what was typed, so a quick click is not lost', async ({
  page,
}) => {
  const buttonTop = async () => (await sendButton(page).boundingBox())?.y;
  await fillExtended(page, '0671112233', 'sandbox_anna');
  await expect(page.getByText('will send 380671112233')).toBeVisible();
  await expect(page.getByText('sandbox_anna is online')).toBeVisible();
  const settled = await buttonTop();

  // Just after a change the old verdict no longer counts and the new one has not come yet.
  await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112244');
  await page.getByLabel(/^Callee \(/).fill('sandbox_petro');
  expect(await buttonTop()).toBe(settled);
  await expect(page.getByText('will send 380671112244')).toBeVisible();
  await expect(page.getByText('sandbox_petro is online')).toBeVisible();
  expect(await buttonTop()).toBe(settled);

  // A number has no SIP status: the line it would take stays.
  await page.getByLabel(/^Callee \(/).fill('0501234567');
  await expect(page.getByText('will send 380501234567')).toBeVisible();
  expect(await buttonTop()).toBe(settled);

  await page.getByLabel('Simple (outward_call)').check();
  await page.getByLabel('Extension (project number to call from)').fill('380441112233');
  await page.getByLabel('Destination (number or SIP login)').fill('067 111 22 33');
  await expect(page.getByText('will send 380671112233')).toBeVisible();
  const simple = await buttonTop();
  await page.getByLabel('Destination (number or SIP login)').fill('067 111 22 44');
  expect(await buttonTop()).toBe(simple);
  await expect(page.getByText('will send 380671112244')).toBeVisible();
  expect(await buttonTop()).toBe(simple);
});

test('the request preview shows the whole request, UTM labels and closing brace included', async ({
  page,
}) => {
  await fillExtended(page, '0671112233', 'sandbox_anna');
  await page.getByLabel('Inbound, with UTM labels').check();
  await page.getByText('Visitor, UTM and manager_dst override').click();
  const labels: [string, string][] = [
    ['UTM source', 'spring'],
    ['UTM medium', 'cpc'],
    ['UTM campaign', 'sale'],
    ['UTM content', 'banner'],
    ['UTM term', 'callback'],
  ];
  for (const [label, value] of labels) await page.getByLabel(label).fill(value);
  const request = page.getByRole('region', { name: 'The request that will be sent' });
  await expect(request).toContainText('"utmTerm": "callback"');
  // Nothing of it is hidden behind a scroll: its last line, the closing brace, is on the page.
  const hidden = await request.evaluate((text) => text.scrollHeight - text.clientHeight);
  expect(hidden).toBeLessThanOrEqual(1);
  expect((await request.textContent())?.trimEnd().endsWith('}')).toBe(true);
});

test('copy as cURL puts the request on the clipboard with the key as a variable', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillExtended(page, '0671112233', 'sandbox_anna');
  await page.getByRole('button', { name: 'Copy as cURL' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('-H "Auth-key: $RINGOSTAT_AUTH_KEY"');
  expect(copied).toContain('"caller":"380671112233"');
});
