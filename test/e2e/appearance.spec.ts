import { expect, test } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(() => desk.close());

test('follows the system’s dark mode, and a chosen appearance overrides it and is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  desk = await openDesk(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const background = () =>
    page.evaluate(() => getComputedStyle(document.body.parentElement as HTMLElement).backgroundColor);
  expect(await background()).toBe('rgb(20, 23, 27)');
  await page.getByLabel('Appearance').selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(246, 247, 249)');
  expect(desk.store.peek()).toMatchObject({ theme: 'light' });
  await page.getByLabel('Appearance').selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});
