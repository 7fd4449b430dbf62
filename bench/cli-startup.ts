/**
 * How fast the built command line starts, beside the smallest programs that
 * do the same: `extended` against a loopback server beside a plain node:http
 * script sending the very request it sent, `--help` beside `node -e 0`, and
 * the peak memory of each. The runs alternate, so a change in the machine's
 * load falls on both sides; each figure is a median.
 *
 *   npm run bench:cli [-- --runs 20]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'bin', 'callback-desk.cjs');
const minimal = join(root, 'bench', 'minimal-request.cjs');
// Peak memory from the kernel's own account of the child; without GNU time, only times are given.
const timeCommand = '/usr/bin/time';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(values.runs);

interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A Ringostat stand-in on 127.0.0.1 that accepts every callback at once and keeps the last request. */
function startServer(): Promise<{ url: string; last: () => Received | null; close: () => void }> {
  let last: Received | null = null;
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      last = { method: request.method ?? 'POST', path: request.url ?? '/', headers: request.headers, body };
      const id = (JSON.parse(body) as { id?: unknown }).id ?? null;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ jsonrpc: '2.0', id, result: true }));
    });
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ url: `http://127.0.0.1:${port}`, last: () => last, close: () => server.close() });
    }),
  );
}

interface Run {
  ms: number;
  /** Peak resident memory in kB; null where GNU time is missing. */
  maxRssKb: number | null;
  code: number | null;
  output: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'cli-bench-'));
let counter = 0;

/** Runs one program to its end: wall time from spawn to exit, and its peak memory. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const memoryFile = join(scratch, `time-${counter++}`);
  const withTime = existsSync(timeCommand);
  const [command, ...rest] = withTime
    ? [timeCommand, '-f', '%M', '-o', memoryFile, process.execPath, ...args]
    : [process.execPath, ...args];
  const started = performance.now();
  return new Promise((done, reject) => {
    const child = spawn(command ?? process.execPath, rest, {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const maxRssKb = withTime ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1)) : null;
      done({ ms, maxRssKb, code, output });
    });
  });
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Runs `ours` and `baseline` alternately, a few times unmeasured first (disk cache, compile cache). */
async function compare(ours: () => Promise<Run>, baseline: () => Promise<Run>, warmups = 3) {
  for (let round = 0; round < warmups; round++) {
    await ours();
    await baseline();
  }
  const mine: Run[] = [];
  const theirs: Run[] = [];
  for (let round = 0; round < runs; round++) {
    // Which goes first alternates too, so neither always runs on a machine the other just warmed.
    if (round % 2 === 0) {
      mine.push(await ours());
      theirs.push(await baseline());
    } else {
      theirs.push(await baseline());
      mine.push(await ours());
    }
  }
  const memory = (list: Run[]) =>
    list.every((item) => item.maxRssKb !== null) ? median(list.map((item) => item.maxRssKb ?? 0)) : null;
  return {
    ms: median(mine.map((item) => item.ms)),
    baselineMs: median(theirs.map((item) => item.ms)),
    rssKb: memory(mine),
    baselineRssKb: memory(theirs),
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'cli', 'cli.cjs'))) throw new Error('Build the command line first.');
  const server = await startServer();
  const env = { RINGOSTAT_API_URL: server.url, RINGOSTAT_AUTH_KEY: 'bench-key-0123456789abcdef' };
  const extendedArgs = [
    cli,
    'extended',
    '--caller',
    '+38 (067) 111-22-33',
    '--callee',
    'supportrngst_manager1',
    '--project-id',
    '11111',
  ];
  const first = await run(extendedArgs, env);
  const sent = server.last();
  if (first.code !== 0 || sent === null) throw new Error(`extended did not succeed:\n${first.output}`);
  const { host: _host, connection: _connection, ...headers } = sent.headers;
  const request = JSON.stringify({
    url: `${server.url}${sent.path}`,
    method: sent.method,
    headers,
    body: sent.body,
  });
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  console.log(`Node ${process.version}, ${runs} alternating runs each, medians; load average ${load}\n`);

  const extended = await compare(
    () => run(extendedArgs, env),
    () => run([minimal, request]),
  );
  const help = await compare(
    () => run([cli, '--help']),
    () => run(['-e', '0']),
  );
  server.close();
  rmSync(scratch, { recursive: true, force: true });

  const ratio = (value: number, baseline: number) => (value / baseline).toFixed(2);
  const rows = [
    [
      '`extended` against a loopback server',
      `${extended.ms.toFixed(0)} ms`,
      `minimal node:http script: ${extended.baselineMs.toFixed(0)} ms`,
      ratio(extended.ms, extended.baselineMs),
      '≤ 1.30',
    ],
    [
      '`--help`',
      `${help.ms.toFixed(0)} ms`,
      `\`node -e 0\`: ${help.baselineMs.toFixed(0)} ms`,
      ratio(help.ms, help.baselineMs),
      '≤ 1.20',
    ],
  ];
  if (extended.rssKb !== null && extended.baselineRssKb !== null) {
    rows.push([
      'peak memory of `extended`',
      `${(extended.rssKb / 1024).toFixed(1)} MB`,
      `minimal node:http script: ${(extended.baselineRssKb / 1024).toFixed(1)} MB`,
      ratio(extended.rssKb, extended.baselineRssKb),
      '≤ 1.20',
    ]);
  }
  console.log('| Measured | Callback Desk | Baseline | Ratio | Target |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    JSON.stringify({
      extendedRatio: Number(ratio(extended.ms, extended.baselineMs)),
      helpRatio: Number(ratio(help.ms, help.baselineMs)),
      memoryRatio:
        extended.rssKb !== null && extended.baselineRssKb !== null
          ? Number(ratio(extended.rssKb, extended.baselineRssKb))
          : null,
      extendedMs: Math.round(extended.ms),
      helpMs: Math.round(help.ms),
      load,
    }),
  );
}

await main();
