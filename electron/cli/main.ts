import { writeSync } from 'node:fs';
import type { Transport } from '../ringostat/transport';
import { listenForStops } from './stop-requests';
import { runCli } from './run';

/** Node's transport, loaded with the first request: `--help` sends none. */
const transport: Transport = async (request, options) =>
  (await import('../ringostat/node-transport')).nodeTransport(request, options);

/**
 * Writes a line to standard output or error at once, with a plain write to
 * its file descriptor: making `process.stdout` a stream costs a pipe about
 * 10 ms, as long as all the rest of `--help`. Where the descriptor cannot
 * take it now (a full non-blocking pipe), that line and every later one go
 * through the stream, in order; a reader that has gone away gets nothing more.
 */
function lineWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let throughStream = false;
  let readerGone = false;
  return (text) => {
    const bytes = Buffer.from(`${text}\n`, 'utf8');
    if (readerGone) return;
    if (throughStream) {
      stream().write(bytes);
      return;
    }
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') readerGone = true;
      else {
        throughStream = true;
        stream().write(bytes.subarray(written));
      }
    }
  };
}

/** Runs the command line in this process, writing to its standard output and error. */
export function main(): void {
  void runCli(process.argv.slice(2), {
    env: process.env,
    io: {
      out: lineWriter(1, () => process.stdout),
      err: lineWriter(2, () => process.stderr),
    },
    transport,
    stops: listenForStops(process),
  }).then((code) => {
    // Not process.exit(): output that went through a stream may still be on its way.
    process.exitCode = code;
  });
}
