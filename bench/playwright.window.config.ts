import { defineConfig } from '@playwright/test';
import baseConfig from '../playwright.config';

/** How soon the window is ready: run by `npm run bench:window`, never by `npm test`. */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'window-startup.spec.ts',
  reporter: 'list',
  use: { ...baseConfig.use, viewport: { width: 1280, height: 800 } },
});
