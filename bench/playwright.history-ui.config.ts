import { defineConfig } from '@playwright/test';
import baseConfig from '../playwright.config';

/** The History panel's benchmark at a million entries: run by `npm run bench:history-ui`, never by `npm test`. */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'history-ui.spec.ts',
  reporter: 'list',
  timeout: Number(process.env.HISTORY_UI_TIMEOUT ?? 20 * 60_000),
  use: { ...baseConfig.use, viewport: { width: 1280, height: 860 } },
});
