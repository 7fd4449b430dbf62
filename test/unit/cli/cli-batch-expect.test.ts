// @vitest-environment jsdom
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { sandbox } from '../../../electron/simulator/sandbox';
import { startSimulator } from '../../../electron/simulator/server';
import { readJunit } from '../../support/junit-xml';
import { cliPath, runCli } from '../../support/run-cli';

const folder = mkdtempSync(join(tmpdir(), 'cli-batch-expect-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

/** Scenario numbers go in as callers; the simulator logs each call to sandbox_anna as its scenario ends. */
const template = () =>
  file(
    'template.json',
    JSON.stringify({
      name: 'Scenario check',
      form: { method: 'extended', caller: '', callee: 'sandbox_anna' },
    }),
  );
const batch = (values: string, ...extra: string[]) =>
  runCli([
    'batch',
    '--sandbox',
    '--template',
    template(),
    '--values',
    file(`values-${Math.random()}.csv`, values),
    '--column',
    'caller',
    '--gap',
    '1',
    ...extra,
  ]);

describe('batch with expectations, against the simulator', () => {
  it('exits 0 when every expectation held, writing a JUnit and a JSON report', async () => {
    const junit = join(folder, 'held.xml');
    const json = join(folder, 'held.json');
    const run = await batch(
      'value,expect,expect_call\n380500000006,accepted,BUSY\n380500000001,rejected,\n0671112233,,\n',
      '--report',
      `junit:${junit}`,
      '--report',
      `json:${json}`,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Row 1 (380500000006): ACCEPTED: Ringostat accepted the callback (HTTP 200). Call log: BUSY. PASSED.',
    );
    expect(run.stdout).toContain(
      'Row 3 (0671112233): ACCEPTED: Ringostat accepted the callback (HTTP 200).\n',
    );
    expect(run.stdout).toContain('Expectations: 2 of 2 rows met them, 0 did not.');
    expect(run.stderr).toContain(
      'Row 1 (380500000006): waiting for its call-log row to settle (at most 3 minutes)…',
    );

    const [suite] = readJunit(readFileSync(junit, 'utf8'));
    expect(suite).toMatchObject({
      name: 'Scenario check',
      counts: { tests: 3, failures: 0, errors: 0, skipped: 0 },
      properties: { target: 'simulator', exitCode: '0', masked: 'false' },
    });
    expect(suite?.cases[0]?.systemOut).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/a\/v2\nContent-Type: application\/json\nAuth-key: \[redacted\]\n/,
    );
    expect(suite?.cases[0]?.systemOut).toContain('"caller":"380500000006"');
    expect(suite?.cases[0]?.systemOut).toContain('Call log: BUSY');

    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({
      kind: 'callback-desk-run',
      version: 1,
      run: {
        name: 'Scenario check',
        status: 'finished',
        exitCode: 0,
        summary: { rows: 3, passed: 3, failed: 0 },
      },
    });
    expect(report.rows[0]).toMatchObject({
      value: '380500000006',
      expect: 'accepted',
      expectCall: 'BUSY',
      verdict: 'passed',
      callLog: 'BUSY',
    });
    expect(report.rows[0].request.headers['Auth-key']).toBe('[redacted]');
    expect(report.rows[0].sentAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const content of [readFileSync(junit, 'utf8'), readFileSync(json, 'utf8')])
      expect(content).not.toContain(sandbox.authKey);
  }, 60_000);

  it('exits 7 when an expectation failed, with expected against actual; masked numbers stay masked in the reports', async () => {
    const junit = join(folder, 'failed.xml');
    const run = await batch(
      'value;expect;expect_call\n380500000007;accepted;ANSWERED\n+38 067 111 22 33;;\n',
      '--report',
      `junit:${junit}`,
      '--mask-numbers',
    );
    expect(run.code).toBe(7);
    expect(run.stdout).toContain(
      'Row 1 (••••••••0007): ACCEPTED: Ringostat accepted the callback (HTTP 200). Call log: NO ANSWER. FAILED: Call-log ending: expected ANSWERED, got NO ANSWER.',
    );
    const xml = readFileSync(junit, 'utf8');
    const [suite] = readJunit(xml);
    expect(suite?.counts).toEqual({ tests: 2, failures: 1, errors: 0, skipped: 0 });
    expect(suite?.cases[0]?.failure).toMatchObject({
      type: 'expectation',
      message: 'Call-log ending: expected ANSWERED, got NO ANSWER.',
    });
    expect(suite?.cases[0]?.failure?.text).toContain(
      'Expected outcome: accepted, call-log ending: ANSWERED\nActual outcome: accepted, call-log ending: NO ANSWER',
    );
    expect(suite?.cases[1]?.name).toBe('row 2: ••••••••2233');
    expect(suite?.cases[1]?.systemOut).toContain('"caller":"••••••••2233"');
    for (const number of ['380500000007', '380671112233', '067 111 22 33'])
      expect(`${run.stdout}${run.stderr}${xml}`).not.toContain(number);
  }, 60_000);

  it('counts a row that names no expectation as it always has: a rejection exits 3', async () => {
    const run = await batch('value,expect\n380500000001,\n0671112233,accepted\n');
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(
      'Row 2 (0671112233): ACCEPTED: Ringostat accepted the callback (HTTP 200). PASSED.',
    );
  }, 30_000);

  it('sends nothing for a bad header, an unknown expectation or a report it could not write, and says what to do', async () => {
    const simulator = await startSimulator();
    onTestFinished(() => simulator.close());
    const env = { RINGOSTAT_API_URL: simulator.url, RINGOSTAT_AUTH_KEY: sandbox.authKey };
    const live = (values: string, ...extra: string[]) =>
      runCli(
        [
          'batch',
          '--template',
          template(),
          '--values',
          file(`live-${Math.random()}.csv`, values),
          '--column',
          'caller',
          '--project-id',
          sandbox.projectId,
          '--confirm',
          '1',
          ...extra,
        ],
        env,
      );
    const header = await live('value,expected\n0671112233,accepted\n');
    expect(header.code).toBe(2);
    expect(header.stderr).toContain(
      'The header on line 1 names a column “expected” that a run does not know. The columns are value, expect and expect_call: rename it, or delete the header line to use the first column only.',
    );
    const outcome = await live('value,expect\n0671112233,acepted\n');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      'Line 2: expect “acepted” is not an outcome. Write accepted, rejected, unknown or not-sent, or leave it empty.',
    );
    const reports = await live(
      '0671112233\n',
      '--report',
      'xml:run.xml',
      '--report',
      `junit:${join(folder, 'missing', 'run.xml')}`,
    );
    expect(reports.code).toBe(2);
    expect(reports.stderr).toContain(
      '--report must be junit:FILE or json:FILE (given: “xml:run.xml”), such as --report junit:run.xml.',
    );
    expect(reports.stderr).toContain(`the folder ${join(folder, 'missing')} does not exist.`);
    const twice = await live(
      '0671112233\n',
      '--report',
      `json:${join(folder, 'a.json')}`,
      '--report',
      `junit:${join(folder, 'a.json')}`,
    );
    expect(twice.stderr).toContain('names');
    expect(twice.code).toBe(2);
    // The call log is read in the project's zone: a zone that is none is named before anything is sent.
    const zone = await runCli(
      [
        'batch',
        '--template',
        template(),
        '--values',
        file('zone.csv', 'value,expect_call\n0671112233,ANSWERED\n'),
        '--column',
        'caller',
        '--project-id',
        sandbox.projectId,
        '--confirm',
        '1',
      ],
      { ...env, RINGOSTAT_TIME_ZONE: 'Mars/Olympus' },
    );
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('RINGOSTAT_TIME_ZONE “Mars/Olympus” is not a time zone this system knows');
    expect(simulator.requestCount('/a/v2')).toBe(0);
    expect(existsSync(join(folder, 'a.json'))).toBe(false);
  }, 30_000);

  it('exits 6 when stopped while waiting for a call-log row: that check is not done, the rest not sent', async () => {
    const child = spawn(
      process.execPath,
      [
        cliPath,
        'batch',
        '--sandbox',
        '--template',
        template(),
        '--values',
        file('stop.csv', 'value,expect_call\n380500000006,BUSY\n0671112233,\n'),
        '--column',
        'caller',
        '--gap',
        '1',
      ],
      { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    onTestFinished(() => void child.kill('SIGKILL'));
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('waiting for its call-log row')) resolve();
      }),
    );
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(6);
    expect(stdout).toContain(
      'Row 1 (380500000006): ACCEPTED: Ringostat accepted the callback (HTTP 200). FAILED: Call-log ending: expected BUSY, got nothing: not checked, the run was stopped.',
    );
    expect(stdout).toContain(
      'Row 2 (0671112233): SKIPPED: the run ended before this row; nothing was sent for it.',
    );
  }, 30_000);
});
