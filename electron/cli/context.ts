import type { Transport } from '../ringostat/transport';
import type { StopRequests } from './stop-requests';

/** Where the command line writes: results to `out`, everything else to `err`. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  env: NodeJS.ProcessEnv;
  io: CliIo;
  transport: Transport;
  /** Ctrl+C and SIGTERM: a long-running command stops, and an answer in flight is still awaited. */
  stops: StopRequests;
}
