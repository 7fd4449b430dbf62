import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compiledMessages } from './build/messages-plugin.ts';

export default defineConfig({
  plugins: [react(), compiledMessages()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    // The history's index runs in a worker thread: built once per run from its source.
    globalSetup: ['test/support/history-worker-setup.ts'],
    // Both languages, as main has them; a part of the window tested alone speaks English.
    setupFiles: ['test/support/languages.ts'],
    // electron-store imports electron itself; inlined, it sees the adapter test's mock instead of the real binary.
    server: { deps: { inline: ['electron-store'] } },
  },
});
