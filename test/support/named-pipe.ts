import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { onTestFinished } from 'vitest';

/**
 * Watches the pipe from another process: whenever a reader waits on it (a
 * write-only open that does not wait succeeds only then), it notes so in the
 * marker file and hands the reader `content`, which ends that wait. It stops
 * once the path is gone or holds something else.
 */
const watcher = `
const fs = require('node:fs');
const [pipe, marker, content] = process.argv.slice(1);
const tick = () => {
  let fd;
  try {
    fd = fs.openSync(pipe, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    if (error.code === 'ENXIO') setTimeout(tick, 20);
    return;
  }
  if (!fs.fstatSync(fd).isFIFO()) return fs.closeSync(fd);
  fs.appendFileSync(marker, 'waited\\n');
  try {
    fs.writeSync(fd, content);
  } catch {}
  fs.closeSync(fd);
  setTimeout(tick, 20);
};
tick();
`;

/**
 * Makes a named pipe at `path` that nothing writes to, as a file a person
 * left there would be. Says whether anything waited on it; one that did is
 * given `content`, so a test of code that waits ends rather than hangs.
 */
export function namedPipe(path: string, content: string): { waitedOn: () => boolean } {
  execFileSync('mkfifo', [path]);
  const marker = `${path}.waited-on`;
  const child = spawn(process.execPath, ['-e', watcher, path, marker, content], { stdio: 'ignore' });
  onTestFinished(() => void child.kill('SIGKILL'));
  return { waitedOn: () => existsSync(marker) };
}
