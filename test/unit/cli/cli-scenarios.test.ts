import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../support/run-cli';

/** One sandbox callback from the command line, its one JSON object read back. */
async function sandboxCall(args: string[]) {
  const run = await runCli([...args, '--sandbox', '--json']);
  return { code: run.code, result: JSON.parse(run.stdout) as Record<string, unknown>, stderr: run.stderr };
}

const extended = (caller: string) => ['extended', '--caller', caller, '--callee', 'sandbox_anna'];
const simple = (destination: string) => [
  'simple',
  '--extension',
  '380441112233',
  '--destination',
  destination,
];

describe('the simulator’s scenario numbers from the command line', () => {
  it('380500000010 is not sent: the request goes to the scenario address, refused, and exits 5', async () => {
    for (const args of [extended('380500000010'), simple('380500000010')]) {
      const { code, result } = await sandboxCall(args);
      expect(code).toBe(5);
      expect(result).toMatchObject({ outcome: 'not-sent', httpStatus: null, answer: null });
      expect(result.message).toMatch(/^Could not connect to \[::1\]:\d+: the connection was refused/);
      expect((result.request as { url: string }).url).toMatch(/^http:\/\/\[::1\]:\d+\//);
    }
    // Printed as a person reads it too, with the address it went to.
    const plain = await runCli([...extended('380500000010'), '--sandbox']);
    expect(plain.code).toBe(5);
    expect(plain.stdout).toContain('NOT SENT');
  });

  it('380500000008 is refused with HTTP 400 and exits 3, by either method', async () => {
    for (const args of [extended('380500000008'), simple('380500000008')]) {
      const { code, result } = await sandboxCall(args);
      expect(code).toBe(3);
      expect(result).toMatchObject({ outcome: 'rejected', httpStatus: 400 });
    }
  });

  it('380500000009 is refused inside HTTP 200 and exits 3, by either method', async () => {
    for (const args of [extended('380500000009'), simple('380500000009')]) {
      const { code, result } = await sandboxCall(args);
      expect(code).toBe(3);
      expect(result).toMatchObject({ outcome: 'rejected', httpStatus: 200 });
      expect(JSON.parse((result.answer as { body: string }).body)).toMatchObject({ error: { code: -32602 } });
    }
  });

  it('a sandbox run sends the "not sent" row to the scenario address too, and exits 5', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-scenarios-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const template = join(folder, 'template.json');
    writeFileSync(
      template,
      JSON.stringify({
        kind: 'callback-desk-templates',
        version: 1,
        templates: [{ name: 'Callers', form: { method: 'extended', caller: '', callee: 'sandbox_anna' } }],
      }),
    );
    const values = join(folder, 'values.txt');
    writeFileSync(values, '380671112233\n380500000010\n');
    const run = await runCli([
      'batch',
      '--sandbox',
      '--template',
      template,
      '--values',
      values,
      '--column',
      'caller',
      '--gap',
      '1',
      '--json',
    ]);
    const rows = (JSON.parse(run.stdout) as { rows: { result?: { outcome: string } }[] }).rows;
    expect(rows.map((row) => row.result?.outcome)).toEqual(['accepted', 'not-sent']);
    expect(run.code).toBe(5);
  }, 20_000);

  it('the help lists every scenario number with what it does', async () => {
    const run = await runCli(['simulator', '--help']);
    for (const line of [
      '380500000008  Refuses the party with HTTP 400',
      '380500000009  Refuses the party with a JSON-RPC error inside HTTP 200',
      '380500000010  Sent to the scenario address, where nothing listens',
    ])
      expect(run.stdout).toContain(line);
  });
});
