import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/*
 * V8's compiled code of the command line's own files, kept between runs.
 * Node's compile cache (module.enableCompileCache) was tried first: it keeps
 * what V8 compiles when it first reads a file, the top level, and a
 * function is compiled only when first called, so every run parsed and
 * compiled again the 400-odd functions a callback calls (a third of what
 * `extended` did beyond a plain node:http script). This cache is taken
 * after the run, so it holds every function the run called.
 */

/** The user's cache folder, as each system names it. */
function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  const version = `${process.version}-${process.arch}`;
  if (platform === 'win32' && env.LOCALAPPDATA)
    return join(env.LOCALAPPDATA, 'callback-desk', 'code-cache', version);
  // HOME where it is set, as it is in a shell: os.homedir() would load a module to say the same.
  const home = env.HOME || process.getBuiltinModule('node:os').homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'callback-desk', 'code-cache', version);
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'callback-desk', 'code-cache', version);
}

/** What Node calls to run a CommonJS file's text, on a module; not in Node's published types. */
interface CompilingModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

/**
 * Runs the files of `bundleFolder` from compiled code kept in the user's
 * cache folder, and keeps it there after a run that found none (the first
 * after an install or a build). NODE_DISABLE_COMPILE_CACHE turns it off, as
 * for Node's own. Where the folder cannot be made or written, or anything
 * of this fails, the files run as they would have, only compiled anew, and
 * nothing is said: the cache only saves time.
 */
export function startCodeCache(bundleFolder: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE) return;
  let folder: string;
  try {
    folder = cacheFolder(env, process.platform);
  } catch {
    return;
  }
  const prototype = Module.prototype as unknown as CompilingModule;
  const compile = prototype._compile;
  const toKeep: { script: Script; name: string; file: string }[] = [];
  prototype._compile = function (this: CompilingModule, content: string, filename: string) {
    if (dirname(filename) !== bundleFolder) return compile.call(this, content, filename);
    let script: Script;
    try {
      // A file's cache is known by its size and time: a new build is a new file.
      const { size, mtimeMs } = statSync(filename);
      const name = basename(filename);
      const file = join(folder, `${name}.${size}.${Math.round(mtimeMs)}`);
      let cachedData: Buffer | undefined;
      try {
        cachedData = readFileSync(file);
      } catch {
        cachedData = undefined;
      }
      script = new Script(Module.wrap(content), { filename, cachedData });
      if (cachedData === undefined || script.cachedDataRejected === true) toKeep.push({ script, name, file });
    } catch {
      return compile.call(this, content, filename);
    }
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    // The bundle's chunks only ever call require(id) itself.
    const require = (id: string) => this.require(id);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', () => keep(folder, toKeep));
}

/** Writes each new cache whole (beside, then renamed), and drops the ones of earlier builds. */
function keep(folder: string, scripts: { script: Script; name: string; file: string }[]): void {
  // Made only when there is something to keep: a run that found every cache does not touch the disk.
  if (scripts.length === 0) return;
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    return;
  }
  for (const { script, name, file } of scripts) {
    try {
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, file);
      for (const old of readdirSync(folder))
        if (old.startsWith(`${name}.`) && join(folder, old) !== file && !old.endsWith('.partial'))
          unlinkSync(join(folder, old));
    } catch {
      // Another run may have written or dropped it meanwhile: the next run finds its own way.
    }
  }
}
