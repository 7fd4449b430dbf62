// Builds the history's index thread once for a test run, as `npm run build`
// does for the app, and tells the history where it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

export default async function buildHistoryWorker(): Promise<() => void> {
  const folder = mkdtempSync(join(tmpdir(), 'history-worker-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    ssr: { noExternal: true },
    build: {
      ssr: 'electron/history/index-worker.ts',
      outDir: folder,
      target: 'node20',
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: 'history-worker.cjs', codeSplitting: false },
      },
    },
  });
  process.env.CALLBACK_DESK_HISTORY_WORKER = join(folder, 'history-worker.cjs');
  return () => rmSync(folder, { recursive: true, force: true });
}
