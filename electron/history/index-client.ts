import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  FromIndex,
  IndexCalls,
  IndexMethod,
  IndexStats,
  IndexWorkerData,
  ToIndex,
} from './index-protocol';

/** The built worker's file name, beside the bundle that starts it (`dist/main/main.cjs`). */
export const workerFileName = 'history-worker.cjs';

/**
 * Inside a packaged app the thread's file sits unpacked beside the archive,
 * where a thread can load it.
 */
export function unpackedPath(file: string): string {
  return file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/**
 * Where the index thread's file is when the caller does not say: named by
 * CALLBACK_DESK_HISTORY_WORKER (the tests build it), else beside this bundle
 * or in `dist/main` beside another bundle (the benchmark's). The app itself
 * always names the file it ships, so no setting can choose what it runs.
 */
export function historyWorkerFile(): string {
  const named = process.env.CALLBACK_DESK_HISTORY_WORKER;
  if (named) return named;
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const candidate of [join(here, workerFileName), join(here, '..', 'main', workerFileName)]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`The history index (${workerFileName}) was not found: run "npm run build" first.`);
}

/** The main thread's side of the index thread: lines go one way, questions are answered by promise. */
export class IndexClient {
  readonly ready: Promise<void>;
  stats: IndexStats = { entries: 0, corruptLines: 0, deadBytes: 0 };
  private readonly worker: Worker;
  private readonly calls = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  private nextCall = 1;
  private failure: Error | null = null;

  constructor(data: IndexWorkerData, file = historyWorkerFile()) {
    // The thread takes none of the process's own flags (a --require, an --inspect): it runs only its file.
    this.worker = new Worker(file, {
      workerData: data,
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    // An open history must never keep a finished process alive.
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromIndex) => {
        if (message.type === 'ready') {
          this.stats = message.stats;
          resolve();
        } else if (message.type === 'reply') {
          this.stats = message.stats;
          this.calls.get(message.call)?.resolve(message.value);
          this.calls.delete(message.call);
        } else if (message.call === null) {
          this.fail(new Error(message.message));
          reject(this.failure);
        } else {
          this.calls.get(message.call)?.reject(new Error(message.message));
          this.calls.delete(message.call);
        }
      });
      this.worker.on('error', (error) => {
        this.fail(error);
        reject(error);
      });
      this.worker.on('exit', () => {
        this.fail(new Error('The history index stopped.'));
        reject(this.failure);
      });
    });
  }

  line(text: string, offset: number, length: number): void {
    this.post({ type: 'line', text, offset, length });
  }

  async call<M extends IndexMethod>(method: M, args: IndexCalls[M]['args']): Promise<IndexCalls[M]['value']> {
    await this.ready;
    if (this.failure) throw this.failure;
    const call = this.nextCall;
    this.nextCall += 1;
    const answer = new Promise<unknown>((resolve, reject) => this.calls.set(call, { resolve, reject }));
    this.post({ type: 'call', call, method, args } as ToIndex);
    return (await answer) as IndexCalls[M]['value'];
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private post(message: ToIndex): void {
    if (!this.failure) this.worker.postMessage(message);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.calls.values()) reject(this.failure);
    this.calls.clear();
  }
}
