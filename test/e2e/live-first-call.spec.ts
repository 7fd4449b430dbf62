import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDesk, type Desk } from './harness';
import { createLiveProfile, simulatorKey } from './live-profile';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const form = (page: Page) => page.getByRole('form', { name: 'Callback' });
const question = (page: Page) => page.getByRole('alertdialog', { name: 'Place a live call?' });
const placed = () => desk.simulator.requestCount('/a/v2');

async function fill(page: Page, caller: string, callee: string) {
  await page.getByLabel('Caller (the client: number or SIP login)').fill(caller);
  await page.getByLabel(/^Callee \(/).fill(callee);
}

test('the first live callback of a session asks once, in plain words; after one confirmed send it does not ask again', async ({
  page,
}) => {
  await createLiveProfile(page, desk.simulator.url, { key: simulatorKey });
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await fill(page, '+38 067 111 22 33', 'sandbox_anna');
  await page.getByRole('button', { name: 'Place live callback' }).click();

  // Plain words, the two parties as they will be sent, the project and the profile; Cancel has the focus.
  await expect(question(page)).toContainText('This callback rings real phones.');
  await expect(question(page)).toContainText('Caller380671112233');
  await expect(question(page)).toContainText('Calleesandbox_anna');
  await expect(question(page)).toContainText('Project 10001, profile “Live test”.');
  await expect(question(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Enter in haste presses Cancel; Escape cancels too.
  await page.keyboard.press('Enter');
  await expect(question(page)).toHaveCount(0);
  await page.getByLabel(/^Callee \(/).press('Control+Enter');
  await expect(question(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  // Escape from a field of the form answers the open question too.
  await page.getByRole('button', { name: 'Place live callback' }).click();
  await page.getByLabel(/^Callee \(/).focus();
  await page.keyboard.press('Escape');
  await expect(question(page)).toHaveCount(0);
  expect(placed()).toBe(0);

  await page.getByRole('button', { name: 'Place live callback' }).click();
  // The question and the live notice beside it read well in either theme.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (found) =>
          `${colorScheme} ${found.id} ${found.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary}`).join('; ')}`,
      ),
    ).toEqual([]);
  }
  // One click on the question's button places the call once.
  await question(page).getByRole('button', { name: 'Place the live call' }).click();
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
  expect(placed()).toBe(1);

  // The next live callback on this profile goes on one click.
  await fill(page, '050 222 33 44', 'sandbox_anna');
  await page.getByRole('button', { name: 'Place live callback' }).click();
  await expect.poll(placed).toBe(2);
  await expect(question(page)).toHaveCount(0);
});

test('with “Ask before every live call” on, every live callback asks', async ({ page }) => {
  await createLiveProfile(page, desk.simulator.url, { key: simulatorKey, askBeforeLiveCalls: true });
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  for (const [caller, count] of [
    ['0671112233', 1],
    ['0502223344', 2],
  ] as const) {
    await fill(page, caller, 'sandbox_anna');
    await page.getByRole('button', { name: 'Place live callback' }).click();
    await expect(question(page)).toContainText('“Live test” asks before every live call.');
    expect(placed()).toBe(count - 1);
    await question(page).getByRole('button', { name: 'Place the live call' }).click();
    await expect.poll(placed).toBe(count);
  }
});

test('switching to a live profile says so by the send button, for screen readers too', async ({ page }) => {
  const notice = form(page)
    .getByRole('status')
    .filter({ hasText: /^Live:/ });
  await expect(notice).toHaveCount(0);
  // A new live profile becomes active at once: the form says so where the person sends.
  await createLiveProfile(page, desk.simulator.url, { key: simulatorKey });
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await expect(notice).toHaveText('Live: calls now ring real phones — profile “Live test”.');
  const sendBox = await page.getByRole('button', { name: 'Place live callback' }).boundingBox();
  const noticeBox = await notice.boundingBox();
  expect(Math.abs((noticeBox?.y ?? 0) - (sendBox?.y ?? 1000))).toBeLessThan(80);

  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Sandbox (sandbox)' });
  await expect(notice).toHaveCount(0);
  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Live test (live)' });
  await expect(notice).toHaveText('Live: calls now ring real phones — profile “Live test”.');
});
