import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compiledMessages } from './messages-plugin.ts';
import { phoneMetadataByCountry } from './phone-metadata-plugin.ts';

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

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `from` loads, itself included, following static imports only. */
function staticallyLoaded(graph: ModuleGraph, from: string): Set<string> {
  const found = new Set<string>();
  const waiting = [from];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    waiting.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * The command line's chunks: `simple` and `extended` load one chunk with all
 * they need (reading the flags, checking the form, sending it), but what the
 * process's own start and `--help` already hold; the other commands load
 * theirs beside it. Fewer files, each a read and a
 * compile-cache lookup, make a callback start sooner.
 */
function callbackChunk(root: string) {
  const cli = (file: string) => resolve(root, 'electron/cli', file);
  // Flags are read, and a request sent, only by a command: with it, not before it.
  let members: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | null => {
    if (!members) {
      const before = new Set([
        ...staticallyLoaded(graph, cli('main.ts')),
        ...staticallyLoaded(graph, cli('help.ts')),
      ]);
      const needed = ['cli/callback-command.ts', 'cli/args.ts', 'ringostat/node-transport.ts'].flatMap(
        (file) => [...staticallyLoaded(graph, resolve(root, 'electron', file))],
      );
      members = new Set(needed.filter((each) => !before.has(each)));
    }
    return members.has(id) ? 'callback-command' : null;
  };
}

export default defineConfig(({ mode }) => {
  if (!(mode in entries))
    throw new Error(`Unknown build mode "${mode}": use ${Object.keys(entries).join(', ')}.`);
  const name = mode as keyof typeof entries;
  return {
    root: resolve(import.meta.dirname, '..'),
    publicDir: false,
    // The command line reads a message, and a country's phone numbering plan, only when it needs it.
    plugins:
      name === 'cli'
        ? [compiledMessages({ readOnUse: true }), phoneMetadataByCountry()]
        : [compiledMessages()],
    ssr: { noExternal: true },
    build: {
      ssr: entries[name],
      outDir: `dist/${outputs[name].folder}`,
      // The worker is built after main, into the same folder.
      emptyOutDir: name !== 'worker',
      // The command line's phone numbering plans are files beside it.
      ssrEmitAssets: name === 'cli',
      // The oldest Node the command line supports (engines); Electron 45's main process runs Node 24.
      target: 'node22',
      minify: false,
      sourcemap: true,
      rollupOptions: {
        external: ['electron', ...builtinModules, ...builtinModules.map((module) => `node:${module}`)],
        output: {
          format: 'cjs',
          entryFileNames: outputs[name].file,
          // The command line loads each command's code when it runs, so it starts like a small tool;
          // the app's bundles stay whole (a sandboxed preload cannot require a chunk).
          codeSplitting: name === 'cli' && {
            // A member's imports stay where they are: what `--help` needs must not move into it.
            includeDependenciesRecursively: false,
            groups: [{ name: callbackChunk(resolve(import.meta.dirname, '..')) }],
          },
          // `.cjs`: the package is ESM, and a chunk named `.js` would be read as a module.
          chunkFileNames: '[name].cjs',
          // Escaped to ASCII: V8 keeps such a file as one-byte text, which is read and hashed for
          // the compile cache at half the cost of text with a single “ or ’ in it.
          charset: 'ascii',
          // Doc comments are for the sources; licences stay.
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
