import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { catalogueFiles, compiledMessages } from './messages-plugin.ts';

const catalogue = (locale: string) =>
  resolve(import.meta.dirname, `../electron/contract/i18n/${locale}.json`);

/** The renderer: loaded from a file by the app, so every path is relative. */
export default defineConfig({
  root: resolve(import.meta.dirname, '../renderer'),
  base: './',
  plugins: [react(), compiledMessages(), catalogueFiles({ en: catalogue('en'), uk: catalogue('uk') })],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    // Chromium knows modulepreload: no stand-in for it in the page.
    modulePreload: { polyfill: false },
  },
});
