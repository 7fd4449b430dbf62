import { expect, test, type Page, type Route } from '@playwright/test';
import { openDesk, type Desk } from './harness';
import { createLiveProfile, simulatorKey } from './live-profile';

/*
 * The window's first frame has the form and the first part of the messages;
 * the rest of the messages, and the rest of the window, follow. These tests
 * hold the rest of the messages back to stay in that first frame.
 */
let desk: Desk;
// The page first, so none of its requests is still open when the servers stop.
test.afterEach(async ({ page }) => {
  await page.close();
  await desk.close();
});

const rest = '**/assets/messages-en-rest.js*';
const caller = (page: Page) => page.getByLabel('Caller (the client: number or SIP login)');
const send = (page: Page) => page.locator('form.callback-form button[type="submit"]');

/** Holds every request for the rest of the English messages until `release()`. */
function holdRest(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  return page
    .route(rest, (route) => void held.push(route))
    .then(() => ({
      release: async () => {
        await Promise.all(held.map((route) => route.continue()));
        await page.unroute(rest);
      },
    }));
}

test('nothing moves under the pointer when the rest of the window arrives', async ({ page }) => {
  const hold = await holdRest(page);
  desk = await openDesk(page);
  await expect(caller(page)).toBeFocused();
  const before = [await caller(page).boundingBox(), await send(page).boundingBox()];
  await hold.release();
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();
  expect([await caller(page).boundingBox(), await send(page).boundingBox()]).toEqual(before);
});

test('a live send in the first frame asks its question in words, and sends once', async ({ page }) => {
  desk = await openDesk(page);
  await createLiveProfile(page, desk.simulator.url, { key: simulatorKey });
  const hold = await holdRest(page);
  await page.reload();
  await caller(page).fill('+38 067 111 22 33');
  await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
  await page.getByLabel(/^Callee \(/).press('Control+Enter');
  // Main answers at once; what the window shows of it must never be a message's key.
  await page.waitForTimeout(1_000);
  await expect(page.getByText(/liveQuestion\.|send\.confirm/)).toHaveCount(0);
  await hold.release();
  const question = page.getByRole('alertdialog', { name: 'Place a live call?' });
  await expect(question).toContainText('This callback rings real phones.');
  await expect(question).not.toContainText('liveQuestion.');
  await question.getByRole('button', { name: 'Place the live call' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted' })).toBeVisible();
  expect(desk.simulator.requestCount('/a/v2')).toBe(1);
});

test('messages that could not be loaded are asked for again when the language is chosen again', async ({
  page,
}) => {
  await page.route(rest, (route) => route.fulfill({ status: 404, body: '' }));
  desk = await openDesk(page);
  // Without the rest, the window still comes up whole, with the keys of what it lacks.
  await expect(page.locator('[aria-label="panel.outcome"]')).toBeVisible({ timeout: 10_000 });
  await page.unroute(rest);
  await page.getByLabel('Language').selectOption('uk');
  await expect(page.getByRole('navigation', { name: 'Екрани' })).toBeVisible();
  await page.getByLabel('Мова').selectOption('en');
  await expect(page.getByRole('region', { name: 'Outcome' })).toBeVisible();
  await expect(page.locator('[aria-label="panel.outcome"]')).toHaveCount(0);
});
