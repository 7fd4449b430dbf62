import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales, translatorFor, type Translator } from '../electron/contract/i18n/translate';
import { openDesk } from '../test/e2e/harness';

const root = resolve(import.meta.dirname, '../docs/screenshots/sizes');

/** The window sizes the layout is checked at: a laptop, and a small one. */
const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

const screen = (page: Page, t: Translator, name: 'callback' | 'runs' | 'profiles') =>
  page
    .getByRole('navigation', { name: t('app.screens') })
    .getByRole('button', { name: t(`app.screen.${name}`) })
    .click();

// The form, the runs and the profiles at each size, in each language, as a person sees them there.
for (const locale of locales) {
  for (const size of sizes) {
    test(`the form, runs and profiles at ${size.width}×${size.height}, ${locale}`, async ({ page }) => {
      // A callback and a run that each wait for the call log to settle.
      test.setTimeout(120_000);
      const folder = resolve(root, locale);
      mkdirSync(folder, { recursive: true });
      const shot = (name: string) =>
        page.screenshot({
          path: resolve(folder, `${name}-${size.width}x${size.height}.png`),
          fullPage: true,
        });
      const t = translatorFor(locale);
      await page.setViewportSize(size);
      const desk = await openDesk(page, { systemLanguages: [locale] });
      try {
        // The form after a sandbox callback: its outcome and its call-log row.
        await page.getByLabel(t('form.caller'), { exact: true }).fill('+38 (067) 111-22-33');
        await page.getByLabel(t('form.calleeNumber'), { exact: true }).fill('sandbox_anna');
        await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
        await expect(page.locator('[data-status="final"]')).toBeVisible({ timeout: 15_000 });
        await page.getByRole('button', { name: t('templates.saveOpen') }).click();
        await page.getByLabel(t('templates.name')).fill('Employees');
        await page.getByRole('button', { name: t('templates.save') }).click();
        await page.mouse.click(1, 1);
        await shot('form');

        // A run of three employees with what each should do, once every call has settled.
        await screen(page, t, 'runs');
        await page.getByLabel(t('runs.template')).selectOption({ label: 'Employees' });
        await page
          .getByLabel(t('runs.values'))
          .fill(
            'value,expect,expect_call\nsandbox_anna,accepted,ANSWERED\nsandbox_petro,accepted,BUSY\n380500000001,rejected,',
          );
        await page.getByLabel(t('runs.gap')).fill('1');
        await page.getByRole('button', { name: t('runs.check') }).click();
        await page.getByRole('button', { name: t('runs.start') }).click();
        const progress = page.getByRole('region', { name: t('run.progressLabel') });
        await expect(progress.getByRole('heading')).toContainText(
          t('run.heading', { status: 'finished', sent: 3, total: 3 }),
          { timeout: 30_000 },
        );
        await expect(progress).not.toContainText(t('callLog.summaryProvisional', { ending: '' }).trim(), {
          timeout: 15_000,
        });
        await shot('runs');

        // A new profile, about to be saved: every field and the live-call question above its button.
        await screen(page, t, 'profiles');
        await page.getByRole('button', { name: t('profiles.new') }).click();
        await shot('profiles');
      } finally {
        await desk.close();
      }
    });
  }
}
