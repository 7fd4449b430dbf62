import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDesk, type Desk } from './harness';
import { createLiveProfile, simulatorKey } from './live-profile';
import { expectSavedFile } from './saved-file';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });

async function saveSchemeTemplate(page: Page) {
  await page.getByLabel('Caller (the client: number or SIP login)').fill('+38 067 111 22 33');
  await page.getByRole('radio', { name: 'Forwarding scheme' }).check();
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByLabel('Template name').fill('Scheme check');
  await page.getByLabel('Description (optional)').fill('Every forwarding scheme, one call each');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved as “Scheme check”.')).toBeVisible();
}

test('a run of five scheme ids: one invalid row shown and not sent, one refused, the rest placed; results exported', async ({
  page,
}) => {
  await saveSchemeTemplate(page);
  await screens(page).getByRole('button', { name: 'Runs' }).click();
  await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
  await expect(page.getByLabel('Each value goes into')).toHaveValue('callee');
  await page.getByLabel('Import a CSV file').setInputFiles({
    name: 'schemes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'scheme id,comment\n101,sales\n102,support\n1o3,typo\n999,unknown scheme\n103,night\n',
    ),
  });
  await expect(page.getByLabel(/^Values, one per line/)).toHaveValue(/^scheme id,comment/);
  await page.getByLabel(/^Gap between calls/).fill('1');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(
    page.getByText('4 of 5 rows will be sent on “Sandbox”; 1 invalid row will not.'),
  ).toBeVisible();
  await expect(page.getByText(/Row 3 \(1o3\): Callee: “1o3” is not a forwarding scheme id/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the run' }).click();

  const progress = page.getByRole('region', { name: 'Run progress' });
  await expect(progress.getByRole('heading')).toHaveText('Run: finished · 4 of 4 sent', { timeout: 15_000 });
  const outcomes = progress.locator('tbody tr');
  await expect(outcomes).toHaveCount(5);
  await expect(outcomes.nth(0)).toHaveAttribute('data-outcome', 'accepted');
  await expect(outcomes.nth(2)).toHaveAttribute('data-outcome', 'invalid');
  await expect(outcomes.nth(3)).toHaveAttribute('data-outcome', 'rejected');
  await expect(outcomes.nth(3)).toContainText('Forwarding scheme 999 not found');
  expect(desk.simulator.requestCount('/a/v2')).toBe(4);
  await expect(outcomes.nth(0)).toContainText('ANSWERED', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Export results CSV' }).click();
  // Said by the results it is about, not in the panel that set the run up.
  await expectSavedFile(page, progress, /Exported 5 rows to /, desk);
  await expect(page.getByRole('form', { name: 'Set up a run' })).not.toContainText('Exported');
  const csv = readFileSync(desk.exports[0] ?? '', 'utf8').split('\r\n');
  expect(csv[0]).toBe(
    'row,value,expect,expect_call,verdict,state,outcome,httpStatus,latencyMs,sentAt,message,callLog,mismatch,historyId,request',
  );
  // Each sent row says when its request left, and carries the request as sent, key redacted.
  expect(csv[1]).toMatch(/^1,101,,,passed,done,accepted,200,\d+,\d{4}-\d\d-\d\dT[\d:.]+Z,/);
  expect(csv[1]).toContain('"POST http://127.0.0.1:');
  expect(csv[1]).toContain('Auth-key: [redacted]');
  expect(csv[3]).toMatch(/^3,1o3,,,failed,invalid,invalid,,,,.*,$/);
  expect(csv[4]).toContain('4,999,,,failed,done,rejected,200');

  // Every attempt is in the history with the run's tag.
  await screens(page).getByRole('button', { name: 'History' }).click();
  await expect(page.getByText('4 attempts')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Attempts, newest first' }).getByRole('button').first(),
  ).toContainText('QA');
});

test('templates fill the form in one step, and round-trip through an export file', async ({ page }) => {
  await saveSchemeTemplate(page);
  await page.getByRole('button', { name: 'Place sandbox callback' }).click(); // callee is empty: nothing is sent
  await page.reload();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Scheme check' });
  await expect(page.getByLabel('Caller (the client: number or SIP login)')).toHaveValue('+38 067 111 22 33');
  await expect(page.getByRole('radio', { name: 'Forwarding scheme' })).toBeChecked();

  // Edit: the same name again offers to replace the template's form.
  await page.getByLabel('Caller (the client: number or SIP login)').fill('+38 050 222 33 44');
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByLabel('Template name').fill('Scheme check');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Name: “Scheme check” is taken by another template.')).toBeVisible();
  await page.getByRole('button', { name: 'Replace “Scheme check” with this form' }).click();
  await page.reload();
  await page.getByLabel('Template', { exact: true }).selectOption({ label: 'Scheme check' });
  await expect(page.getByLabel('Caller (the client: number or SIP login)')).toHaveValue('+38 050 222 33 44');

  await screens(page).getByRole('button', { name: 'Runs' }).click();
  const list = page.getByRole('region', { name: 'Templates' });
  await list.getByRole('button', { name: 'Rename or describe' }).click();
  await list.getByLabel('New name for Scheme check').fill('Scheme check, Kyiv');
  await list.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem')).toContainText('Scheme check, Kyiv');
  await list.getByRole('button', { name: 'Export templates' }).click();
  await expectSavedFile(page, list, /Exported 1 template/, desk);
  const exported = readFileSync(desk.exports[0] ?? '', 'utf8');
  expect(exported).not.toMatch(/auth-?key/i);
  desk.imports.push(exported);
  await list.getByRole('button', { name: 'Import templates…' }).click();
  await expect(
    list.getByText('Imported 1 template. Renamed: Scheme check, Kyiv → Scheme check, Kyiv (2).'),
  ).toBeVisible();
  await list.getByRole('button', { name: 'Delete' }).first().click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  expect(desk.simulator.requestCount('/a/v2')).toBe(0);
});

test('a live run says how many real calls it places and starts only when that number is typed', async ({
  page,
}) => {
  await saveSchemeTemplate(page);
  await createLiveProfile(page, desk.simulator.url, { name: 'Live', key: simulatorKey });
  await screens(page).getByRole('button', { name: 'Runs' }).click();
  await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
  await page.getByLabel(/^Values, one per line/).fill('101\n102');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText('This places 2 real calls. Type 2 to confirm.')).toBeVisible();
  await page.getByLabel(/Type 2 to confirm/).fill('3');
  await page.getByRole('button', { name: 'Start the run' }).click();
  await expect(page.getByRole('alert')).toContainText('Type 2 to confirm.');
  expect(desk.simulator.requestCount('/a/v2')).toBe(0);
  await page.getByLabel(/Type 2 to confirm/).fill('2');
  await page.getByRole('button', { name: 'Start the run' }).click();
  await expect(page.getByRole('region', { name: 'Run progress' }).getByRole('heading')).toContainText(
    '2 of 2 sent',
    { timeout: 15_000 },
  );
});

test('a gap outside 1 second to 1 hour, or not a plain number, is refused before the run starts', async ({
  page,
}) => {
  await saveSchemeTemplate(page);
  await screens(page).getByRole('button', { name: 'Runs' }).click();
  await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
  await page.getByLabel(/^Values, one per line/).fill('101\n102');
  await expect(page.getByLabel(/^Gap between calls/)).toHaveAccessibleName(
    'Gap between calls, seconds (1 to 3600)',
  );
  await page.getByRole('button', { name: 'Check the rows' }).click();
  for (const gap of ['3601', '2147484', '0x10', '1e3', '0.5']) {
    await page.getByLabel(/^Gap between calls/).fill(gap);
    await page.getByRole('button', { name: 'Start the run' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The gap between calls is from 1 second to 1 hour (3600 seconds), written as a plain number such as 5 or 2.5.',
    );
  }
  expect(desk.simulator.requestCount('/a/v2')).toBe(0);
  await expect(page.getByRole('region', { name: 'Run progress' })).toHaveCount(0);
});
