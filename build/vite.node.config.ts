import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compiledMessages } from './messages-plugin.ts';

/**
 * The Node-side bundles, one per build so none shares a chunk with another
 * (a sandboxed preload cannot require one): `--mode main|worker|preload|cli|bench`.
 * The history's index thread is a file of its own beside main.cjs.
 */
const entries = {
  main: 'electron/main.ts',
  worker: 'electron/history/index-worker.ts',
  preload: 'electron/preload.ts',
  cli: 'electron/cli.ts',
  bench: 'bench/history.ts',
} as const;
const outputs: Record<keyof typeof entries, { folder: string; file: string }> = {
  main: { folder: 'main', file: 'main.cjs' },
  worker: { folder: 'main', file: 'history-worker.cjs' },
  preload: { folder: 'preload', file: 'preload.cjs' },
  cli: { folder: 'cli', file: 'cli.cjs' },
  bench: { folder: 'bench', file: 'bench.cjs' },
};

export default defineConfig(({ mode }) => {
  if (!(mode in entries))
    throw new Error(`Unknown build mode "${mode}": use ${Object.keys(entries).join(', ')}.`);
  const name = mode as keyof typeof entries;
  return {
    root: resolve(import.meta.dirname, '..'),
    publicDir: false,
    plugins: [compiledMessages()],
    ssr: { noExternal: true },
    build: {
      ssr: entries[name],
      outDir: `dist/${outputs[name].folder}`,
      // The worker is built after main, into the same folder.
      emptyOutDir: name !== 'worker',
      // The oldest Node the command line supports (engines); Electron 45's main process runs Node 24.
      target: 'node22',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((module) => `node:${module}`)],
        output: { format: 'cjs', entryFileNames: outputs[name].file, codeSplitting: false },
      },
    },
  };
});
