import { defineConfig } from '@playwright/test';
import baseConfig from '../playwright.config';

/** Takes the README's screenshots: headed Chromium (under xvfb-run on a machine without a display). */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: 'screenshots.spec.ts',
  reporter: 'list',
  use: {
    ...baseConfig.use,
    headless: false,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  },
});
