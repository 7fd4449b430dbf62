import { fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { channelOf, type DeskMethod } from '../../electron/contract/desk-methods';
import {
  stubSettingsVariable,
  type ExitReport,
  type FromChild,
  type Records,
  type SenderKind,
  type StubSettings,
  type ToChild,
} from './electron-boot-protocol';

export const root = resolve(import.meta.dirname, '../..');

/**
 * A file of the built app, checked to exist and to be newer than every
 * source file, so a test never passes or fails on an old build.
 */
export function builtFile(path: string): string {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  const built = statSync(file).mtimeMs;
  const newer = sourceFiles(join(root, 'electron')).find((source) => statSync(source).mtimeMs > built);
  if (newer) throw new Error(`${path} is older than ${relative(root, newer)}: run "npm run build" again.`);
  return file;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

/** Bundles the stand-in's loader for a child process, as plain CommonJS Node can `--require`. */
export async function buildBootChild(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    ssr: { noExternal: true },
    build: {
      ssr: 'test/support/electron-boot-child.ts',
      outDir,
      target: 'node22',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'electron-boot-child.cjs' } },
    },
  });
  return join(outDir, 'electron-boot-child.cjs');
}

export interface Ended {
  /** The app went through its quit sequence, `will-quit` included. */
  quit: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  report: ExitReport | null;
}

export interface BootedMain {
  /** Everything the process has written to its standard output and error. */
  output(): string;
  /** Every reply main has given, in order. */
  replies: unknown[];
  /** Calls a contract method through the handler main registered, as `sender` would. */
  invoke(method: DeskMethod, payload?: unknown, sender?: SenderKind): Promise<unknown>;
  records(): Promise<Records>;
  failNextEncryption(): void;
  /** Closes the window as a person would; resolves when the process has ended (by itself, or killed after `ms`). */
  closeWindow(ms: number): Promise<Ended>;
  kill(): void;
}

/** Starts the built main process on the Electron stand-in, and resolves once its window's page has loaded. */
export async function bootMain(
  mainFile: string,
  childFile: string,
  settings: StubSettings,
  userData: string,
): Promise<BootedMain> {
  const child = fork(mainFile, [], {
    execArgv: ['--require', childFile],
    env: {
      ...process.env,
      CALLBACK_DESK_USER_DATA: userData,
      [stubSettingsVariable]: JSON.stringify(settings),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let output = '';
  let quit = false;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<Ended>((resolvePromise) =>
    child.on('exit', (code, signal) =>
      resolvePromise({
        quit,
        code,
        signal,
        report: existsSync(settings.exitReport)
          ? (JSON.parse(readFileSync(settings.exitReport, 'utf8')) as ExitReport)
          : null,
      }),
    ),
  );
  const waiting = new Map<number, (message: FromChild) => void>();
  let loaded: () => void = () => {};
  child.on('message', (message: FromChild) => {
    if (message.kind === 'loaded') loaded();
    if (message.kind === 'quit') quit = true;
    if ('id' in message) waiting.get(message.id)?.(message);
  });
  const send = (message: ToChild) => child.send(message);
  let nextId = 1;
  const ask = (message: (id: number) => ToChild): Promise<FromChild> => {
    const id = nextId++;
    return new Promise((resolvePromise, reject) => {
      waiting.set(id, resolvePromise);
      void ended.then(() => reject(new Error(`The main process ended before answering.\n${output}`)));
      send(message(id));
    });
  };
  const replies: unknown[] = [];

  await Promise.race([
    new Promise<void>((resolvePromise) => (loaded = resolvePromise)),
    ended.then((end) => {
      throw new Error(
        `The main process ended (${end.code ?? end.signal}) before its window loaded:\n${output}`,
      );
    }),
  ]);

  return {
    output: () => output,
    replies,
    invoke: async (method, payload, sender = 'app') => {
      const answer = await ask((id) => ({ kind: 'invoke', id, channel: channelOf(method), payload, sender }));
      if (answer.kind !== 'reply') throw new Error(`Expected a reply, got ${answer.kind}`);
      if ('thrown' in answer) throw new Error(`${method} threw in main: ${answer.thrown}`);
      replies.push(answer.value);
      return answer.value;
    },
    records: async () => {
      const answer = await ask((id) => ({ kind: 'records', id }));
      if (answer.kind !== 'records') throw new Error(`Expected records, got ${answer.kind}`);
      return answer.records;
    },
    failNextEncryption: () => send({ kind: 'fail-next-encryption' }),
    closeWindow: (ms) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      send({ kind: 'close-window' });
      return ended.finally(() => clearTimeout(timer));
    },
    kill: () => child.kill('SIGKILL'),
  };
}
