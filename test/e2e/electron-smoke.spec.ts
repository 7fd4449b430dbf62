import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deskMethods } from '../../electron/contract/desk-methods';

const root = resolve(import.meta.dirname, '../..');

/** Finds the Electron binary without loading `electron`, which would try to download it. */
function electronBinary(): { path: string | null; reason: string } {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason: 'the Electron binary is not installed (it is downloaded on first launch, which needs internet)',
    };
  }
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary, reason: '' } : { path: null, reason: `${binary} is missing` };
}

test('the app window opens on the Sandbox, with the named bridge and no Node in the page', async () => {
  const binary = electronBinary();
  test.skip(binary.path === null, `Skipped: ${binary.reason}.`);
  const userData = mkdtempSync(join(tmpdir(), 'callback-desk-smoke-'));
  const runningAsRoot = process.getuid?.() === 0;
  const app = await electron.launch({
    executablePath: binary.path ?? '',
    args: [...(runningAsRoot ? ['--no-sandbox'] : []), root],
    env: { ...process.env, CALLBACK_DESK_USER_DATA: userData },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Callback Desk' })).toBeVisible();
    await expect(page.locator('[data-live="false"]')).toContainText('No real phone rings.');
    const bridge = await page.evaluate(() => ({
      methods: Object.keys(window.desk).sort(),
      node: typeof (window as unknown as { require?: unknown }).require,
    }));
    expect(bridge).toEqual({ methods: [...deskMethods].sort(), node: 'undefined' });
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
