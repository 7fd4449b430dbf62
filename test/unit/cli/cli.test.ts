import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { closedPortUrl, rpcResult, startLoopbackServer, type Behaviour } from '../../support/loopback-server';
import { cliPath, runCli } from '../../support/run-cli';

const secret = 'live-secret-key-5f3a9c';
const callArgs = [
  'extended',
  '--caller',
  '+38 (067) 111-22-33',
  '--callee',
  'supportrngst_manager1',
  '--project-id',
  '11111',
];

/** Runs the CLI against a recording loopback server standing in for Ringostat. */
async function againstServer(
  args: string[],
  behaviour: Parameters<typeof startLoopbackServer>[0],
  env: Record<string, string> = {},
) {
  const server = await startLoopbackServer(behaviour);
  try {
    const run = await runCli(args, { RINGOSTAT_API_URL: server.url, RINGOSTAT_AUTH_KEY: secret, ...env });
    return { ...run, received: server.received };
  } finally {
    await server.close();
  }
}

const acceptedRpc = rpcResult(true);

describe('callback-desk exit codes', () => {
  it('0 when accepted, with the request sent exactly once', async () => {
    const run = await againstServer(callArgs, acceptedRpc);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ACCEPTED');
    expect(run.received).toHaveLength(1);
    expect(run.received[0]?.headers['auth-key']).toBe(secret);
  });

  it('3 when rejected (a JSON-RPC error inside HTTP 200)', async () => {
    const run = await againstServer(callArgs, {
      kind: 'answer',
      status: 200,
      body: '{"jsonrpc":"2.0","error":{"code":-32000,"message":"Calls are banned"}}',
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('REJECTED: Ringostat refused the call: “Calls are banned”');
  });

  it('4 when the outcome is unknown (no answer in time), after one request', async () => {
    const run = await againstServer([...callArgs, '--timeout', '1'], { kind: 'silence' });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('look in the project’s call log before trying again');
    expect(run.received).toHaveLength(1);
  });

  it('5 when nothing could be sent', async () => {
    const run = await runCli(callArgs, {
      RINGOSTAT_API_URL: await closedPortUrl(),
      RINGOSTAT_AUTH_KEY: secret,
    });
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('NOT SENT');
  });

  it('2 and nothing sent when a number is invalid, naming the field', async () => {
    const run = await againstServer(
      ['extended', '--caller', '067 111', '--callee', 'x y', '--project-id', '1'],
      acceptedRpc,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Caller: “067 111” is not a valid phone number');
    expect(run.stderr).toContain('Callee: “x y” is neither a phone number nor a SIP login');
    expect(run.received).toHaveLength(0);
  });

  it('prints English on a Ukrainian system too, so scripts can rely on its words', async () => {
    const run = await againstServer(
      ['extended', '--caller', '067 111', '--callee', '101', '--project-id', '1'],
      acceptedRpc,
      {
        LANG: 'uk_UA.UTF-8',
        LC_ALL: 'uk_UA.UTF-8',
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nothing was sent: the request is not valid.');
    expect(run.stderr).toContain('Caller: “067 111” is not a valid phone number');
  });

  it('2 and nothing sent when the key is missing, pointing at the environment and --sandbox', async () => {
    const run = await againstServer(callArgs, acceptedRpc, { RINGOSTAT_AUTH_KEY: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Set RINGOSTAT_AUTH_KEY');
    expect(run.stderr).toContain('--sandbox');
    expect(run.received).toHaveLength(0);
  });

  it('2 when the project id is missing for the extended method', async () => {
    const run = await againstServer(['extended', '--caller', '0671112233', '--callee', 'sip_a'], acceptedRpc);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Pass --project-id or set RINGOSTAT_PROJECT_ID');
    expect(run.received).toHaveLength(0);
  });

  it('2 for plain http to another machine, before anything is sent', async () => {
    const run = await runCli(callArgs, {
      RINGOSTAT_API_URL: 'http://example.com',
      RINGOSTAT_AUTH_KEY: secret,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('plain http on another machine');
  });

  it('2 for unknown flags, conflicting choices and bad values', async () => {
    expect((await runCli(['simple', '--bogus'])).code).toBe(2);
    expect(
      (await runCli([...callArgs, '--first', 'client', '--manager-dst', '0', '--sandbox'])).stderr,
    ).toContain('Give either --first or --manager-dst, not both.');
    expect((await runCli([...callArgs, '--direction', 'sideways', '--sandbox'])).stderr).toContain(
      '--direction must be out or in (given: “sideways”).',
    );
    expect((await runCli([...callArgs, '--timeout', '-1', '--sandbox'])).code).toBe(2);
    expect((await runCli(['nonsense'])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });
});

describe('the Auth-key stays out of every output', () => {
  it('refuses a key given as a flag without repeating it', async () => {
    for (const args of [
      [...callArgs, '--auth-key', secret],
      [...callArgs, `--auth-key=${secret}`],
      [...callArgs, `--key=${secret}`],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('never taken from a flag');
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });

  it('never prints the key, even when the server echoes it, in text or JSON', async () => {
    const echo: Behaviour = {
      kind: 'answer',
      status: 401,
      body: JSON.stringify({ message: `Key ${secret} is not valid` }),
    };
    for (const extra of [[], ['--json'], ['--dry-run'], ['--dry-run', '--json']]) {
      const run = await againstServer([...callArgs, ...extra], echo);
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });
});

describe('--dry-run and --json', () => {
  it('--dry-run prints the exact request with the key redacted and sends nothing', async () => {
    const run = await againstServer([...callArgs, '--dry-run'], acceptedRpc);
    expect(run.code).toBe(0);
    expect(run.received).toHaveLength(0);
    expect(run.stdout).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/a\/v2\n/);
    expect(run.stdout).toContain('Auth-key: [redacted]');
    expect(run.stdout).toContain('"caller":"380671112233"');
    expect(run.stdout).toContain('Dry run: nothing was sent.');
  });

  it('--json prints one JSON object with outcome, httpStatus and message', async () => {
    const run = await againstServer([...callArgs, '--json'], acceptedRpc);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ outcome: 'accepted', httpStatus: 200 });
    expect(typeof result.message).toBe('string');
    expect(result.request.headers['Auth-key']).toBe('[redacted]');
  });

  it('--json reports invalid input as one JSON object too', async () => {
    const run = await runCli(['simple', '--extension', '1', '--destination', '2', '--sandbox', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      outcome: 'invalid',
      httpStatus: null,
      errors: [{ field: 'extension' }, { field: 'destination' }],
    });
  });

  it('takes the project id from RINGOSTAT_PROJECT_ID, and the flag wins over it', async () => {
    const fromEnv = await againstServer(
      ['extended', '--caller', '0671112233', '--callee', 'sip_a', '--dry-run', '--json'],
      acceptedRpc,
      {
        RINGOSTAT_PROJECT_ID: '222',
      },
    );
    expect(JSON.parse(JSON.parse(fromEnv.stdout).request.body).params.projectId).toBe('222');
    const fromFlag = await againstServer([...callArgs, '--dry-run', '--json'], acceptedRpc, {
      RINGOSTAT_PROJECT_ID: '222',
    });
    expect(JSON.parse(JSON.parse(fromFlag.stdout).request.body).params.projectId).toBe('11111');
  });
});

describe('--sandbox', () => {
  it('places simple and extended callbacks on the embedded simulator with no key', async () => {
    const simple = await runCli([
      'simple',
      '--sandbox',
      '--extension',
      '044 111 22 33',
      '--destination',
      '067 111 22 33',
    ]);
    expect(simple.code).toBe(0);
    expect(simple.stderr).toContain('No real phone rings.');
    const extended = await runCli([
      'extended',
      '--sandbox',
      '--caller',
      '0671112233',
      '--callee',
      '101',
      '--callee-type',
      'scheme',
    ]);
    expect(extended.code).toBe(0);
    expect(extended.stdout).toContain('forwarding scheme 101');
  });

  it('shows each scenario’s outcome through the exit code', async () => {
    const scenario = (number: string, ...extra: string[]) =>
      runCli(['extended', '--sandbox', '--caller', number, '--callee', 'sandbox_anna', ...extra]);
    expect((await scenario('380500000001')).code).toBe(3);
    expect((await scenario('380500000003')).code).toBe(4);
    expect((await scenario('380500000004', '--timeout', '1')).code).toBe(4);
    expect((await scenario('380500000005')).code).toBe(4);
  });
});

describe('--help', () => {
  it.each([
    ['--help'],
    ['simple', '--help'],
    ['extended', '-h'],
    ['simulator', '--help'],
    ['help', 'extended'],
  ])('%s %s prints usage and exits 0', async (...args) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage:');
  });
});

describe('callback-desk simulator', () => {
  it('serves the simulator until interrupted, and logs what it placed', async () => {
    const child = spawn(process.execPath, [cliPath, 'simulator'], { stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => void child.kill('SIGKILL'));
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('error', reject);
      setTimeout(() => reject(new Error(`no URL in: ${output}`)), 5_000);
    });
    const response = await fetch(`${url}/callback/outward_call`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Auth-key': 'sandbox-auth-key-0000' },
      body: 'extension=380441112233&destination=380671112233',
    });
    expect(response.status).toBe(200);
    const exitCode = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGINT');
    expect(await exitCode).toBe(0);
    expect(output).toContain('placed callback call: who called 380441112233, where 380671112233');
    expect(output).toContain('Stopped after 1 call(s).');
  });

  it('refuses a port that is not a number', async () => {
    const run = await runCli(['simulator', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port must be a whole number');
  });
});

describe('calls, staff and check', () => {
  it('check: 0 for a valid key, 3 for a wrong one, 5 when nothing answers; never a call', async () => {
    expect((await runCli(['check', '--sandbox'])).code).toBe(0);
    const wrong = await againstServer(['check'], { kind: 'answer', status: 401, body: '{"message":"no"}' });
    expect(wrong.code).toBe(3);
    expect(wrong.stdout).toContain('missing or wrong');
    expect(wrong.received.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /sipstatus/online',
    ]);
    expect(
      (await runCli(['check'], { RINGOSTAT_API_URL: await closedPortUrl(), RINGOSTAT_AUTH_KEY: secret }))
        .code,
    ).toBe(5);
    expect((await runCli(['check'])).code).toBe(2);
  });

  it('staff: lists the sandbox employees, as text or JSON', async () => {
    const text = await runCli(['staff', '--sandbox']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Anna Kovalenko · Sales · sandbox_anna (online) · 380671110001');
    const json = JSON.parse((await runCli(['staff', '--sandbox', '--json'])).stdout);
    expect(json).toMatchObject({
      outcome: 'ok',
      httpStatus: 200,
      staff: [{ name: 'Anna Kovalenko' }, {}, {}],
    });
    expect((await runCli(['staff'], { RINGOSTAT_AUTH_KEY: secret })).stderr).toContain(
      'Project id is required',
    );
  });

  it('calls: asks for the window in the project’s time and reads the rows; an unreadable answer is unknown', async () => {
    const rows = [
      {
        calldate: '2026-11-26T10:00:00+0200',
        caller: '380671112233',
        dst: 'shop_anna',
        disposition: 'ANSWERED',
        call_type: 'out',
      },
    ];
    const run = await againstServer(
      ['calls', '--from', '2026-11-26 09:00:00', '--to', '2026-11-26', '--time-zone', 'Europe/Kyiv'],
      { kind: 'answer', status: 200, body: JSON.stringify(rows) },
    );
    expect(run.stderr).toContain('--from is after --to');
    const ok = await againstServer(
      ['calls', '--from', '2026-11-26 09:00:00', '--to', '2026-11-26 11:00:00'],
      {
        kind: 'answer',
        status: 200,
        body: JSON.stringify(rows),
      },
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2026-11-26T10:00:00+0200 · out · 380671112233 → shop_anna · ANSWERED');
    const query = new URL(`http://x${ok.received[0]?.path ?? ''}`).searchParams;
    expect([query.get('from'), query.get('to'), query.get('export_type')]).toEqual([
      '2026-11-26 09:00:00',
      '2026-11-26 11:00:00',
      'json',
    ]);
    const html = await againstServer(['calls', '--json'], {
      kind: 'answer',
      status: 200,
      body: '<html></html>',
    });
    expect(html.code).toBe(4);
    expect(JSON.parse(html.stdout)).toMatchObject({ outcome: 'unknown', httpStatus: 200 });
  });

  it('calls: a window over a repeated hour covers it both times; a skipped time is refused, naming it', async () => {
    const answer: Behaviour = { kind: 'answer', status: 200, body: '[]' };
    // Kyiv, 26 October 2025: 03:00 to 04:00 came twice. From its first 03:30 to its second 03:10 is a real window.
    const repeated = await againstServer(
      ['calls', '--from', '2025-10-26 03:30:00', '--to', '2025-10-26 03:10:00', '--time-zone', 'Europe/Kyiv'],
      answer,
    );
    expect(repeated.code).toBe(0);
    const query = new URL(`http://x${repeated.received[0]?.path ?? ''}`).searchParams;
    expect([query.get('from'), query.get('to')]).toEqual(['2025-10-26 03:30:00', '2025-10-26 03:10:00']);
    // 30 March 2025: the clocks jumped from 03:00 to 04:00, so 03:30 never came.
    const skipped = await againstServer(
      ['calls', '--from', '2025-03-30 03:30:00', '--time-zone', 'Europe/Kyiv'],
      answer,
    );
    expect(skipped.code).toBe(2);
    expect(skipped.stderr).toContain('--from 2025-03-30 03:30:00 never happens in Europe/Kyiv');
    expect(skipped.received).toHaveLength(0);
  });

  it('calls --sandbox: reads the simulator’s own log (empty when it has just started)', async () => {
    const run = await runCli(['calls', '--sandbox', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'ok', rows: [] });
  });
});

describe('batch', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cli-batch-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  const template = () =>
    file(
      'template.json',
      JSON.stringify({
        kind: 'callback-desk-templates',
        version: 1,
        templates: [
          {
            name: 'Schemes',
            form: { method: 'extended', caller: '+380671112233', callee: '', calleeType: 'scheme' },
          },
        ],
      }),
    );

  it('--sandbox: checks every row first, sends the valid ones with the gap, and exits with the worst outcome', async () => {
    const run = await runCli([
      'batch',
      '--sandbox',
      '--template',
      template(),
      '--values',
      file('v.csv', 'scheme\n101\nx\n999\n102\n'),
      '--gap',
      '1',
      '--json',
    ]);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      outcome: 'finished',
      message: expect.stringContaining('3 of 3 sent; 2 accepted, 1 rejected'),
    });
    expect(result.rows.map((row: { state: string }) => row.state)).toEqual([
      'done',
      'invalid',
      'done',
      'done',
    ]);
    expect(run.code).toBe(3);
  }, 20_000);

  it('refuses a live run until --confirm gives the number of calls, sending nothing', async () => {
    const values = file('live.txt', '101\n102\n');
    const run = await againstServer(
      ['batch', '--template', template(), '--values', values, '--project-id', '10001'],
      acceptedRpc,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('This run places 2 real call(s). Add --confirm 2 to place them.');
    expect(run.received).toHaveLength(0);
    const confirmed = await againstServer(
      [
        'batch',
        '--template',
        template(),
        '--values',
        values,
        '--project-id',
        '10001',
        '--confirm',
        '2',
        '--gap',
        '1',
      ],
      acceptedRpc,
    );
    expect(confirmed.code).toBe(0);
    expect(confirmed.received).toHaveLength(2);
    expect(confirmed.stdout + confirmed.stderr).not.toContain(secret);
  }, 20_000);

  it('says which file it cannot read', async () => {
    const run = await runCli([
      'batch',
      '--sandbox',
      '--template',
      join(folder, 'missing.json'),
      '--values',
      join(folder, 'none.txt'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be read: no such file');
  });
});
