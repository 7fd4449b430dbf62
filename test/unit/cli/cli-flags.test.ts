import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoopbackServer } from '../../support/loopback-server';
import { runCli } from '../../support/run-cli';

const secret = 'live-secret-key-5f3a9c';
const callArgs = ['extended', '--caller', '0671112233', '--callee', 'sip_anna', '--project-id', '11111'];

/** Runs the CLI against a recording loopback server that accepts every callback. */
async function againstServer(args: string[]) {
  const server = await startLoopbackServer({
    kind: 'answer',
    status: 200,
    body: '{"jsonrpc":"2.0","result":true}',
  });
  try {
    const run = await runCli(args, { RINGOSTAT_API_URL: server.url, RINGOSTAT_AUTH_KEY: secret });
    return { ...run, received: server.received };
  } finally {
    await server.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'cli-flags-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};
const template = () =>
  file('template.json', JSON.stringify({ form: { method: 'extended', caller: '0671112233', callee: '' } }));

describe('a flag given twice', () => {
  it('is refused with exit 2, naming the flag, and nothing is sent', async () => {
    const run = await againstServer([...callArgs, '--caller', '0501234567']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--caller is given twice: give it once.');
    expect(run.received).toHaveLength(0);
    const switches = await againstServer([
      ...callArgs,
      '--json',
      '--json',
      '--timeout',
      '5',
      '--timeout',
      '9',
    ]);
    expect(switches.code).toBe(2);
    expect(JSON.parse(switches.stdout)).toMatchObject({
      outcome: 'invalid',
      errors: [
        { field: 'json', message: '--json is given twice: give it once.' },
        { field: 'timeout', message: '--timeout is given twice: give it once.' },
      ],
    });
    expect(switches.received).toHaveLength(0);
  });

  it('is refused for batch too, before any row is read', async () => {
    const run = await runCli([
      'batch',
      '--sandbox',
      '--template',
      template(),
      '--template',
      template(),
      '--values',
      template(),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--template is given twice: give it once.');
  });
});

describe('numbers in flags are plain decimal within a stated range', () => {
  it('--timeout takes 1 to 120 seconds and nothing else: no hex, binary or exponent', async () => {
    for (const written of [
      '0x10',
      '0b11',
      '1e2',
      '1e-9',
      '0',
      '0.5',
      '121',
      '',
      ' 5',
      '1.',
      '.5',
      'Infinity',
      '-1',
    ]) {
      const run = await againstServer([...callArgs, `--timeout=${written}`]);
      expect(run.code, written).toBe(2);
      expect(run.stderr).toContain(
        `--timeout must be plain decimal seconds from 1 to 120, such as 5 or 2.5 (given: “${written}”).`,
      );
      expect(run.received).toHaveLength(0);
    }
    for (const written of ['1', '2.5', '120']) {
      expect((await againstServer([...callArgs, '--timeout', written, '--dry-run'])).code, written).toBe(0);
    }
  }, 60_000);

  it('--gap takes 1 second to 1 hour: past that a timer would overflow and send calls back to back', async () => {
    const values = file('values.txt', '101\n102\n');
    for (const written of ['0.5', '3601', '2147484', '0x10', '1e3']) {
      const run = await runCli([
        'batch',
        '--sandbox',
        '--template',
        template(),
        '--values',
        values,
        '--gap',
        written,
      ]);
      expect(run.code, written).toBe(2);
      expect(run.stderr).toContain('--gap must be plain decimal seconds from 1 to 3600');
      expect(run.stderr).not.toContain('Sending');
    }
  }, 30_000);

  it('--port, --confirm, --manager-dst and --project-id each say what they take', async () => {
    const cases: [string[], string][] = [
      [
        ['simulator', '--port', '65536'],
        '--port must be a whole number from 0 to 65535 (0 picks a free port)',
      ],
      [['simulator', '--port', '0x50'], '--port must be a whole number from 0 to 65535'],
      [['simulator', '--port=-1'], '--port must be a whole number from 0 to 65535'],
      [['batch', '--confirm', '0'], '--confirm must be a whole number from 1 to 5000 (given: “0”)'],
      [['batch', '--confirm', '2.0'], '--confirm must be a whole number from 1 to 5000'],
      [['batch', '--confirm', '5001'], '--confirm must be a whole number from 1 to 5000'],
      [[...callArgs, '--manager-dst', '01'], '--manager-dst must be 0 or 1 (given: “01”)'],
      [[...callArgs, '--manager-dst', '1.0'], '--manager-dst must be 0 or 1'],
      [
        ['staff', '--project-id', '1e3'],
        '--project-id must be digits only, at most 12 of them (given: “1e3”)',
      ],
      [['batch', '--project-id', '1234567890123'], '--project-id must be digits only, at most 12 of them'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
    }
  }, 30_000);

  it('every enumerated flag names its choices', async () => {
    const cases: [string[], string][] = [
      [[...callArgs, '--callee-type', 'Scheme'], '--callee-type must be number or scheme (given: “Scheme”)'],
      [[...callArgs, '--direction', 'sideways'], '--direction must be out or in'],
      [[...callArgs, '--first', 'manager'], '--first must be employee or client'],
      [['batch', '--column', 'phone'], '--column must be callee, caller or destination (given: “phone”)'],
    ];
    for (const [args, message] of cases) {
      const run = await againstServer(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.received).toHaveLength(0);
    }
  });

  it('--help states each range', async () => {
    expect((await runCli(['extended', '--help'])).stdout).toContain(
      'plain decimal seconds\n                      from 1 to 120',
    );
    const batch = (await runCli(['batch', '--help'])).stdout;
    expect(batch).toContain('plain decimal, from 1 to 3600');
    expect(batch).toContain('at most 5,000 values of up to 256 characters, 1,000,000 characters in all');
    expect(batch).toContain('6 stopped by hand');
    expect((await runCli(['simulator', '--help'])).stdout).toContain('0 to 65535');
  });
});

describe('input lengths are bounded before parsing', () => {
  it('a number flag of 131,000 characters is refused at once, naming the flag and the limit', async () => {
    // Digits ending in a letter: a backtracking pattern took tens of seconds over this.
    const run = await againstServer(['extended', '--caller', `${'1'.repeat(130_999)}x`, '--callee', 'sip_a']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--caller is 131000 characters long; it takes at most 64.');
    expect(run.received).toHaveLength(0);
  });

  it('a --values line of a million characters is refused at once, naming the line', async () => {
    const values = file('huge-line.txt', `${'1'.repeat(999_999)}x`);
    const run = await runCli([
      'batch',
      '--sandbox',
      '--template',
      template(),
      '--values',
      values,
      '--column',
      'callee',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Line 1 is 1,000,000 characters long; a value is at most 256.');
    expect(run.stderr).not.toContain('Sending');
  });

  it('a values file too large to hold a run is refused without being read', async () => {
    const values = file('huge.txt', '101\n'.repeat(1_000_001));
    const run = await runCli(['batch', '--sandbox', '--template', template(), '--values', values]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "bytes, too large to read: a run's values are at most 1,000,000 characters.",
    );
  });
});
