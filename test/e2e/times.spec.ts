import { expect, test, type Locator, type Page } from '@playwright/test';
import { translatorFor } from '../../electron/contract/i18n/translate';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(async () => desk.close());

// A person in New York working a Kyiv project: the two clocks differ by seven hours in winter, six in summer.
test.use({ timezoneId: 'America/New_York' });

/** Text a person would take for a machine's time: `2026-12-02T13:37:55…` in any form. */
const isoText = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// Intl writes a narrow no-break space before AM and PM: the page and the test compare plain spaces.
const plain = (value: string) => value.replace(/[\u202f\u00a0]/g, ' ');
const newYorkTime = (iso: string, options: Intl.DateTimeFormatOptions) =>
  plain(new Intl.DateTimeFormat('en', { ...options, timeZone: 'America/New_York' }).format(new Date(iso)));

/** The moment a `<time>` element stands for, and the words shown around it. */
async function shown(moment: Locator) {
  const iso = await moment.locator('time').first().getAttribute('datetime');
  expect(iso).not.toBeNull();
  return { iso: iso as string, words: plain(await moment.innerText()) };
}

async function placeCallback(page: Page) {
  const t = translatorFor('en');
  await page
    .getByRole('button', { name: t('scenarios.fillNamed', { name: t('scenarios.ordinary') }) })
    .click();
  await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
  await expect(
    page.getByRole('region', { name: t('panel.outcome') }).locator('[data-outcome]'),
  ).toHaveAttribute('data-outcome', 'accepted');
}

test('every time is the person’s own, with the project’s clock added where it reads otherwise', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const t = translatorFor('en');
  await page.setViewportSize({ width: 1280, height: 800 });
  desk = await openDesk(page);
  await placeCallback(page);

  // The outcome panel's call-log row: its moment in New York time, Kyiv's beside it.
  const outcome = page.getByRole('region', { name: t('panel.outcome') });
  await expect(outcome.locator('[data-status="final"]')).toBeVisible({ timeout: 15_000 });
  const logged = await shown(outcome.locator('dd', { has: page.locator('time') }));
  expect(logged.words).toContain(newYorkTime(logged.iso, { dateStyle: 'medium', timeStyle: 'medium' }));
  expect(logged.words).toMatch(/\(\d{1,2}:\d{2} [AP]M GMT\+[23] in Europe\/Kyiv\)$/);
  expect(logged.words).not.toMatch(isoText);

  // The call log screen's When column: no ISO text, the person's time with the project's under it.
  await page
    .getByRole('navigation', { name: t('app.screens') })
    .getByRole('button', { name: t('app.screen.callLog') })
    .click();
  const calls = page.getByRole('table', { name: t('callLogScreen.tableLabel') });
  const when = calls.locator('tbody tr').first().locator('td').first();
  await expect(when).toBeVisible();
  const cell = await shown(when);
  expect(cell.words).not.toMatch(isoText);
  expect(cell.words.split('\n')).toEqual([
    newYorkTime(cell.iso, { timeStyle: 'medium' }),
    expect.stringMatching(/^\d{1,2}:\d{2} [AP]M GMT\+[23] in Europe\/Kyiv$/),
  ]);
  await expect(calls.getByRole('columnheader').first()).toHaveText(t('callLogScreen.when'));

  // The history: the list and the attempt's details, with no UTC `…Z` beside a local time.
  await page
    .getByRole('navigation', { name: t('app.screens') })
    .getByRole('button', { name: t('app.screen.history') })
    .click();
  await page
    .getByRole('list', { name: t('history.rowsLabel') })
    .getByRole('button')
    .first()
    .click();
  const details = page.getByRole('region', { name: t('details.label') });
  await expect(details).toContainText(t('outcomeWord.accepted'));
  const started = await shown(details.locator('.facts').first());
  expect(started.words).toContain(newYorkTime(started.iso, { dateStyle: 'medium', timeStyle: 'medium' }));
  expect(plain(await details.innerText())).not.toMatch(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/);
  expect(plain(await details.innerText())).toMatch(
    /Started .+ \(\d{1,2}:\d{2} [AP]M GMT\+[23] in Europe\/Kyiv\)/,
  );
});
