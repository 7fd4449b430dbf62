import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

/**
 * Where the compiled code is kept between runs: the user's cache folder, as
 * each system names it. NODE_COMPILE_CACHE names another, and
 * NODE_DISABLE_COMPILE_CACHE turns it off, as for any Node program.
 */
function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  if (env.NODE_COMPILE_CACHE) return undefined;
  if (platform === 'win32' && env.LOCALAPPDATA)
    return join(env.LOCALAPPDATA, 'callback-desk', 'compile-cache');
  // HOME where it is set, as it is in a shell: os.homedir() would load a module for what the environment says.
  const home = env.HOME || process.getBuiltinModule('node:os').homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'callback-desk', 'compile-cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'callback-desk', 'compile-cache');
}

/**
 * Keeps V8's compiled code of the command line's files between runs, so a
 * run after the first starts without compiling them again. Where the
 * folder cannot be made or written (a read-only home, an older Node), the
 * command runs as it would have, only without the cache, and says nothing.
 */
export function startCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  try {
    enableCompileCache?.(cacheFolder(env, process.platform));
  } catch {
    // Nothing to tell: the cache only saves time.
  }
}
