/**
 * How the request history behaves at 100,000 entries, beside a naive
 * baseline (read the whole file, parse every line) measured in the same run.
 * Each figure is the median of several runs, each in a fresh process.
 *
 *   npm run bench:history [-- --entries 100000 --runs 5]
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HistoryStore } from '../electron/history/history-store';
import type { HistoryBegin, HistoryEnd, HistoryRecord } from '../electron/history/history-types';
import { mergeRecords } from '../electron/history/records';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    measure: { type: 'string' },
    folder: { type: 'string' },
  },
});

const pageSize = 100;
const searchTerms = ['0671234567', 'spring_sale_77', 'sandbox_petro', '380509999999'];

function attemptFor(n: number): Omit<HistoryBegin, 'id' | 'at'> {
  const caller = `38067${String(n).padStart(7, '0')}`;
  const callee =
    n % 3 === 0 ? `${100 + (n % 7)}` : (['sandbox_anna', 'sandbox_petro'][n % 2] ?? 'sandbox_anna');
  const utm = `campaign_${n % 500}`;
  return {
    profileId: n % 4 === 0 ? 'shop' : 'sandbox',
    profileName: n % 4 === 0 ? 'Shop' : 'Sandbox',
    target: 'simulator',
    method: 'extended',
    form: {
      method: 'extended',
      caller: `+38 067 ${String(n).padStart(7, '0')}`,
      callee,
      utmSource: 'google',
      utmCampaign: utm,
    },
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:40000/a/v2',
      headers: {
        'Content-Type': 'application/json',
        'Auth-key': '[redacted]',
        'User-Agent': 'CallbackDesk/0.1',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 100_000 + n,
        method: 'Api\\V2\\Callback.external',
        params: {
          callee_type: 'default',
          caller_type: 'default',
          caller,
          callee,
          manager_dst: 1,
          direction: 'in',
          projectId: '10001',
          utmSource: 'google',
          utmCampaign: utm,
        },
      }),
    },
    caller,
    callee,
    fingerprint: `sandbox|extended|${caller}|${callee}`,
    searchable: [caller.slice(2), 'google', utm],
  };
}

const end: Omit<HistoryEnd, 'endedAt'> = {
  outcome: 'accepted',
  httpStatus: 200,
  latencyMs: 87,
  message: 'Ringostat accepted the callback (HTTP 200).',
  explanation:
    'It rings the employee side (SIP sandbox_anna) first and, once that answers, the client. The answer carries no call id.',
  serverMessage: null,
  answer: {
    status: 200,
    contentType: 'application/json',
    body: '{"jsonrpc":"2.0","id":1,"result":true}',
    truncated: false,
  },
};

/** Writes the log in one go, as years of use would have left it: a begin and an end line per entry. */
function buildLog(folder: string, count: number): void {
  const start = Date.parse('2026-06-01T00:00:00Z');
  const lines: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const id = `entry-${n}`;
    const at = new Date(start + n * 60_000).toISOString();
    lines.push(JSON.stringify({ k: 'b', id, at, ...attemptFor(n) }));
    lines.push(JSON.stringify({ k: 'e', id, ...end, endedAt: at }));
  }
  writeFileSync(join(folder, 'history.jsonl'), `${lines.join('\n')}\n`);
}

/** The baseline: read the whole file, parse every line, fold records into entries. */
function naiveLoad(folder: string) {
  const records = new Map<string, HistoryRecord[]>();
  for (const line of readFileSync(join(folder, 'history.jsonl'), 'utf8').split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line) as HistoryRecord;
    const list = records.get(record.id);
    if (list) list.push(record);
    else records.set(record.id, [record]);
  }
  return [...records.values()].map((list) => mergeRecords(list)).filter((entry) => entry !== null);
}

const retention = { maxEntries: 1_000_000, maxAgeDays: 0 };
const now = () => new Date('2026-12-01T00:00:00Z');

/** One measurement in this (fresh) process; prints one JSON line. */
async function measure(kind: string, folder: string): Promise<void> {
  const t0 = performance.now();
  const result: Record<string, number> = {};
  if (kind === 'open') {
    const store = HistoryStore.open(folder, { retention, now }, pageSize);
    const page = store.newest(pageSize);
    result.newestPageMs = performance.now() - t0;
    if (page.length !== pageSize) throw new Error('the newest page is short');
    await store.ready;
    result.indexReadyMs = performance.now() - t0;
    result.rssMb = process.memoryUsage().rss / 1e6;
    const times: number[] = [];
    for (const term of searchTerms) {
      const s0 = performance.now();
      await store.list({ query: term }, 0, pageSize);
      times.push(performance.now() - s0);
    }
    result.searchMs = median(times);
    await store.close();
  } else if (kind === 'naive') {
    const entries = naiveLoad(folder);
    entries.sort((a, b) => b.at.localeCompare(a.at));
    if (entries.slice(0, pageSize).length !== pageSize) throw new Error('short');
    result.newestPageMs = performance.now() - t0;
    result.rssMb = process.memoryUsage().rss / 1e6;
    const times: number[] = [];
    for (const term of searchTerms) {
      const s0 = performance.now();
      // Without an index, a search reads and parses the file again.
      naiveLoad(folder).filter((entry) =>
        [entry.caller, entry.callee, ...entry.searchable].join('\n').includes(term),
      );
      times.push(performance.now() - s0);
    }
    result.searchMs = median(times);
  } else if (kind === 'append') {
    const store = HistoryStore.open(folder, { retention, now }, pageSize);
    await store.ready;
    const times: number[] = [];
    for (let n = 0; n < 500; n += 1) {
      const a0 = performance.now();
      store.begin(attemptFor(1_000_000 + n));
      times.push(performance.now() - a0);
    }
    result.appendP50Ms = percentile(times, 0.5);
    result.appendP99Ms = percentile(times, 0.99);
    await store.close();
  } else if (kind === 'append-naive') {
    // Open, append, flush and close for every entry.
    const times: number[] = [];
    for (let n = 0; n < 500; n += 1) {
      const a0 = performance.now();
      const fd = openSync(join(folder, 'history.jsonl'), 'a');
      writeSync(
        fd,
        `${JSON.stringify({ k: 'b', id: `naive-${n}`, at: now().toISOString(), ...attemptFor(n) })}\n`,
      );
      fsyncSync(fd);
      closeSync(fd);
      times.push(performance.now() - a0);
    }
    result.appendP50Ms = percentile(times, 0.5);
    result.appendP99Ms = percentile(times, 0.99);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function median(list: number[]): number {
  return percentile(list, 0.5);
}

function percentile(list: number[], fraction: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

function runFresh(kind: string, folder: string): Record<string, number> {
  const child = spawnSync(process.execPath, [process.argv[1] ?? '', '--measure', kind, '--folder', folder], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

async function main(): Promise<void> {
  if (values.measure) {
    await measure(values.measure, values.folder ?? '');
    return;
  }
  const count = Number(values.entries);
  const runs = Number(values.runs);
  const folder = mkdtempSync(join(tmpdir(), 'history-bench-'));
  try {
    const b0 = performance.now();
    buildLog(folder, count);
    const size = statSync(join(folder, 'history.jsonl')).size;
    console.log(
      `${count.toLocaleString('en')} entries, ${(size / 1e6).toFixed(1)} MB log, built in ${((performance.now() - b0) / 1000).toFixed(1)} s; ${runs} runs each, medians.\n`,
    );
    const collect = (kind: string, fresh: () => string) => {
      const results = Array.from({ length: runs }, () => runFresh(kind, fresh()));
      const keys = Object.keys(results[0] ?? {});
      return Object.fromEntries(
        keys.map((key) => [key, median(results.map((result) => result[key] ?? NaN))]),
      );
    };
    const history = collect('open', () => folder);
    const naive = collect('naive', () => folder);
    // Appends go to copies, so every run starts from the same 100,000-entry log.
    const copy = () => {
      const target = mkdtempSync(join(tmpdir(), 'history-bench-copy-'));
      writeFileSync(join(target, 'history.jsonl'), readFileSync(join(folder, 'history.jsonl')));
      return target;
    };
    const appends = collect('append', copy);
    const naiveAppends = collect('append-naive', copy);
    const ms = (value: number | undefined) =>
      value === undefined ? '—' : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
    const rows = [
      ['Newest 100 entries ready after opening', ms(history.newestPageMs), ms(naive.newestPageMs), '< 50 ms'],
      ['Full index ready (search and filters)', ms(history.indexReadyMs), '(same as above)', ''],
      [
        `Search over ${count.toLocaleString('en')} entries`,
        ms(history.searchMs),
        ms(naive.searchMs),
        '< 100 ms',
      ],
      ['Append with flush, p50', ms(appends.appendP50Ms), ms(naiveAppends.appendP50Ms), ''],
      ['Append with flush, p99', ms(appends.appendP99Ms), ms(naiveAppends.appendP99Ms), '< 5 ms'],
      [
        'Resident memory after opening',
        `${history.rssMb?.toFixed(0)} MB`,
        `${naive.rssMb?.toFixed(0)} MB`,
        '',
      ],
    ];
    console.log('| Measure | History store | Naive baseline | Target |');
    console.log('| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
