import { runCli } from './cli/run';
import { nodeTransport } from './ringostat/node-transport';

const stopRequested = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

runCli(process.argv.slice(2), {
  env: process.env,
  io: {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  transport: nodeTransport,
  stopRequested,
}).then((code) => {
  // Not process.exit(): on some platforms piped output is written asynchronously and would be cut off.
  process.exitCode = code;
});
