import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The Node-side bundles, one per build so none shares a chunk with another
 * (a sandboxed preload cannot require one): `--mode main|preload|cli|bench`.
 */
const entries = {
  main: 'electron/main.ts',
  preload: 'electron/preload.ts',
  cli: 'electron/cli.ts',
  bench: 'bench/history.ts',
} as const;

export default defineConfig(({ mode }) => {
  if (!(mode in entries)) throw new Error(`Unknown build mode "${mode}": use main, preload, cli or bench.`);
  const name = mode as keyof typeof entries;
  return {
    root: resolve(import.meta.dirname, '..'),
    publicDir: false,
    ssr: { noExternal: true },
    build: {
      ssr: entries[name],
      outDir: `dist/${name}`,
      emptyOutDir: true,
      // The oldest Node the command line supports (engines); Electron 45's main process runs Node 24.
      target: 'node22',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((module) => `node:${module}`)],
        output: { format: 'cjs', entryFileNames: `${name}.cjs`, codeSplitting: false },
      },
    },
  };
});
