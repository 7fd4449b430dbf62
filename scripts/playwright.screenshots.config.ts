import { defineConfig } from '@playwright/test';
import baseConfig from '../playwright.config';

/** Takes the README's screenshots: headed Chromium (under xvfb-run on a machine without a display). */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  // The README's walk, and the main screens at each window size the layout is held to.
  testMatch: ['screenshots.spec.ts', 'screenshots-sizes.spec.ts'],
  reporter: 'list',
  use: {
    ...baseConfig.use,
    headless: false,
    viewport: { width: 1280, height: 860 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    // A person in the project's own zone: the pictures do not change with the machine they are taken on.
    timezoneId: 'Europe/Kyiv',
  },
});
