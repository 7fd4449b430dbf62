import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator } from '../../../electron/simulator/server';
import { cliPath } from '../../support/run-cli';

const folder = mkdtempSync(join(tmpdir(), 'cli-batch-stop-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/**
 * Starts a sandbox run whose first row is the simulator's slow scenario
 * (it answers after 5 seconds), so a call is in flight when the signals come.
 */
function startSlowRun(extra: string[] = [], env: Record<string, string> = {}) {
  const template = file(
    'template.json',
    JSON.stringify({ form: { method: 'extended', caller: '', callee: 'sandbox_anna' } }),
  );
  const values = file('values.txt', '380500000002\n0671112233\n0501234567\n');
  const child = spawn(
    process.execPath,
    [
      cliPath,
      'batch',
      '--template',
      template,
      '--values',
      values,
      '--column',
      'caller',
      '--gap',
      '1',
      ...extra,
    ],
    { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  onTestFinished(() => void child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; times: number; resolve: () => void }[] = [];
  const check = () => {
    for (const wait of [...waiting]) {
      if (stderr.split(wait.text).length - 1 >= wait.times) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    check();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Resolves once standard error has said `text` `times` times (it waits for the child, not for a time). */
    said: (text: string, times = 1) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ text, times, resolve });
        check();
        void exited.then(() => reject(new Error(`exited before saying “${text}”:\n${stderr}`)));
      }),
  };
}

describe('stopping a batch run with Ctrl+C', () => {
  it('finishes the call in flight through three Ctrl+C, prints every row, and exits 6', async () => {
    const run = startSlowRun(['--sandbox']);
    await run.said('Row 1 (380500000002): sending…');
    run.child.kill('SIGINT');
    await run.said('Stopping: no further row is sent. Waiting for the answer to row 1 (380500000002)');
    run.child.kill('SIGINT');
    await run.said('Still waiting for the answer to row 1 (380500000002) (at most 15 s)');
    // A third is answered the same way: nothing cuts the call in flight short.
    run.child.kill('SIGINT');
    await run.said('Still waiting for the answer to row 1', 2);
    const { code, signal } = await run.exited;
    const { stdout } = run.output();
    expect({ code, signal }).toEqual({ code: 6, signal: null });
    expect(stdout).toContain('Row 1 (380500000002): ACCEPTED: Ringostat accepted the callback');
    expect(stdout).toContain(
      'Row 2 (0671112233): SKIPPED: the run ended before this row; nothing was sent for it.',
    );
    expect(stdout).toContain('Row 3 (0501234567): SKIPPED');
    expect(stdout).toContain(
      'Run stopped: 1 of 3 sent; 1 accepted, 0 rejected, 0 unknown, 0 not sent; 0 invalid; 2 skipped.',
    );
  }, 30_000);

  it('with --json, a second stop (SIGTERM, then Ctrl+C) still leaves the in-flight row’s outcome in the output', async () => {
    // A simulator of the test's own, so the test can see when the first request has arrived.
    const simulator = await startSimulator();
    onTestFinished(() => simulator.close());
    const run = startSlowRun(['--json', '--project-id', sandbox.projectId, '--confirm', '3'], {
      RINGOSTAT_API_URL: simulator.url,
      RINGOSTAT_AUTH_KEY: sandbox.authKey,
    });
    await until(() => simulator.requestCount('/a/v2') === 1);
    run.child.kill('SIGTERM');
    await run.said('Stopping: no further row is sent. Waiting for the answer to row 1');
    run.child.kill('SIGINT');
    await run.said('Still waiting for the answer to row 1');
    const { code } = await run.exited;
    const result = JSON.parse(run.output().stdout);
    expect(code).toBe(6);
    expect(result).toMatchObject({
      outcome: 'stopped',
      rows: [
        { row: 1, state: 'done', result: { outcome: 'accepted' } },
        { row: 2, state: 'waiting', result: null },
        { row: 3, state: 'waiting', result: null },
      ],
    });
    expect(simulator.requestCount('/a/v2')).toBe(1);
  }, 30_000);
});

/** Resolves once `condition` holds, looking every 20 ms. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
