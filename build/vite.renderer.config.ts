import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compiledMessages } from './messages-plugin.ts';

/** The renderer: loaded from a file by the app, so every path is relative. */
export default defineConfig({
  root: resolve(import.meta.dirname, '../renderer'),
  base: './',
  plugins: [react(), compiledMessages()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
  },
});
