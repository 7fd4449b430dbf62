import { expect, type Page } from '@playwright/test';

/** The key the simulator accepts, for a live profile pointed at it. */
export const simulatorKey = 'sandbox-auth-key-0000';

/**
 * Creates a live profile (plain http is allowed on loopback, so it can point at
 * the simulator), saves its key if one is given, and leaves its editor open.
 */
export async function createLiveProfile(
  page: Page,
  apiUrl: string,
  options: { name?: string; askBeforeLiveCalls?: boolean; key?: string } = {},
): Promise<void> {
  const name = options.name ?? 'Live test';
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  const form = page.getByRole('form', { name: 'New profile' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Project id').fill('10001');
  await form.getByLabel('API URL').fill(apiUrl);
  if (options.askBeforeLiveCalls) await form.getByLabel('Ask before every live call').check();
  await form.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('form', { name: `Profile ${name}` })).toBeVisible();
  if (options.key !== undefined) {
    await page.getByLabel('Paste the key').fill(options.key);
    await page.getByRole('button', { name: 'Save key' }).click();
    await expect(page.getByTestId('key-status')).toContainText('Key set');
  }
}

/** Answers the question before the first live callback of the session on a profile: place the call. */
export async function placeAfterQuestion(page: Page): Promise<void> {
  await page
    .getByRole('alertdialog', { name: 'Place a live call?' })
    .getByRole('button', { name: 'Place the live call' })
    .click();
}
