/**
 * How the request history behaves at 100,000 and 1,000,000 entries, beside
 * two naive baselines measured in the same run: one that reads and parses
 * the whole file for every search, one that keeps every summary in memory
 * as objects and filters them. Each figure is the median of several runs,
 * each in a fresh process; the generated files are deleted at the end.
 *
 *   npm run bench:history [-- --small] [-- --entries 300000 --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLog } from './history-data';
import { measure, median, type Figures } from './history-measure';

const { values } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    entries: { type: 'string' },
    runs: { type: 'string', default: '3' },
    measure: { type: 'string' },
    folder: { type: 'string' },
    count: { type: 'string' },
  },
});

function runFresh(kind: string, folder: string, entries: number): Figures {
  const child = spawnSync(
    process.execPath,
    [process.argv[1] ?? '', '--measure', kind, '--folder', folder, '--count', String(entries)],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`${kind} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Figures;
}

function medians(results: Figures[]): Figures {
  const keys = Object.keys(results[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(results.map((result) => result[key] ?? NaN))]));
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(0)} MB`);

async function benchSize(entries: number, runs: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'history-bench-'));
  const log = join(folder, 'history.jsonl');
  try {
    const built = performance.now();
    writeLog(log, entries);
    const size = statSync(log).size;
    console.log(
      `\n${entries.toLocaleString('en')} entries, ${(size / 1e6).toFixed(0)} MB log (${(size / entries).toFixed(0)} bytes an entry), written in ${((performance.now() - built) / 1000).toFixed(1)} s; ${runs} runs each, medians.\n`,
    );
    // The first opening finds no sidecar: it reads the whole log and writes one.
    const cold = runFresh('open', folder, entries);
    const sidecarMb = statSync(join(folder, 'history.index')).size / 1e6;
    const warm = medians(Array.from({ length: runs }, () => runFresh('open', folder, entries)));
    const appends = medians(Array.from({ length: runs }, () => runFresh('append', folder, entries)));
    const naiveMemory = runFresh('naive-memory', folder, entries);
    const runtime = runFresh('runtime', folder, entries);
    const naiveReread = runFresh('naive-reread', folder, entries);
    // Compaction rewrites the log: it runs on a copy, with the sidecar.
    const copy = mkdtempSync(join(tmpdir(), 'history-bench-copy-'));
    copyFileSync(log, join(copy, 'history.jsonl'));
    if (existsSync(join(folder, 'history.index')))
      copyFileSync(join(folder, 'history.index'), join(copy, 'history.index'));
    const compaction = runFresh('compact', copy, entries);
    rmSync(copy, { recursive: true, force: true });

    const rows = [
      ['Newest 100 entries ready after opening', ms(warm.newestMs), ms(naiveMemory.searchReadyMs), '< 50 ms'],
      ['Search works after opening', ms(warm.searchReadyMs), ms(naiveMemory.searchReadyMs), '< 1.5 s'],
      ['Search works after the first opening (no sidecar yet)', ms(cold.searchReadyMs), '', ''],
      [
        'One search (median of 4 terms)',
        ms(warm.searchMs),
        `${ms(naiveMemory.searchMs)} in memory, ${ms(naiveReread.searchMs)} re-reading`,
        '< 50 ms',
      ],
      ['Next page of search results, p99', ms(warm.pageP99Ms), '', '< 5 ms'],
      ['Any page of the unfiltered list, p99', ms(warm.unfilteredPageP99Ms), '', ''],
      ['Filter by outcome, profile and date', ms(warm.filterMs), '', ''],
      ['Longest main-thread stall: open, index, search, page', ms(warm.maxStallMs), '', '< 20 ms'],
      ['Longest main-thread stall: the first opening, whole log read', ms(cold.maxStallMs), '', '< 20 ms'],
      ['Longest stall of an idle process, same machine, same minutes', ms(warm.idleStallMs), '', ''],
      [
        'Longest main-thread stall: compaction to half',
        ms(compaction.compactionStallMs),
        `(took ${ms(compaction.compactionMs)})`,
        '< 20 ms',
      ],
      [
        'Resident memory after opening',
        mb(warm.rssMb),
        mb(naiveMemory.rssMb),
        entries >= 1_000_000 ? '< 200 MB' : '< 60 MB',
      ],
      [
        `Resident memory of Node ${process.versions.node} with one idle thread, nothing opened`,
        mb(runtime.rssMb),
        '',
        '',
      ],
      ['Append with flush, p50', ms(appends.appendP50Ms), '', ''],
      ['Append with flush, p99', ms(appends.appendP99Ms), '', '< 5 ms'],
      ['Sidecar index on disk', mb(sidecarMb), '', ''],
    ];
    console.log('| Measure | History store | Naive baseline | Target |');
    console.log('| --- | --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    const summary = {
      entries,
      newestMs: round(warm.newestMs),
      searchReadyMs: round(warm.searchReadyMs),
      searchMs: round(warm.searchMs),
      pageP99Ms: round(warm.pageP99Ms),
      maxStallMs: round(
        Math.max(warm.maxStallMs ?? 0, cold.maxStallMs ?? 0, compaction.compactionStallMs ?? 0),
      ),
      rssMb: round(warm.rssMb),
      appendP99Ms: round(appends.appendP99Ms),
    };
    console.log(`\n${JSON.stringify(summary)}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function round(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  if (values.measure === 'write') {
    // Only writes a log (for the panel's benchmark, or to look at one by hand).
    writeLog(join(values.folder ?? '', 'history.jsonl'), Number(values.count));
    return;
  }
  if (values.measure) {
    await measure(values.measure, values.folder ?? '', Number(values.count));
    return;
  }
  const sizes = values.entries
    ? values.entries.split(',').map(Number)
    : values.small
      ? [100_000]
      : [100_000, 1_000_000];
  for (const entries of sizes) await benchSize(entries, Number(values.runs));
}

void main();
