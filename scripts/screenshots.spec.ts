import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales, translatorFor } from '../electron/contract/i18n/translate';
import { openDesk } from '../test/e2e/harness';

const root = resolve(import.meta.dirname, '../docs/screenshots');

// The same walk in each language: every label comes from the catalogue.
for (const locale of locales) {
  test(`screenshots of the main screens, ${locale}`, async ({ page }) => {
    // A long walk, with calls that take seconds to settle: far more than one test's usual 30 s.
    test.setTimeout(180_000);
    // English shots stay where the README has always shown them; other languages get a folder each.
    const folder = locale === 'en' ? root : resolve(root, locale);
    mkdirSync(folder, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: resolve(folder, `${name}.png`), fullPage: true });
    const t = translatorFor(locale);
    const desk = await openDesk(page, { systemLanguages: [locale] });
    const screen = (name: 'callback' | 'history' | 'runs' | 'callLog' | 'profiles') =>
      page
        .getByRole('navigation', { name: t('app.screens') })
        .getByRole('button', { name: t(`app.screen.${name}`) })
        .click();
    try {
      // 1. A sandbox callback, accepted, with its exact request.
      await page.getByLabel(t('form.caller')).fill('+38 (067) 111-22-33');
      await page.getByLabel(t('form.calleeType.scheme')).check();
      await page.getByLabel(t('form.calleeScheme')).fill('101');
      await page.getByLabel(t('form.direction.in')).check();
      await page.getByText(t('form.advanced')).click();
      await page.getByLabel(t('form.utmSource'), { exact: true }).fill('google');
      await page.getByLabel(t('form.utmMedium'), { exact: true }).fill('cpc');
      await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'accepted');
      await expect(page.locator('[data-status="final"]')).toBeVisible({ timeout: 10_000 });
      await shot('callback-accepted');

      // 2. Validation as you type.
      await page.reload();
      await page.getByLabel(t('form.caller')).fill('067 111 22');
      await page.getByLabel(t('form.calleeNumber')).fill('101');
      await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
      await expect(page.locator('.field-error').first()).toBeVisible();
      await shot('callback-validation');

      // 3. A live profile: the key is write-only.
      await screen('profiles');
      await page.getByRole('button', { name: t('profiles.new') }).click();
      const form = page.getByRole('form', { name: t('profileEditor.new') });
      await form.getByLabel(t('profileEditor.name')).fill('Shop');
      await form.getByLabel(t('profileEditor.projectId')).fill('10001');
      await form.getByLabel(t('profileEditor.numbers')).fill('+38 044 111 22 33');
      await form.getByLabel(t('profileEditor.apiUrl')).fill(desk.simulator.url);
      await form.getByRole('button', { name: t('profileEditor.create') }).click();
      await page.getByLabel(t('key.paste')).fill('not-the-right-key-4821');
      await page.getByRole('button', { name: t('key.save') }).click();
      await page.getByRole('button', { name: t('key.test') }).click();
      await expect(page.getByText(t('read.http401'))).toBeVisible();
      await shot('profiles');

      // 4. The live banner and a rejection explained.
      await screen('callback');
      await page.getByLabel(t('form.caller')).fill('0671112233');
      await page.getByLabel(t('form.calleeNumber')).fill('sandbox_anna');
      await page.getByRole('button', { name: t('form.placeLiveCallback') }).click();
      // The session's first live call on the profile asks once.
      await page
        .getByRole('alertdialog', { name: t('form.confirmLiveTitle') })
        .getByRole('button', { name: t('form.placeLive') })
        .click();
      await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'rejected');
      await shot('callback-rejected-live');

      // 5. The history: every attempt, newest first, one of them opened.
      await screen('history');
      await page
        .getByRole('list', { name: t('history.rowsLabel') })
        .getByRole('button')
        .last()
        .click();
      await expect(page.getByRole('region', { name: t('details.label') })).toContainText(
        t('outcomeWord.accepted'),
      );
      await shot('history');

      // 6. A run of scheme ids on the sandbox, from a saved template, each row with what it expects.
      await page.locator('#active-profile').selectOption({ index: 0 });
      await screen('callback');
      await page.getByLabel(t('form.caller')).fill('+38 067 111 22 33');
      await page.getByRole('radio', { name: t('form.calleeType.scheme') }).check();
      await page.getByRole('button', { name: t('templates.saveOpen') }).click();
      await page.getByLabel(t('templates.name')).fill('Scheme check');
      await page.getByRole('button', { name: t('templates.save') }).click();
      await screen('runs');
      await page.getByLabel(t('runs.template')).selectOption({ label: 'Scheme check' });
      await page
        .getByLabel(t('runs.values'))
        .fill(
          'value,expect,expect_call\n101,accepted,ANSWERED\n102,accepted,BUSY\n1o3,,\n999,rejected,\n103,accepted,ANSWERED',
        );
      await page.getByLabel(t('runs.gap')).fill('1');
      await page.getByRole('button', { name: t('runs.check') }).click();
      await page.getByRole('button', { name: t('runs.start') }).click();
      const progress = page.getByRole('region', { name: t('run.progressLabel') });
      await expect(progress.getByRole('heading')).toContainText(
        t('run.heading', { status: 'finished', sent: 4, total: 4 }),
        { timeout: 30_000 },
      );
      await expect(progress).not.toContainText(t('callLog.summaryProvisional', { ending: '' }).trim(), {
        timeout: 10_000,
      });
      await shot('runs');

      // 7. The call log screen: the sandbox's calls, one opened with the attempt that placed it.
      await screen('callLog');
      const calls = page.getByRole('table', { name: t('callLogScreen.tableLabel') });
      const placed = calls.locator('tbody tr').filter({ hasText: t('callLogScreen.inHistory') });
      await expect(placed.first()).toHaveAttribute('data-state', 'final', { timeout: 15_000 });
      await placed.first().getByRole('button').click();
      await expect(page.getByRole('region', { name: t('callLogScreen.details') })).toContainText(
        t('outcomeWord.accepted'),
      );
      await shot('call-log');

      // 8. The split a trainer uses: a scenario filled from the gallery, its row formed under the form.
      await page.getByRole('button', { name: t('callLogScreen.split') }).click();
      await page
        .getByRole('button', { name: t('scenarios.fillNamed', { name: t('scenarios.busy') }) })
        .click();
      await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
      await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'accepted');
      const newest = calls.locator('tbody tr').first();
      await expect(newest).toContainText('BUSY', { timeout: 15_000 });
      await expect(newest).toHaveAttribute('data-state', 'final', { timeout: 15_000 });
      // The window as the trainer sees it: the form above, the call log held at the bottom.
      await page.screenshot({ path: resolve(folder, 'call-log-split.png') });
    } finally {
      await desk.close();
    }
  });
}
