#!/usr/bin/env node
// Runs the built command line; `npm run build` makes it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'cli', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('callback-desk is not built yet: run "npm run build" in its folder first.\n');
  process.exitCode = 2;
} else {
  require(cli);
}
