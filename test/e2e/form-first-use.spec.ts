import { expect, test, type Page } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const caller = (page: Page) => page.getByLabel('Caller (the client: number or SIP login)');
const callee = (page: Page) => page.getByLabel(/^Callee \(/);
const extension = (page: Page) => page.getByLabel('Extension (project number to call from)');
const destination = (page: Page) => page.getByLabel('Destination (number or SIP login)');
const method = (page: Page, name: 'Simple (outward_call)' | 'Extended (Callback.external)') =>
  page.getByRole('radio', { name });
const fieldErrors = (page: Page) => page.locator('.field-error');
const sendButton = (page: Page) => page.getByRole('button', { name: 'Place sandbox callback' });

test('Simple does not start red: a field says what is wrong once it is left, or on send', async ({
  page,
}) => {
  // A sandbox callback first: a form that has sent once must not greet the next method in red either.
  await caller(page).fill('0671112233');
  await callee(page).fill('sandbox_anna');
  await sendButton(page).click();
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');

  await method(page, 'Simple (outward_call)').check();
  await destination(page).fill('067 111 22 33');
  // The verdicts have come (what the destination will send), and none is an error yet.
  await expect(page.getByText('will send 380671112233')).toBeVisible();
  await expect(fieldErrors(page)).toHaveCount(0);
  await expect(extension(page)).not.toHaveAttribute('aria-invalid', 'true');

  // Typing is not yet a mistake; leaving the field is when it is said.
  await extension(page).fill('044 111');
  await expect(fieldErrors(page)).toHaveCount(0);
  await extension(page).blur();
  await expect(page.getByText(/^Extension: “044 111” is not a valid phone number/)).toBeVisible();
  await extension(page).fill('');
  await expect(page.getByText('Extension: fill this in.')).toBeVisible();

  // Back and forth: a method just chosen shows no error, sending shows every one.
  await method(page, 'Extended (Callback.external)').check();
  await caller(page).fill('');
  await method(page, 'Simple (outward_call)').check();
  await expect(destination(page)).toHaveValue('067 111 22 33');
  await expect(page.getByText('will send 380671112233')).toBeVisible();
  await expect(fieldErrors(page)).toHaveCount(0);
  await sendButton(page).click();
  await expect(page.getByText('Extension: fill this in.')).toBeVisible();
  expect(desk.simulator.requestCount('/callback/outward_call')).toBe(0);
});

test('changing the method carries the client over, and keeps what has no place there for the way back', async ({
  page,
}) => {
  // The extended caller is the client; the simple method calls the client as its destination.
  await caller(page).fill('+38 067 111 22 33');
  await page.getByRole('radio', { name: 'Forwarding scheme' }).check();
  await callee(page).fill('101');
  await method(page, 'Simple (outward_call)').check();
  await expect(destination(page)).toHaveValue('+38 067 111 22 33');
  // A scheme id is no project number: the extension stays empty, the callee waits in the draft.
  await expect(extension(page)).toHaveValue('');

  await extension(page).fill('380441112233');
  await destination(page).fill('050 222 33 44');
  await method(page, 'Extended (Callback.external)').check();
  await expect(caller(page)).toHaveValue('050 222 33 44');
  await expect(callee(page)).toHaveValue('101');
  await expect(page.getByRole('radio', { name: 'Forwarding scheme' })).toBeChecked();

  await method(page, 'Simple (outward_call)').check();
  await expect(extension(page)).toHaveValue('380441112233');
  await expect(destination(page)).toHaveValue('050 222 33 44');
  await sendButton(page).click();
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
  expect(desk.simulator.calls()).toMatchObject([{ caller: '380441112233', dst: '380502223344' }]);
});

test('on first start the caller has the cursor, and Tab goes caller → callee → send', async ({ page }) => {
  await expect(caller(page)).toBeFocused();
  await page.keyboard.type('067 111 22 33');
  await page.keyboard.press('Tab');
  await expect(callee(page)).toBeFocused();
  await page.keyboard.type('sandbox_anna');
  await page.keyboard.press('Tab');
  await expect(sendButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
  expect(desk.simulator.calls()).toMatchObject([{ caller: '380671112233', dst: 'sandbox_anna' }]);

  // The rest of the form comes after Send, in the order it is seen, and is all reached by Tab.
  const reached: string[] = [];
  await sendButton(page).focus();
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        if (!element) return '';
        const label = element.labels?.[0]?.textContent ?? element.textContent ?? '';
        return `${element.tagName.toLowerCase()}:${label.trim()}`;
      }),
    );
  }
  const order = ['input:Number or SIP', 'button:Pick an employee…', 'input:Outbound', 'input:Employee'];
  expect(reached.slice(0, order.length)).toEqual(order);
  expect(reached).toContain('summary:Visitor, UTM and manager_dst override');
  const below = async (name: string) => (await page.getByRole('group', { name }).boundingBox())?.y ?? 0;
  const send = (await sendButton(page).boundingBox())?.y ?? Infinity;
  expect(await below('Callee type')).toBeGreaterThan(send);
  expect(await below('Direction (how the call log records it)')).toBeGreaterThan(send);
  // No tab stop is forced out of the page's order.
  await expect(page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toHaveCount(0);

  // Simple: extension → destination → send.
  await method(page, 'Simple (outward_call)').check();
  await page.keyboard.press('Tab');
  await expect(extension(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(destination(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sendButton(page)).toBeFocused();
});
