import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../electron/history/history-store';

const root = resolve(import.meta.dirname, '../../..');
let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'history-crash-'));
  // The child runs the real history code as plain Node, as the app would.
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    ssr: { noExternal: true },
    build: {
      ssr: 'test/support/history-crash-child.ts',
      outDir: join(work, 'child'),
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'child.cjs' } },
    },
  });
  child = join(work, 'child', 'child.cjs');
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs the child and kills it (SIGKILL) as soon as it has acknowledged
 * `acknowledgements` completed entries: it is then in the middle of its next
 * writes, wherever that kill lands. Counting acknowledgements rather than
 * waiting a time makes every run test the same thing however slowly the
 * child starts.
 */
function runAndKill(
  folder: string,
  acknowledgements: number,
): Promise<{ begun: string[]; completed: Set<string> }> {
  return new Promise((resolvePromise, reject) => {
    const process_ = spawn(process.execPath, [child, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let seen = 0;
    let counted = 0;
    let killed = false;
    process_.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Only whole lines count: look from the end of the last whole line read.
      const end = output.lastIndexOf('\n');
      for (const line of output.slice(counted, end + 1).split('\n'))
        if (line.startsWith('completed ')) seen += 1;
      counted = end + 1;
      if (!killed && seen >= acknowledgements) killed = process_.kill('SIGKILL');
    });
    process_.on('error', reject);
    process_.on('close', (code) => {
      if (!killed) {
        reject(new Error(`the writer ended on its own (exit ${code}) after ${seen} acknowledgements`));
        return;
      }
      // A line cut off by the kill has no newline yet: only whole lines count as said.
      const lines = output.split('\n').slice(0, -1);
      const begun = lines.filter((line) => line.startsWith('begun ')).map((line) => line.slice(6));
      const completed = new Set(
        lines.filter((line) => line.startsWith('completed ')).map((line) => line.slice(10)),
      );
      resolvePromise({ begun, completed });
    });
  });
}

describe('a crash at any moment', () => {
  it('loses no entry whose append had returned, and the log always opens', async () => {
    const folder = join(work, 'log');
    const acknowledged = new Map<string, boolean>();
    const runs = 25;
    for (let run = 0; run < runs; run += 1) {
      // From 6 to 50 acknowledgements, so the kills land at different sizes of the log.
      const { begun, completed } = await runAndKill(folder, 6 + ((run * 7) % 45));
      for (const id of begun) acknowledged.set(id, completed.has(id));
      const store = HistoryStore.open(folder, { retention: { maxEntries: 1_000_000, maxAgeDays: 0 } });
      await store.ready;
      const { items } = await store.list({}, 0, Number.MAX_SAFE_INTEGER);
      const found = new Map(items.map((item) => [item.id, item.outcome]));
      for (const [id, wasCompleted] of acknowledged) {
        expect(found.has(id), `entry ${id} after run ${run}`).toBe(true);
        // Killed between writing the outcome and saying so, an entry may be accepted without having been acknowledged.
        if (wasCompleted) expect(found.get(id)).toBe('accepted');
        else expect(['unknown', 'accepted']).toContain(found.get(id));
      }
      expect(items.some((item) => item.outcome === 'pending')).toBe(false);
      await store.close();
    }
    expect(acknowledged.size).toBeGreaterThan(runs * 5);
    // 25 writers each start a Node process: 7 s here when idle, up to 100 s with both cores busy.
  }, 300_000);
});
