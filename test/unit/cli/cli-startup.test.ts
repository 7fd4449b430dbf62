import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import whole from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import type { MetadataJson } from 'libphonenumber-js/core';
import { afterAll, describe, expect, it } from 'vitest';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
import { splitPhoneMetadata } from '../../../electron/ringostat/phone-metadata';
import { cliPath } from '../../support/run-cli';

/*
 * What a run of the built command line loads: each command brings only its
 * own code. Read from the run itself, with a hook that notes every file
 * compiled and every stretch of the phone plans' file read.
 */

const folder = dirname(cliPath);
const recorder = resolve(import.meta.dirname, '../../support/cli-load-recorder.cjs');
const scratch = mkdtempSync(join(tmpdir(), 'cli-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface LoadRecord {
  code: number | null;
  stdout: string;
  /** The command line's own files compiled, by name. */
  chunks: string[];
  /** [offset, length] of each phone plan read. */
  planReads: [number, number][];
  /** Kept code read and written, by file. */
  cacheReads: string[];
  cacheWrites: string[];
}

let runs = 0;
function recordedRun(args: string[], env: Record<string, string> = {}): Promise<LoadRecord> {
  const record = join(scratch, `run-${(runs += 1)}.json`);
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ['--require', recorder, cliPath, ...args], {
      env: { PATH: process.env.PATH ?? '', CLI_LOAD_RECORD: record, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const { compiled, ...rest } = JSON.parse(readFileSync(record, 'utf8')) as Omit<
        LoadRecord,
        'code' | 'stdout' | 'chunks'
      > & { compiled: string[] };
      const chunks = compiled.filter((file) => dirname(file) === folder).map((file) => basename(file));
      done({ code, stdout, chunks, ...rest });
    });
  });
}

/** The modules bundled into a chunk, as its source map names them (the bundler's own runtime has none). */
function sourcesOf(chunk: string): string[] {
  const map = join(folder, `${chunk}.map`);
  return existsSync(map) ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources : [];
}

/** A file's text with its \u escapes read back: the bundle is ASCII. */
const readBack = (file: string) =>
  readFileSync(file, 'utf8').replace(/\\u([0-9a-f]{4})/gi, (_, code: string) =>
    String.fromCharCode(parseInt(code, 16)),
  );

const bundles = (chunks: string[], what: RegExp) =>
  chunks.filter((chunk) => sourcesOf(chunk).some((source) => what.test(source)));
/** A chunk holds the English catalogue when it holds a message of it, which nothing else says. */
const holdsEnglish = (chunks: string[]) =>
  chunks.filter((chunk) =>
    readFileSync(join(folder, chunk), 'utf8').includes('Ringostat accepted the callback (HTTP'),
  );

const { index } = splitPhoneMetadata(whole as unknown as MetadataJson);

describe('what the built command line loads', () => {
  it('ships no Ukrainian: no file of it holds a message of the Ukrainian catalogue', () => {
    expect(existsSync(cliPath), 'run "npm run build" first').toBe(true);
    const texts = readdirSync(folder)
      .filter((name) => name.endsWith('.cjs') || name.endsWith('.json'))
      .map((name) => readBack(join(folder, name)));
    // Each message's longest stretch of plain words, as the compiled catalogue would hold it; names
    // that read the same in English are English too.
    const english = Object.values(en).join('\n');
    const phrases = Object.values(uk)
      .map((message) => message.split(/[{}#]/).sort((a, b) => b.length - a.length)[0] ?? '')
      .filter((phrase) => phrase.length > 12 && !english.includes(phrase));
    expect(phrases.length).toBeGreaterThan(400);
    const found = phrases.filter((phrase) => texts.some((text) => text.includes(phrase)));
    expect(found).toEqual([]);
    expect(texts.some((text) => text.includes('Ringostat accepted the callback (HTTP'))).toBe(true);
  });

  it('--help loads its own text: no zod, no catalogue, no phone plan, no command', async () => {
    const run = await recordedRun(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('callback-desk extended');
    expect(run.chunks).toContain('help.cjs');
    expect(bundles(run.chunks, /node_modules\/(zod|libphonenumber-js)\//)).toEqual([]);
    expect(holdsEnglish(run.chunks)).toEqual([]);
    expect(run.chunks.filter((chunk) => /command/.test(chunk))).toEqual([]);
    expect(run.planReads).toEqual([]);
  });

  it('a dry run with a SIP login and a scheme id reads no phone plan and loads no zod', async () => {
    const run = await recordedRun(
      ['extended', '--dry-run', '--caller', 'sandbox_anna', '--callee', '101', '--callee-type', 'scheme'],
      { RINGOSTAT_AUTH_KEY: 'startup-test-key-0123', RINGOSTAT_PROJECT_ID: '11111' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was sent.');
    expect(bundles(run.chunks, /node_modules\/zod\//)).toEqual([]);
    expect(run.planReads).toEqual([]);
  });

  it('a dry run with a Ukrainian number reads the Ukrainian plan alone, and no zod', async () => {
    const run = await recordedRun(
      ['simple', '--dry-run', '--extension', '0441112233', '--destination', 'sandbox_anna'],
      { RINGOSTAT_AUTH_KEY: 'startup-test-key-0123' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('destination=sandbox_anna');
    expect(bundles(run.chunks, /node_modules\/zod\//)).toEqual([]);
    expect(run.planReads).toEqual([index.countries.UA]);
  });

  it('batch, which reads templates with zod, loads it', async () => {
    const template = join(scratch, 'template.json');
    const values = join(scratch, 'values.txt');
    writeFileSync(template, JSON.stringify({ method: 'extended', caller: '0671112233', callee: '' }));
    writeFileSync(values, 'sandbox_anna\n');
    const run = await recordedRun([
      'batch',
      '--template',
      template,
      '--values',
      values,
      '--sandbox',
      '--gap',
      '1',
    ]);
    expect(run.code).toBe(0);
    expect(bundles(run.chunks, /node_modules\/zod\//).length).toBeGreaterThan(0);
  });
});

describe('the code kept between runs', () => {
  const callback = ['extended', '--dry-run', '--caller', 'sandbox_anna', '--callee', 'sip_b'];
  const callbackEnv = { RINGOSTAT_AUTH_KEY: 'startup-test-key-0123', RINGOSTAT_PROJECT_ID: '11111' };

  it('is kept in the user’s cache folder by the first run, and only read by the next', async () => {
    const cache = join(scratch, 'cache');
    const env = { ...callbackEnv, XDG_CACHE_HOME: cache, HOME: scratch };
    const first = await recordedRun(callback, env);
    expect(first.code).toBe(0);
    const kept = (run: LoadRecord) => run.cacheWrites.map((file) => basename(file).split('.')[0]);
    expect(kept(first)).toContain('callback-command');
    const next = await recordedRun(callback, env);
    expect(next.stdout).toBe(first.stdout.replace(/"id":\d+/, next.stdout.match(/"id":\d+/)?.[0] ?? ''));
    expect(next.cacheWrites).toEqual([]);
    expect(next.cacheReads.map((file) => basename(file).split('.')[0])).toContain('callback-command');
    expect(readdirSync(join(cache, 'callback-desk', 'code-cache'))).toHaveLength(1);
  });

  it('where the folder cannot be made, the command runs all the same and says nothing of it', async () => {
    const notAFolder = join(scratch, 'a-file');
    writeFileSync(notAFolder, '');
    const run = await recordedRun(callback, { ...callbackEnv, XDG_CACHE_HOME: notAFolder, HOME: notAFolder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was sent.');
    expect(run.cacheWrites).toEqual([]);
  });
});
