import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';

const folder = mkdtempSync(join(tmpdir(), 'cli-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const template = join(folder, 'template.json');
writeFileSync(
  template,
  JSON.stringify({ form: { method: 'extended', caller: '+380671112233', callee: '', calleeType: 'scheme' } }),
);
const values = join(folder, 'values.txt');
writeFileSync(values, '101\n102\n');

/** Files that are not files: each must be refused at once, never waited on nor read to the end. */
const hostile: [string, () => string, string][] = [
  [
    'a named pipe no one writes to',
    () => {
      const path = join(folder, `pipe-${Math.random()}.json`);
      execFileSync('mkfifo', [path]);
      return path;
    },
    'is a named pipe, not a file',
  ],
  ['/dev/zero, which never ends', () => '/dev/zero', 'is a device, not a file'],
  [
    'a folder',
    () => {
      const path = join(folder, `folder-${Math.random()}.json`);
      mkdirSync(path);
      return path;
    },
    'is a folder, not a file',
  ],
];

describe('batch files that are not files', () => {
  for (const flag of ['--values', '--template'] as const) {
    for (const [name, make, says] of hostile) {
      it(`${flag} naming ${name}: exits 2 at once and names the file`, async () => {
        const path = make();
        const args = ['batch', '--sandbox', '--template', template, '--values', values];
        args[args.indexOf(flag) + 1] = path;
        const run = await runCli(args, {}, { timeoutMs: 4_000 });
        expect(run.stderr).toContain(`${flag} ${path} ${says}`);
        expect(run.code).toBe(2);
      });
    }
  }

  it('--template larger than any export: exits 2, too large, without reading it', async () => {
    const path = join(folder, 'huge.json');
    writeFileSync(path, Buffer.alloc(10_000_001, 0x20));
    const run = await runCli(['batch', '--sandbox', '--template', path, '--values', values]);
    expect(run.stderr).toContain(
      `--template ${path} is 10,000,001 bytes, too large to read: at most 10,000,000 bytes.`,
    );
    expect(run.code).toBe(2);
  });
});
