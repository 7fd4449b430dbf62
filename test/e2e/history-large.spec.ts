import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { writeLog } from '../../bench/history-data';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(() => desk.close());

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const rows = (page: Page) => page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button');

/**
 * Scrolls the list by `step` pixels every animation frame for `frames`
 * frames, as a flick of the wheel does, and counts the frames in which a row
 * in view still says "Loading…".
 */
function scrollAndCount(
  page: Page,
  step: number,
  frames: number,
): Promise<{ frames: number; loading: number }> {
  return page.evaluate(
    ({ step, frames }) =>
      new Promise<{ frames: number; loading: number }>((resolve) => {
        const viewport = document.querySelector('.history-viewport');
        if (!viewport) throw new Error('no history list');
        const seen = { frames: 0, loading: 0 };
        const frame = () => {
          const box = viewport.getBoundingClientRect();
          const loading = Array.from(document.querySelectorAll('.history-row.loading')).some((row) => {
            const rect = row.getBoundingClientRect();
            return rect.bottom > box.top && rect.top < box.bottom;
          });
          seen.frames += 1;
          if (loading) seen.loading += 1;
          if (seen.frames >= frames) resolve(seen);
          else {
            viewport.scrollTop += step;
            requestAnimationFrame(frame);
          }
        };
        requestAnimationFrame(frame);
      }),
    { step, frames },
  );
}

test('a history of 3,000 attempts shows the newest first, searches, and scrolls without rows still loading', async ({
  page,
}) => {
  desk = await openDesk(page, {
    // Attempts every 30 seconds up to now: all within the default year kept.
    prepareHistory: (folder) => writeLog(join(folder, 'history.jsonl'), 3000, Date.now() - 3000 * 30_000),
  });
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(rows(page).first()).toContainText('380670002999');
  await expect(page.getByRole('status').filter({ hasText: '3,000 attempts' })).toBeVisible();

  // A quick flick down the list: 100 pixels a frame, about 6,000 a second, across three pages.
  const seen = await scrollAndCount(page, 100, 150);
  expect(seen.loading).toBe(0);
  await expect(rows(page).first()).not.toContainText('380670002999');

  await page.getByLabel(/^Search/).fill('+38 067 000 12 34');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('380670001234');
});
