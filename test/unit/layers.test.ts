// The layers of the README's Development section, checked on the real source:
// no import cycles, every file in a layer that lint knows, and lint refusing a crossing.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = [...sourceFiles('electron'), ...sourceFiles('renderer')];

/** The project files a file imports, type-only imports and re-exports included. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .flatMap((name) => {
      const base = relative(root, resolve(root, dirname(file), name));
      const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) =>
        files.includes(path),
      );
      return found ? [found] : [];
    });
}

/** The cycles a depth-first walk meets (at least one wherever files import each other), file by file. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return found;
}

describe('the import graph', () => {
  it('has no cycles', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    // A sanity check that imports were found at all: the window's entry reaches the app.
    expect(graph.get('renderer/main.tsx')).toContain('renderer/app.tsx');
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('finds a cycle, printed file by file', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });
});

const core = [
  'ringostat',
  'history',
  'simulator',
  'profiles',
  'templates',
  'batch',
  'callbacks',
  'call-log',
  'files',
];
const shell = [
  'main',
  'ipc',
  'window',
  'menu',
  'menu-template',
  'adapters',
  'desk',
  'desk-handlers',
  'history-handlers',
  'batch-handlers',
  'preload',
  'renderer-files',
  'sender-check',
  'window-bounds',
];

/** The words that open each layer's lint message (eslint.config.js). */
const ruleWords = {
  contract: 'contract/ is the bottom layer',
  shared: 'shared/ runs in the window and in main',
  core: 'The core imports only',
  'command line': 'The command line uses',
  window: 'The window imports only',
} as const;

type Layer = keyof typeof ruleWords | 'shell';

function layerOf(file: string): Layer | null {
  const [top, folder = ''] = file.split('/');
  if (top === 'renderer') return 'window';
  if (folder === 'contract' || folder === 'shared') return folder;
  if (core.includes(folder)) return 'core';
  if (folder === 'cli' || folder === 'cli.ts') return 'command line';
  if (shell.includes(folder.replace(/\.ts$/, ''))) return 'shell';
  return null;
}

const eslint = new ESLint({ cwd: root });

describe('the layers in lint', () => {
  it('puts every source file in a layer whose lint rule covers it', async () => {
    const unplaced: string[] = [];
    for (const file of files) {
      const layer = layerOf(file);
      const config = (await eslint.calculateConfigForFile(join(root, file))) as {
        rules: Record<string, unknown>;
      };
      const setting = JSON.stringify(config.rules['no-restricted-imports'] ?? null);
      const covered =
        layer === 'shell'
          ? Object.values(ruleWords).every((words) => !setting.includes(words))
          : layer !== null && setting.includes(ruleWords[layer]);
      if (!covered) unplaced.push(`${file} (${layer ?? 'no layer'})`);
    }
    expect(unplaced).toEqual([]);
  }, 60_000);

  /** The import restrictions lint reports for a text as if it were the file at `path`. */
  async function restricted(path: string, text: string): Promise<string[]> {
    const [result] = await eslint.lintText(text, { filePath: join(root, path) });
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === 'no-restricted-imports')
      .map((message) => message.message);
  }

  it.each([
    [
      'the window reaching into the core',
      'renderer/components/probe.tsx',
      "import { parseParty } from '../../electron/ringostat/party';",
      ruleWords.window,
    ],
    [
      'the window reaching for Node',
      'renderer/probe.ts',
      "import { readFileSync } from 'node:fs';",
      'no Node',
    ],
    [
      'the core loading Electron',
      'electron/ringostat/probe.ts',
      "import { app } from 'electron';",
      'electron',
    ],
    [
      'the core reaching into the shell',
      'electron/profiles/probe.ts',
      "import type { SavedWindow } from '../window-bounds';",
      ruleWords.core,
    ],
    [
      'the contract reaching into the core',
      'electron/contract/probe.ts',
      "import type { HistoryEntry } from '../history/history-store';",
      ruleWords.contract,
    ],
    [
      'the command line reaching into the shell',
      'electron/cli/probe.ts',
      "import '../desk';",
      ruleWords['command line'],
    ],
    ['the preload loading zod', 'electron/preload.ts', "import { z } from 'zod';", 'zod'],
  ])(
    'refuses %s',
    async (_crossing, path, text, words) => {
      const messages = await restricted(path, `${text}\nexport {};\n`);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(words);
    },
    60_000,
  );

  it('lets each layer import what lies below it', async () => {
    const allowed: [string, string][] = [
      [
        'renderer/components/probe.tsx',
        "import '../../electron/contract/result';\nimport '../../electron/shared/curl';",
      ],
      ['electron/shared/probe.ts', "import '../contract/limits';\nimport './redact';"],
      [
        'electron/batch/probe.ts',
        "import '../history/masking';\nimport '../shared/redact';\nimport 'node:fs';",
      ],
      ['electron/cli/probe.ts', "import '../ringostat/party';\nimport './output';"],
      ['electron/desk.ts', "import './ringostat/client';\nimport './history/history-store';"],
      ['electron/preload.ts', "import type { DeskRequests } from './contract/schemas';\nimport 'electron';"],
    ];
    for (const [path, text] of allowed)
      expect(await restricted(path, `${text}\nexport {};\n`), path).toEqual([]);
  }, 60_000);
});
