import { expect, test, type Locator, type Page } from '@playwright/test';
import { locales, translatorFor, type Translator } from '../../electron/contract/i18n/translate';
import { openDesk, type Desk } from './harness';

let desk: Desk;
test.afterEach(async () => desk.close());

/** The window sizes people use the app at: a laptop, and a small one. */
const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} is not on the page`);
  return {
    ...found,
    bottom: found.y + found.height,
    right: found.x + found.width,
    middle: found.y + found.height / 2,
  };
}

/** The page's own line height, in pixels. */
const lineHeight = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight));

/** How many lines an element's text takes as the browser laid it out, and how high they stand. */
const textLines = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
    return { lines: tops.size, height: range.getBoundingClientRect().height };
  });

const screens = (page: Page, t: Translator) => page.getByRole('navigation', { name: t('app.screens') });

/** Whether the page is wider than the window: a part of it would be out of sight, behind a scroll bar. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * A callback from the form, its row followed in the call log, then a short
 * run on the sandbox, one row, whose call-log ending is in its table once
 * the call settles.
 */
async function runOneRow(page: Page, t: Translator) {
  await page.getByLabel(t('form.caller'), { exact: true }).fill('+38 067 111 22 33');
  await page.getByLabel(t('form.calleeNumber'), { exact: true }).fill('sandbox_anna');
  await page.getByRole('button', { name: t('form.placeSandboxCallback') }).click();
  await expect(page.locator('.outcome-panel [data-status="final"]')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: t('templates.saveOpen') }).click();
  await page.getByLabel(t('templates.name')).fill('Layout');
  await page.getByRole('button', { name: t('templates.save') }).click();
  await screens(page, t)
    .getByRole('button', { name: t('app.screen.runs') })
    .click();
  await page.getByLabel(t('runs.template')).selectOption({ label: 'Layout' });
  await page.getByLabel(t('runs.values')).fill('sandbox_anna');
  await page.getByLabel(t('runs.gap')).fill('1');
  await page.getByRole('button', { name: t('runs.check') }).click();
  await page.getByRole('button', { name: t('runs.start') }).click();
  const progress = page.getByRole('region', { name: t('run.progressLabel') });
  const column = (await progress.locator('thead th').allTextContents()).indexOf(t('run.col.callLog'));
  const ending = progress.locator('tbody tr').first().locator('td').nth(column);
  await expect(ending).toHaveText(/^ANSWERED, \d+ \S+$/, { timeout: 30_000 });
  return ending;
}

for (const locale of locales) {
  test(`nothing wraps, touches, spills or leaves a gap where it should not, at 1280×800 and 1024×700, ${locale}`, async ({
    page,
  }) => {
    // A callback and a run, each waiting for its call to settle: on a loaded machine that takes a while.
    test.setTimeout(150_000);
    const t = translatorFor(locale);
    const go = (name: 'callback' | 'runs' | 'profiles') =>
      screens(page, t)
        .getByRole('button', { name: t(`app.screen.${name}`) })
        .click();
    await page.setViewportSize(sizes[0]);
    desk = await openDesk(page, { systemLanguages: [locale] });
    const ending = await runOneRow(page, t);

    // Soft: every misfit at every size is reported, not only the first.
    for (const size of sizes) {
      await page.setViewportSize(size);
      const where = `${locale} ${size.width}×${size.height}`;
      const line = await lineHeight(page);

      // The top bar: each label on its control's line, and Language never on a row of its own.
      const settings = await Promise.all(
        (['app.profile', 'app.appearance', 'app.language'] as const).map(async (key) => ({
          label: await box(page.locator('.top-bar label', { hasText: t(key) })),
          control: await box(page.getByLabel(t(key), { exact: true })),
        })),
      );
      for (const { label, control } of settings)
        expect
          .soft(Math.abs(label.middle - control.middle), `${where}: a label beside its select`)
          .toBeLessThan(4);
      const [profile = 0, appearance = 0, language = 0] = settings.map(({ label }) => label.middle);
      expect.soft(Math.abs(language - appearance), `${where}: Language with Appearance`).toBeLessThan(4);
      expect.soft(Math.abs(language - profile), `${where}: Language with Profile`).toBeLessThan(4);

      // The run table: "ANSWERED, 23 s" on one line.
      await go('runs');
      expect.soft(await overflows(page), `${where}: the runs screen within the window`).toBe(false);
      const text = await textLines(ending);
      expect.soft(text.lines, `${where}: the call-log ending on one line`).toBe(1);
      expect.soft(text.height, `${where}: the ending's text one line high`).toBeLessThanOrEqual(line + 1);

      // The callback form: "Pick an employee…" right under what comes before it (after Send, the
      // callee's type), no empty line above it.
      await go('callback');
      expect.soft(await overflows(page), `${where}: the form and its outcome within the window`).toBe(false);
      const calleeType = await box(page.getByRole('group', { name: t('form.calleeType') }));
      const pick = await box(page.getByRole('button', { name: t('form.pickEmployee') }));
      expect
        .soft(pick.y - calleeType.bottom, `${where}: the gap above Pick an employee`)
        .toBeLessThanOrEqual(line + 20);

      // A new profile: "Ask before every live call" clear of the button that saves it, its box at its start.
      await go('profiles');
      if ((await page.getByRole('form', { name: t('profileEditor.new') }).count()) === 0)
        await page.getByRole('button', { name: t('profiles.new') }).click();
      expect.soft(await overflows(page), `${where}: the profiles within the window`).toBe(false);
      const form = page.getByRole('form', { name: t('profileEditor.new') });
      const ask = await box(form.locator('label', { hasText: t('profileEditor.confirmLive') }));
      const create = await box(form.getByRole('button', { name: t('profileEditor.create') }));
      const apart = create.y >= ask.bottom + 4 || create.x >= ask.right + 8 || ask.y >= create.bottom + 4;
      expect.soft(apart, `${where}: the checkbox's label clear of the button`).toBe(true);
      const checkbox = await box(form.getByRole('checkbox', { name: t('profileEditor.confirmLive') }));
      expect.soft(checkbox.x - ask.x, `${where}: the checkbox at its label's start`).toBeLessThan(8);
    }
  });
}
