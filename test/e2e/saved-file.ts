import { expect, type Locator, type Page } from '@playwright/test';
import type { Desk } from './harness';

/**
 * An export's message as a person meets it: inside the part of the screen it
 * is about, said as a success (a status in the success colour, never an
 * alert), with a button that has main show the very file it wrote.
 */
export async function expectSavedFile(page: Page, where: Locator, message: RegExp, desk: Desk) {
  const status = where.getByRole('status').filter({ hasText: message });
  await expect(status).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: message })).toHaveCount(0);
  const inSuccessColour = await status.evaluate((element) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--ok)';
    document.body.append(probe);
    const success = getComputedStyle(probe).color;
    probe.remove();
    return getComputedStyle(element).color === success;
  });
  expect(inSuccessColour, 'the message is in the success colour').toBe(true);
  const shown = desk.revealed.length;
  await where.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => desk.revealed.length).toBe(shown + 1);
  expect(desk.revealed.at(-1)).toBe(desk.exports.at(-1));
}
