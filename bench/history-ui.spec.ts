/**
 * The History panel over a generated log (1,000,000 entries unless
 * HISTORY_UI_ENTRIES says otherwise), in Chromium with `window.desk` bound
 * to the real handlers: how soon the first rows show, how soon a search is
 * painted after typing pauses, and how many frames of a scroll show rows
 * still loading. Prints a table and one line of JSON.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { openDesk } from '../test/e2e/harness';
import { writeLog } from './history-data';

const entries = Number(process.env.HISTORY_UI_ENTRIES ?? 1_000_000);
const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

/** Clicks History and returns the ms until a real row (not "Loading…") is painted. */
async function openHistory(page: Page): Promise<number> {
  await screens(page).getByRole('button', { name: 'History' }).waitFor();
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = Array.from(document.querySelectorAll('nav button')).find(
          (item) => item.textContent?.trim() === 'History',
        );
        const start = performance.now();
        (button as HTMLButtonElement).click();
        const check = () => {
          if (document.querySelector('.history-row:not(.loading)')) resolve(performance.now() - start);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** Types `query` as a person does, and returns the ms from the last keystroke until the list shows `expected` first. */
async function searchPaint(page: Page, query: string, expected: string): Promise<number> {
  const search = page.getByLabel(/^Search/);
  await search.fill('');
  await page.waitForTimeout(500);
  await page.evaluate((wanted) => {
    const scope = window as unknown as { __painted: Promise<number> };
    const field = document.querySelector('#history-search');
    let lastInput = 0;
    field?.addEventListener('input', () => (lastInput = performance.now()));
    scope.__painted = new Promise((resolve) => {
      const check = () => {
        const first = document.querySelector('.history-row:not(.loading)');
        if (lastInput > 0 && first?.textContent?.includes(wanted)) resolve(performance.now() - lastInput);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }, expected);
  await search.pressSequentially(query, { delay: 60 });
  return page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted);
}

/** Scrolls `step` px a frame for `frames` frames; the share of frames showing a row still loading. */
function scrollLoadingShare(page: Page, step: number, frames: number): Promise<number> {
  return page.evaluate(
    ({ step, frames }) =>
      new Promise<number>((resolve) => {
        const viewport = document.querySelector('.history-viewport') as HTMLElement;
        let seen = 0;
        let loading = 0;
        const frame = () => {
          const box = viewport.getBoundingClientRect();
          if (
            Array.from(document.querySelectorAll('.history-row.loading')).some((row) => {
              const rect = row.getBoundingClientRect();
              return rect.bottom > box.top && rect.top < box.bottom;
            })
          )
            loading += 1;
          seen += 1;
          if (seen >= frames) resolve(loading / seen);
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

test(`the History panel at ${entries.toLocaleString('en')} entries`, async ({ page }) => {
  const started = performance.now();
  const desk = await openDesk(page, {
    // An attempt every 30 seconds up to now: a year of a busy night-time test rig.
    prepareHistory: (folder) =>
      writeLog(join(folder, 'history.jsonl'), entries, Date.now() - entries * 30_000),
  });
  try {
    desk.history.setRetention({ maxEntries: 1_000_000, maxAgeDays: 0 });
    const openedMs = performance.now() - started;
    const firstRowsWhileIndexingMs = await openHistory(page);
    console.log('step: first rows');
    await desk.history.ready;
    await screens(page).getByRole('button', { name: 'Callback' }).click();
    const firstRows: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      firstRows.push(await openHistory(page));
      await screens(page).getByRole('button', { name: 'Callback' }).click();
    }
    console.log('step: first rows again');
    await openHistory(page);
    await expect(page.getByRole('status').filter({ hasText: entries.toLocaleString('en') })).toBeVisible();
    const searches: number[] = [];
    const caller = (n: number) => `38067${String(n).padStart(7, '0')}`;
    const spaced = (n: number) => caller(n).replace(/^38(\d{3})(\d{3})(\d{2})(\d{2})$/, '+38 $1 $2 $3 $4');
    const newestOfCampaign = entries - 1 - ((entries - 1 - 77) % 500);
    for (const [query, expected] of [
      [spaced(entries - 1234), caller(entries - 1234)],
      [caller(Math.floor(entries / 3)).slice(2), caller(Math.floor(entries / 3))],
      ['campaign_77', caller(newestOfCampaign)],
    ]) {
      searches.push(await searchPaint(page, query ?? '', expected ?? ''));
      console.log('step: search', query);
    }
    await page.getByLabel(/^Search/).fill('');
    await page.waitForTimeout(1000);
    const steady = await scrollLoadingShare(page, 40, 600);
    const flick = await scrollLoadingShare(page, 100, 300);
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
    const rows = [
      [
        'First rows after the History screen opens (index ready)',
        `${median(firstRows).toFixed(0)} ms`,
        '< 200 ms',
      ],
      [
        'First rows while the index is still being read',
        `${firstRowsWhileIndexingMs.toFixed(0)} ms`,
        '< 200 ms',
      ],
      ['Search painted after typing pauses', `${median(searches).toFixed(0)} ms`, '< 150 ms'],
      [
        'Frames showing rows still loading, steady wheel (2,400 px/s)',
        `${(steady * 100).toFixed(1)} %`,
        '0 %',
      ],
      ['Frames showing rows still loading, quick flick (6,000 px/s)', `${(flick * 100).toFixed(1)} %`, ''],
    ];
    console.log(
      `\n${entries.toLocaleString('en')} entries; log written and desk opened in ${(openedMs / 1000).toFixed(0)} s\n`,
    );
    console.log('| Measure | History panel | Target |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log(
      JSON.stringify({
        entries,
        firstRowsMs: Math.round(median(firstRows)),
        firstRowsWhileIndexingMs: Math.round(firstRowsWhileIndexingMs),
        searchPaintMs: Math.round(median(searches)),
        loadingFramesSteady: steady,
        loadingFramesFlick: flick,
      }),
    );
  } finally {
    await desk.close();
  }
});
