import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';

/** Debian's Chromium, never a downloaded browser; no background traffic leaves the machine. */
export default defineConfig({
  testDir: 'test/e2e',
  // The history's index runs in a worker thread: built once per run from its source.
  // An absolute path, so configs that extend this one from other folders find it too.
  globalSetup: resolve(import.meta.dirname, 'test/support/history-worker-setup.ts'),
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  // An answer over loopback, a history write and a render can take over 5 s on a loaded 2-core machine.
  expect: { timeout: 10_000 },
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
