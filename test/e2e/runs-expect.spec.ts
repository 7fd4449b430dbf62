import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDesk, type Desk } from './harness';
import { expectSavedFile } from './saved-file';

let desk: Desk;
test.beforeEach(async ({ page }) => {
  desk = await openDesk(page);
});
test.afterEach(() => desk.close());

const screens = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const caller = (page: Page) => page.getByLabel('Caller (the client: number or SIP login)');

/** Saves the form as “Scheme check”, replacing the template of that name if there is one. */
async function saveSchemeTemplate(page: Page, callerNumber: string, replace = false) {
  await screens(page).getByRole('button', { name: 'Callback' }).click();
  await caller(page).fill(callerNumber);
  await page.getByRole('radio', { name: 'Forwarding scheme' }).check();
  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByLabel('Template name').fill('Scheme check');
  await page.getByRole('button', { name: 'Save template' }).click();
  if (replace) await page.getByRole('button', { name: 'Replace “Scheme check” with this form' }).click();
  await expect(page.getByText('Saved as “Scheme check”.')).toBeVisible();
}

/** Runs the values the screen holds and waits for the run, and its calls in the call log, to end. */
async function runScheme(page: Page) {
  await page.getByLabel(/^Gap between calls/).fill('1');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText('3 of 3 rows will be sent on “Sandbox”.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the run' }).click();
  const progress = page.getByRole('region', { name: 'Run progress' });
  await expect(progress.getByRole('heading')).toHaveText('Run: finished · 3 of 3 sent', { timeout: 30_000 });
  return progress;
}

test('a run with expectations: set in the table, checked per row, exported as JUnit, compared with an earlier run', async ({
  page,
}) => {
  await saveSchemeTemplate(page, '+38 067 111 22 33');
  await screens(page).getByRole('button', { name: 'Runs' }).click();
  await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
  const values = page.getByLabel(/^Values, one per line/);
  await values.fill('101\n102\n999');
  const rows = page.getByRole('table', { name: 'Rows and what each expects' });
  for (const row of [1, 2]) {
    await rows.getByLabel(`Expected outcome of row ${row}`).selectOption({ label: 'Accepted' });
    await rows.getByLabel(`Expected call-log ending of row ${row}`).fill('answered');
    await rows.getByLabel(`Expected call-log ending of row ${row}`).blur();
  }
  await rows.getByLabel('Expected outcome of row 3').selectOption({ label: 'Rejected' });
  await expect(values).toHaveValue(
    'value,expect,expect_call\n101,accepted,ANSWERED\n102,accepted,ANSWERED\n999,rejected',
  );

  const first = await runScheme(page);
  await expect(first.locator('tbody tr[data-verdict="passed"]')).toHaveCount(3);
  await expect(first).toContainText('Expectations: 3 of 3 rows met them; 0 did not.');
  await expect(page.getByRole('region', { name: 'Compare with an earlier run' })).toContainText(
    'No earlier run of this template is kept yet.',
  );

  // The scheme's caller changes to a number whose calls end BUSY: the same run now fails two rows.
  await saveSchemeTemplate(page, '380500000006', true);
  await screens(page).getByRole('button', { name: 'Runs' }).click();
  await page.getByLabel('Template for the run').selectOption({ label: 'Scheme check' });
  await values.fill('value,expect,expect_call\n101,accepted,ANSWERED\n102,accepted,ANSWERED\n999,rejected');
  const second = await runScheme(page);
  await expect(second.locator('tbody tr').nth(0)).toHaveAttribute('data-verdict', 'failed');
  await expect(second.locator('tbody tr').nth(0)).toContainText(
    'Failed: Call-log ending: expected ANSWERED, got BUSY.',
  );
  await expect(second.locator('tbody tr').nth(2)).toHaveAttribute('data-verdict', 'passed');
  expect(desk.simulator.requestCount('/a/v2')).toBe(6);

  await second.getByRole('button', { name: 'Export JUnit XML' }).click();
  await expectSavedFile(page, second, /Exported 3 rows to /, desk);
  const xml = readFileSync(desk.exports[0] ?? '', 'utf8');
  // Read back by the browser's own XML parser, as a CI server would read it.
  const report = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'application/xml');
    const suites = Array.from(document.documentElement.children).filter(
      (node) => node.nodeName === 'testsuite',
    );
    return {
      wellFormed: document.getElementsByTagName('parsererror').length === 0,
      root: document.documentElement.nodeName,
      suites: suites.map((suite) => ({
        name: suite.getAttribute('name'),
        tests: suite.getAttribute('tests'),
        failures: suite.getAttribute('failures'),
        cases: Array.from(suite.getElementsByTagName('testcase')).map((testcase) => ({
          name: testcase.getAttribute('name'),
          failure: testcase.getElementsByTagName('failure')[0]?.getAttribute('message') ?? null,
          out: testcase.getElementsByTagName('system-out')[0]?.textContent ?? '',
        })),
      })),
    };
  }, xml);
  expect(report).toMatchObject({
    wellFormed: true,
    root: 'testsuites',
    suites: [
      {
        name: 'Scheme check',
        tests: '3',
        failures: '2',
        cases: [
          { name: 'row 1: 101', failure: 'Call-log ending: expected ANSWERED, got BUSY.' },
          { name: 'row 2: 102', failure: 'Call-log ending: expected ANSWERED, got BUSY.' },
          { name: 'row 3: 999', failure: null },
        ],
      },
    ],
  });
  expect(report.suites[0]?.cases[0]?.out).toContain('Auth-key: [redacted]');
  expect(report.suites[0]?.cases[0]?.out).toContain('"callee":"101"');

  const compare = page.getByRole('region', { name: 'Compare with an earlier run' });
  await expect(compare.getByLabel('Earlier run')).toContainText('3 passed, 0 failed');
  await compare.getByRole('button', { name: 'Compare' }).click();
  await expect(compare.getByRole('status')).toContainText('2 values of 3 changed outcome or call-log ending');
  const changed = compare.getByRole('table', { name: 'Values that changed since the earlier run' });
  await expect(changed.locator('tbody tr')).toHaveCount(2);
  await expect(changed.locator('tbody tr').first()).toContainText('accepted · ANSWERED');
  await expect(changed.locator('tbody tr').first()).toContainText('accepted · BUSY');
  await compare.getByRole('button', { name: 'Export comparison JSON' }).click();
  await expectSavedFile(page, compare, /Exported 3 rows to /, desk);
  const comparison = JSON.parse(readFileSync(desk.exports[1] ?? '', 'utf8'));
  expect(comparison).toMatchObject({ kind: 'callback-desk-run-comparison', changed: 2 });
  expect(
    comparison.rows.slice(0, 2).map((row: { value: string; change: string }) => [row.value, row.change]),
  ).toEqual([
    ['101', 'call'],
    ['102', 'call'],
  ]);
});
