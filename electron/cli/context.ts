import type { Transport } from '../ringostat/transport';

/** Where the command line writes: results to `out`, everything else to `err`. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  env: NodeJS.ProcessEnv;
  io: CliIo;
  transport: Transport;
  /** Resolves when the person asks a long-running command to stop (Ctrl+C). */
  stopRequested: Promise<void>;
}
