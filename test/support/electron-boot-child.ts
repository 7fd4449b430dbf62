// Loaded with `--require` before the built main process: puts the Electron stand-in where the
// bundle's `require('electron')` finds it, and lets the test drive it over the process's IPC channel.
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import {
  stubSettingsVariable,
  type ExitReport,
  type FromChild,
  type StubSettings,
  type ToChild,
} from './electron-boot-protocol';
import { createElectronStub } from './electron-stub';

const settings = JSON.parse(process.env[stubSettingsVariable] ?? 'null') as StubSettings | null;
const main = process.argv[1];
if (!settings || !main || !process.send) {
  throw new Error(
    `Fork the built main.cjs with ${stubSettingsVariable} set, an IPC channel, and --require this file.`,
  );
}
const { exitReport, quitWithinMs } = settings;
let stillRunning: string[] | null = null;

const say = (message: FromChild, then?: () => void) => process.send?.(message, undefined, {}, then);

const onMessage = (message: ToChild) => void answer(message);
const stub = createElectronStub(settings, {
  onLoaded: () => say({ kind: 'loaded' }),
  onQuit: () =>
    // Electron would end the process now; here it must end by itself, once main has stopped what it started.
    say({ kind: 'quit' }, () => {
      process.off('message', onMessage);
      process.disconnect();
      // Never keeps the process alive itself; fires only if something main started still does.
      setTimeout(() => {
        stillRunning = process.getActiveResourcesInfo();
        process.exit(3);
      }, quitWithinMs).unref();
    }),
});

async function answer(message: ToChild): Promise<void> {
  switch (message.kind) {
    case 'invoke':
      try {
        say({
          kind: 'reply',
          id: message.id,
          value: await stub.invoke(message.channel, message.payload, message.sender),
        });
      } catch (error) {
        say({ kind: 'reply', id: message.id, thrown: String(error) });
      }
      return;
    case 'records':
      say({ kind: 'records', id: message.id, records: stub.records });
      return;
    case 'fail-next-encryption':
      stub.failNextEncryption();
      return;
    case 'close-window':
      stub.closeWindow();
      return;
  }
}
process.on('message', onMessage);

// What Electron's main process has that plain Node lacks.
Object.defineProperty(process, 'type', { value: 'browser' });
Object.defineProperty(process, 'resourcesPath', {
  value: join(settings.appPath, 'node_modules/electron/dist/resources'),
});

// The bundle resolves `electron` to the installed package; that path now holds the stand-in.
const bundleRequire = createRequire(resolve(main));
const electronPath = bundleRequire.resolve('electron');
const electronModule = new Module(electronPath);
electronModule.filename = electronPath;
electronModule.exports = stub.electron;
electronModule.loaded = true;
bundleRequire.cache[electronPath] = electronModule;

/** Files in the data folder this process still has open (Linux shows them under /proc). */
function openDataFiles(): string[] | null {
  const folder = process.env.CALLBACK_DESK_USER_DATA;
  if (process.platform !== 'linux' || !folder) return null;
  return readdirSync('/proc/self/fd')
    .flatMap((fd) => {
      try {
        return [readlinkSync(`/proc/self/fd/${fd}`)];
      } catch {
        return [];
      }
    })
    .filter((path) => path.startsWith(folder + sep));
}

process.on('exit', () => {
  const report: ExitReport = { openDataFiles: openDataFiles(), stillRunning };
  writeFileSync(exitReport, JSON.stringify(report));
});
