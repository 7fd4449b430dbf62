import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // The history's index runs in a worker thread: built once per run from its source.
    globalSetup: ['test/support/history-worker-setup.ts'],
    // electron-store imports electron itself; inlined, it sees the adapter test's mock instead of the real binary.
    server: { deps: { inline: ['electron-store'] } },
  },
});
