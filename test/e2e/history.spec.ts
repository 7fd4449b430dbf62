import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { acceptedEnd, attempt } from '../support/history-fixtures';
import { leakedNumbers, writeRandomHistory } from '../support/random-history';
import { openDesk, type Desk } from './harness';
import { createLiveProfile, placeAfterQuestion, simulatorKey } from './live-profile';
import { expectSavedFile } from './saved-file';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const rows = (page: Page) => page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button');

async function place(page: Page, caller: string, callee: string, utmSource = '') {
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await page.getByLabel('Caller (the client: number or SIP login)').fill(caller);
  await page.getByLabel(/^Callee \(/).fill(callee);
  if (utmSource) {
    await page.getByLabel('Inbound, with UTM labels').check();
    const details = page.locator('details.advanced');
    if (!(await details.getAttribute('open')))
      await page.getByText('Visitor, UTM and manager_dst override').click();
    await page.getByLabel('UTM source').fill(utmSource);
  }
  const before = desk.simulator.requestCount('/a/v2');
  await page.getByRole('button', { name: 'Place sandbox callback' }).click();
  await expect.poll(() => desk.simulator.requestCount('/a/v2')).toBe(before + 1);
  await expect(page.locator('.outcome-panel [data-outcome]')).toBeVisible();
}

test('callbacks placed in the sandbox appear newest first, filtered and searched', async ({ page }) => {
  await place(page, '+38 067 111 22 33', 'sandbox_anna', 'spring_sale');
  await place(page, '380500000001', 'sandbox_petro'); // refused by the simulator
  await place(page, '050 222 33 44', 'sandbox_anna');
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).first()).toContainText('380502223344 → sandbox_anna');
  await expect(rows(page).nth(1)).toContainText('Rejected');

  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('rejected');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('380500000001');
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('');

  await page.getByLabel(/^Search/).fill('067 111');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('380671112233');
  await page.getByLabel(/^Search/).fill('spring_sale');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel(/^Search/).fill('nobody-knows-this');
  await expect(page.getByText('No attempts match.')).toBeVisible();
});

test('an attempt’s details show the request as sent, key redacted; clone fills the form again', async ({
  page,
}) => {
  await place(page, '+38 067 111 22 33', 'sandbox_anna', 'spring_sale');
  await screens(page).getByRole('button', { name: 'History' }).click();
  await rows(page).first().click();
  const details = page.getByRole('region', { name: 'Attempt details' });
  await expect(details).toContainText('Accepted');
  await expect(details).toContainText('Auth-key: [redacted]');
  await expect(details).toContainText('"utmSource": "spring_sale"');
  await details.getByRole('button', { name: 'Clone into the form' }).click();
  await expect(page.getByLabel('Caller (the client: number or SIP login)')).toHaveValue('+38 067 111 22 33');
  await expect(page.getByLabel('UTM source')).toHaveValue('spring_sale');
  await expect(page.getByLabel('Inbound, with UTM labels')).toBeChecked();
});

test('the call log is offered for an accepted attempt, and not for one Ringostat refused', async ({
  page,
}) => {
  await place(page, '380500000001', 'sandbox_petro'); // refused by the simulator
  await place(page, '+38 067 111 22 33', 'sandbox_anna');
  await screens(page).getByRole('button', { name: 'History' }).click();
  const details = page.getByRole('region', { name: 'Attempt details' });
  const callLog = details.getByRole('region', { name: 'Call log' });
  await rows(page).nth(1).click();
  await expect(details).toContainText('Rejected');
  await expect(callLog).toContainText(
    'Ringostat did not take this callback, so no call was placed to look for.',
  );
  await expect(callLog.getByRole('button')).toHaveCount(0);
  await rows(page).first().click();
  await expect(details).toContainText('Accepted');
  await expect(callLog.getByRole('button', { name: 'Look for it in the call log' })).toBeVisible();
});

test('send again asks first, showing the earlier attempt and its outcome, then sends once', async ({
  page,
}) => {
  await place(page, '0671112233', 'sandbox_anna');
  await screens(page).getByRole('button', { name: 'History' }).click();
  await rows(page).first().click();
  await page.getByRole('button', { name: 'Send again…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Send this callback again?' });
  await expect(confirm).toContainText('this callback was accepted (HTTP 200)');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect(desk.simulator.requestCount('/a/v2')).toBe(1);
  await page.getByRole('button', { name: 'Send again…' }).click();
  await confirm.getByRole('button', { name: 'Send again', exact: true }).click();
  await expect(page.getByText('Sent again: accepted.')).toBeVisible();
  expect(desk.simulator.requestCount('/a/v2')).toBe(2);
  await expect(rows(page)).toHaveCount(2);
});

test('on a profile that asks before every live call, the history’s own question is the one confirmation', async ({
  page,
}) => {
  await createLiveProfile(page, desk.simulator.url, { askBeforeLiveCalls: true, key: simulatorKey });

  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await page.getByLabel('Caller (the client: number or SIP login)').fill('0671112233');
  await page.getByLabel(/^Callee \(/).fill('sandbox_anna');
  await page.getByRole('button', { name: 'Place live callback' }).click();
  await placeAfterQuestion(page);
  await expect(page.locator('.outcome-panel [data-outcome]')).toHaveAttribute('data-outcome', 'accepted');

  await screens(page).getByRole('button', { name: 'History' }).click();
  await rows(page).first().click();
  await page.getByRole('button', { name: 'Send again…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Send this callback again?' });
  await expect(confirm).toContainText('Sending it again rings real phones.');
  await confirm.getByRole('button', { name: 'Send again', exact: true }).click();
  await expect(page.getByText('Sent again: accepted.')).toBeVisible();
  expect(desk.simulator.requestCount('/a/v2')).toBe(2);
});

test('export writes the filtered attempts, with numbers masked on request', async ({ page }) => {
  await place(page, '0671112233', 'sandbox_anna');
  await place(page, '380500000001', 'sandbox_anna');
  await screens(page).getByRole('button', { name: 'History' }).click();
  await page.getByRole('combobox', { name: 'Outcome' }).selectOption('accepted');
  await page.getByLabel('Mask numbers to the last four digits').check();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expectSavedFile(page, page.getByRole('region', { name: 'History' }), /Exported 1 attempt to /, desk);
  const csv = readFileSync(desk.exports[0] ?? '', 'utf8');
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(csv).toContain('••••••••2233');
  expect(csv).not.toContain('380671112233');
  await page.getByLabel('Mask numbers to the last four digits').uncheck();
  await page.getByRole('button', { name: 'Export JSON' }).click();
  await expect.poll(() => desk.exports.length).toBe(2);
  const json = JSON.parse(readFileSync(desk.exports[1] ?? '', 'utf8'));
  expect(json).toMatchObject([
    { caller: '380671112233', outcome: 'accepted', request: { headers: { 'Auth-key': '[redacted]' } } },
  ]);

  // A page that names a file itself, any file but those main wrote, has nothing shown.
  const shown = desk.revealed.length;
  const written = desk.exports[1] ?? '';
  for (const path of ['/etc/passwd', `${written}/../..`, `${written} `, written.toUpperCase()]) {
    const refused = await page.evaluate((path) => window.desk.showInFolder({ path }), path);
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-exported' } });
  }
  expect(desk.revealed).toHaveLength(shown);
});

test('a long history scrolls with only the visible rows in the page', async ({ page }) => {
  // 10,000 appends, each flushed to disk as the app's are: on a loaded machine that alone nears 30 s.
  test.setTimeout(120_000);
  await desk.history.ready;
  for (let n = 0; n < 5000; n += 1) {
    const begun = desk.history.begin(attempt({ caller: `3806700${String(n).padStart(5, '0')}` }));
    desk.history.complete(begun.id, acceptedEnd);
  }
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('5,000 attempts')).toBeVisible();
  await expect(rows(page).first()).toContainText('380670004999');
  expect(await rows(page).count()).toBeLessThan(60);
  await page.locator('.history-viewport').evaluate((element) => (element.scrollTop = 44 * 4000));
  await expect(page.getByRole('button', { name: /380670000999/ })).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(60);
});

test('clearing the history asks first', async ({ page }) => {
  await place(page, '0671112233', 'sandbox_anna');
  await screens(page).getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Clear history…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Clear the history?' })
    .getByRole('button', { name: 'Keep' })
    .click();
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear history…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Clear the history?' })
    .getByRole('button', { name: 'Clear history' })
    .click();
  await expect(page.getByText('No attempts match.')).toBeVisible();
});

test('how much history to keep is a setting that applies at once', async ({ page }) => {
  await desk.history.ready;
  for (let n = 0; n < 150; n += 1) {
    const begun = desk.history.begin(attempt());
    desk.history.complete(begun.id, acceptedEnd);
  }
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('150 attempts')).toBeVisible();
  await page.getByText('How much history to keep').click();
  await expect(page.getByLabel('Entries at most')).toHaveValue('100000');
  await page.getByLabel('Entries at most').fill('100');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: older entries beyond these limits are removed.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Method' }).selectOption('extended');
  await expect(page.getByText('100 attempts')).toBeVisible();
  expect(desk.store.peek()).toMatchObject({ historyRetention: { maxEntries: 100, maxAgeDays: 365 } });
});

/** Everything a person could read on the page: its text and what its fields hold. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('input, textarea')).map(
        (field) => (field as HTMLInputElement).value,
      ),
    ].join('\n'),
  );

async function turnMaskingOn(page: Page) {
  await screens(page).getByRole('button', { name: 'History' }).click();
  await page.getByText('How much history to keep, and masking').click();
  await page.getByLabel('Mask phone numbers in the history and its exports (last four digits only)').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved: older entries beyond these limits are removed.')).toBeVisible();
}

test('with masking on, every attempt opens and no phone number is on the page', async ({ page }) => {
  await turnMaskingOn(page);
  const attempts = writeRandomHistory(desk.history, 40, 7);
  // Back to the history: it is read afresh, masked from the first answer.
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('40 attempts')).toBeVisible();
  const details = page.getByRole('region', { name: 'Attempt details' });
  for (let index = 0; index < attempts.length; index += 1) {
    await page.locator('.history-viewport').evaluate((element, top) => (element.scrollTop = top), index * 44);
    await page.locator(`li[aria-posinset="${index + 1}"] button`).click();
    await expect(details).toContainText('Numbers are masked.');
    await expect(details).toContainText('Auth-key: [redacted]');
    expect(leakedNumbers(await pageText(page), attempts)).toEqual([]);
  }
  const opened = desk.responses.flatMap((response) => {
    const value = (response as { ok: boolean; value?: { fingerprint?: string; id?: string } }).value;
    return value?.fingerprint === undefined ? [] : [value.id];
  });
  expect(new Set(opened)).toEqual(new Set(attempts.map((attempt) => attempt.id)));
  expect(leakedNumbers(JSON.stringify(desk.responses), attempts)).toEqual([]);
});

test('with masking on, clone leaves the numbers to type and send again calls the real ones', async ({
  page,
}) => {
  await turnMaskingOn(page);
  const form = {
    method: 'extended',
    caller: '067 111 22 33',
    callee: 'sandbox_anna',
    direction: 'in',
    utmSource: 'spring_sale',
  } as const;
  const begun = desk.history.begin(attempt({ caller: '380671112233', form }));
  desk.history.complete(begun.id, acceptedEnd);
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await screens(page).getByRole('button', { name: 'History' }).click();
  await rows(page).first().click();
  await expect(rows(page).first()).toContainText('••••••••2233 → sandbox_anna');
  const real = ['380671112233', '0671112233', '067 111 22 33'];
  const realOnPage = async () => {
    const text = await pageText(page);
    return real.filter((number) => text.includes(number));
  };

  await page.getByRole('button', { name: 'Send again…' }).click();
  await page
    .getByRole('alertdialog', { name: 'Send this callback again?' })
    .getByRole('button', { name: 'Send again', exact: true })
    .click();
  await expect(page.getByText('Sent again: accepted.')).toBeVisible();
  expect(desk.simulator.calls().map((call) => call.caller)).toEqual(['380671112233']);
  expect(await realOnPage()).toEqual([]);

  await page.getByRole('button', { name: 'Clone into the form' }).click();
  const caller = page.getByLabel('Caller (the client: number or SIP login)');
  await expect(caller).toHaveValue('');
  // The form is as it was typed (067 111 22 33), so its masked value has fewer digits than the list's.
  await expect(page.getByText('masked in the history as ••••••2233: type the number')).toBeVisible();
  await expect(page.getByLabel(/^Callee \(/)).toHaveValue('sandbox_anna');
  await expect(page.getByLabel('UTM source')).toHaveValue('spring_sale');
  expect(await realOnPage()).toEqual([]);
  expect(JSON.stringify(desk.responses)).not.toMatch(/380671112233|0671112233/);
  await caller.fill('067 111 22 33');
  await expect(page.getByText('will send 380671112233')).toBeVisible();
});
