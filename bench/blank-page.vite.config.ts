import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The yardstick page of `npm run bench:window`, built as the renderer is. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'blank-page'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/bench/blank-page'),
    emptyOutDir: true,
    target: 'chrome140',
  },
});
