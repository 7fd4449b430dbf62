import { expect, test } from '@playwright/test';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(() => desk.close());

test('on a Ukrainian system the app speaks Ukrainian: labels, validation, outcomes and dates', async ({
  page,
}) => {
  desk = await openDesk(page, { systemLanguages: ['uk-UA', 'en-US'] });
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('status').filter({ hasText: 'Пісочниця' })).toContainText(
    'профіль «Пісочниця» · зворотні дзвінки йдуть до вбудованого симулятора Ringostat. Жоден справжній телефон не задзвонить.',
  );
  await expect(page.getByLabel('Мова')).toHaveValue('system');
  await expect(page.getByLabel('Мова').locator('option[value="system"]')).toHaveText(
    'Як у системі (Українська)',
  );

  // Labels in Ukrainian words; the API parameter beside each, small, read as its description.
  const caller = page.getByLabel('Клієнт: номер або SIP-логін', { exact: true });
  await expect(caller).toHaveAccessibleName('Клієнт: номер або SIP-логін');
  await expect(caller).toHaveAccessibleDescription('caller');
  await expect(
    page.locator('.field-label', { has: page.getByText('Клієнт: номер або SIP-логін') }),
  ).toHaveText(/^Клієнт: номер або SIP-логін\s*caller$/);
  await caller.fill('abc def');
  await caller.blur();
  await expect(
    page.getByText('Клієнт: «abc def» — ні номер телефону, ні SIP-логін', { exact: false }),
  ).toBeVisible();

  await caller.fill('067 111 22 33');
  await expect(page.getByText('надішле 380671112233')).toBeVisible();
  await page.getByLabel('Співробітник: номер або SIP-логін', { exact: true }).fill('sandbox_anna');
  await page.getByRole('button', { name: 'Зробити дзвінок у пісочниці' }).click();
  const outcome = page.getByRole('region', { name: 'Результат' });
  await expect(outcome.locator('.outcome-word')).toHaveText('Прийнято');
  await expect(outcome).toContainText('Ringostat прийняв зворотний дзвінок (HTTP 200).');
  await expect(outcome).toContainText('Спершу дзвонить співробітникові (SIP sandbox_anna)');

  await page.getByRole('navigation', { name: 'Екрани' }).getByRole('button', { name: 'Історія' }).click();
  await expect(page.getByText('1 спроба', { exact: true })).toBeVisible();
  // Ukrainian writes the day first, with dots: 26.11.26.
  await expect(page.locator('.row-time').first()).toHaveText(/^\d{2}\.\d{2}\.\d{2}/);
});

test('a chosen language wins over the system’s, is kept, and re-words what is already on screen', async ({
  page,
}) => {
  desk = await openDesk(page, { systemLanguages: ['en-US'] });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
  await page.getByLabel('Callee (the employee: number or SIP login)').fill('sandbox_anna');
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  const outcome = page.locator('.outcome-panel [data-outcome]');
  await expect(outcome).toContainText('Ringostat accepted the callback (HTTP 200).');

  await page.getByLabel('Language').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  // The outcome came from the main process as a message, not as English words: it reads in Ukrainian now.
  await expect(outcome).toContainText('Ringostat прийняв зворотний дзвінок (HTTP 200).');
  expect(desk.store.peek()).toMatchObject({ language: 'uk' });

  await page.reload();
  await expect(page.getByRole('button', { name: 'Зробити дзвінок у пісочниці' })).toBeVisible();
  await page.getByLabel('Мова').selectOption('system');
  await expect(page.getByRole('button', { name: 'Place sandbox callback' })).toBeVisible();
  expect(desk.store.peek()).toMatchObject({ language: 'system' });
});
