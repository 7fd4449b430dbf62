import english from './contract/i18n/en.json?messages';
import { addCatalogue } from './contract/i18n/translate';
import { runCli } from './cli/run';
import { listenForStops } from './cli/stop-requests';
import { nodeTransport } from './ringostat/node-transport';

// The command line prints English only, so scripts can rely on its words.
addCatalogue('en', english);

runCli(process.argv.slice(2), {
  env: process.env,
  io: {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  transport: nodeTransport,
  stops: listenForStops(process),
}).then((code) => {
  // Not process.exit(): on some platforms piped output is written asynchronously and would be cut off.
  process.exitCode = code;
});
