import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { translatorFor } from '../../electron/contract/i18n/translate';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(async () => desk.close());

const t = translatorFor('en');
const caller = (page: Page) => page.getByLabel(t('form.caller'), { exact: true });
const callee = (page: Page) => page.getByLabel(t('form.calleeNumber'), { exact: true });
const recent = (page: Page) => page.getByRole('listbox', { name: t('recent.label') });

async function send(page: Page, from: string, to: string, sent: number) {
  await caller(page).fill(from);
  await callee(page).fill(to);
  await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
  await expect.poll(() => desk.simulator.requestCount('/a/v2')).toBe(sent);
}

test('a recent number is offered under the party field and taken with the keyboard or the mouse', async ({
  page,
}) => {
  test.setTimeout(60_000);
  desk = await openDesk(page);
  await send(page, '067 111 22 33', 'sandbox_anna', 1);
  await send(page, '+38 050 222 33 44', 'sandbox_anna', 2);

  // Focused, the caller field offers the profile's recent clients, newest first, under it.
  await caller(page).fill('');
  await callee(page).focus();
  await caller(page).focus();
  await expect(recent(page).getByRole('option')).toHaveText(['380502223344', '380671112233']);
  await expect(caller(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(caller(page)).toHaveAttribute('aria-controls', (await recent(page).getAttribute('id')) ?? '');
  const listBox = await recent(page).boundingBox();
  const field = await caller(page).boundingBox();
  expect(listBox && field && listBox.y >= field.y + field.height - 1).toBe(true);

  // Down twice reaches the older number; Enter takes it and sends nothing.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // The open list, an option chosen, holds to the same accessibility rules as every screen.
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  const older = recent(page).getByRole('option', { name: '380671112233' });
  await expect(older).toHaveAttribute('aria-selected', 'true');
  await expect(caller(page)).toHaveAttribute('aria-activedescendant', (await older.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(caller(page)).toHaveValue('380671112233');
  await expect(recent(page)).toHaveCount(0);
  await expect(caller(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(caller(page)).toBeFocused();
  expect(desk.simulator.requestCount('/a/v2')).toBe(2);

  // Typing filters the list; Escape closes it and leaves what is typed.
  await caller(page).fill('0502');
  await expect(recent(page).getByRole('option')).toHaveText(['380502223344']);
  await page.keyboard.press('Escape');
  await expect(recent(page)).toHaveCount(0);
  await expect(caller(page)).toHaveValue('0502');

  // The callee field offers the employees called, and a click takes one.
  await callee(page).fill('');
  await caller(page).focus();
  await callee(page).focus();
  await expect(recent(page).getByRole('option')).toHaveText(['sandbox_anna']);
  await recent(page).getByRole('option', { name: 'sandbox_anna' }).click();
  await expect(callee(page)).toHaveValue('sandbox_anna');
  await expect(recent(page)).toHaveCount(0);
});

test('the cursor the app puts in the caller field on start leaves the list closed until the person asks', async ({
  page,
}) => {
  test.setTimeout(60_000);
  desk = await openDesk(page);
  await send(page, '067 111 22 33', 'sandbox_anna', 1);
  await page.reload();
  await expect(caller(page)).toBeFocused();
  await expect(caller(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(recent(page)).toHaveCount(0);
  // Down opens it, as does a click.
  await page.keyboard.press('ArrowDown');
  await expect(recent(page).getByRole('option')).toHaveText(['380671112233']);
  await page.keyboard.press('Escape');
  await expect(recent(page)).toHaveCount(0);
  await caller(page).click();
  await expect(recent(page).getByRole('option')).toHaveText(['380671112233']);
});
