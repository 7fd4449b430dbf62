// What electron-builder would pack, found with its own code: the configuration as it loads it, the
// file patterns as it completes them (package.json added, its default exclusions), the walk it makes
// over the project, and the fuse settings it would write into the binary. Running it for real needs
// the Electron download, which cannot be had here; none of the parts used here downloads anything.
import type { Configuration } from 'electron-builder';
import { statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

type Filter = (file: string, stat: Stats) => boolean;
interface FileMatcher {
  readonly from: string;
  createFilter(): Filter;
}
type PlatformName = 'linux' | 'win' | 'mac';

// These parts are electron-builder's own but not in its typed surface: loaded as CommonJS, typed here.
const load = createRequire(import.meta.url);
// Its modules import each other in a cycle that only resolves when the package is entered at the top.
load('app-builder-lib');
const { getConfig, computeDefaultAppDirectory } = load('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: null, options: null): Promise<Configuration>;
  computeDefaultAppDirectory(projectDir: string, appDir: string | undefined): Promise<string>;
};
const { getMainFileMatchers, getFileMatchers } = load('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers(...args: unknown[]): FileMatcher[];
  getFileMatchers(...args: unknown[]): FileMatcher[] | null;
};
const { AppFileWalker } = load('app-builder-lib/out/util/AppFileWalker') as {
  AppFileWalker: new (matcher: FileMatcher, packager: object) => { filter: Filter };
};
const { PlatformPackager } = load('app-builder-lib/out/platformPackager') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const { walk } = load('builder-util') as {
  walk(folder: string, filter: Filter, consumer: object): Promise<string[]>;
};
const { FuseV1Options } = load('@electron/fuses') as { FuseV1Options: Record<number, string> };

export interface Packing {
  /** The configuration as electron-builder reads it (electron-builder.yml, or package.json's `build`). */
  config: Configuration;
  /** Every file the app's archive would hold, relative to the project. */
  files: string[];
  /** Those of them kept beside the archive, unpacked. */
  unpacked: string[];
  /** The fuses electron-builder would set in the Electron binary, by name. */
  fuses: Record<string, boolean>;
}

/** What packaging for `platform` would put in the app, from the project as it is on disk now. */
export async function packing(root: string, platform: PlatformName): Promise<Packing> {
  const config = await getConfig(root, null, null);
  const appDir = await computeDefaultAppDirectory(root, config.directories?.app ?? undefined);
  const outDir = resolve(root, config.directories?.output ?? 'dist');
  const platformOptions = config[platform] ?? {};
  const info = {
    projectDir: root,
    appDir,
    config,
    buildResourcesDir: resolve(root, config.directories?.buildResources ?? 'build'),
    isPrepackedAppAsar: false,
    areNodeModulesHandledExternally: false,
    debugLogger: { isEnabled: false },
  };
  // No pattern here uses ${arch} or ${os}, so none needs expanding.
  const expand = (pattern: string) => pattern;
  const destination = resolve(outDir, 'app');
  const files: string[] = [];
  for (const matcher of getMainFileMatchers(
    appDir,
    destination,
    expand,
    platformOptions,
    { info },
    outDir,
    false,
  )) {
    const walker = new AppFileWalker(matcher, info);
    files.push(...(await walk(matcher.from, walker.filter, walker)));
  }
  const [unpack] =
    getFileMatchers(config, 'asarUnpack', destination, {
      macroExpander: expand,
      customBuildOptions: platformOptions,
      globalOutDir: outDir,
      defaultSrc: appDir,
    }) ?? [];
  const unpacked = unpack ? files.filter((file) => unpack.createFilter()(file, statSync(file))) : [];
  const wires = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses ?? {});
  const fuses = Object.fromEntries(
    Object.entries(wires)
      .filter(([wire]) => /^\d+$/.test(wire))
      .map(([wire, value]) => [FuseV1Options[Number(wire)] ?? `fuse ${wire}`, value === true]),
  );
  const fromRoot = (file: string) => relative(root, file).split('\\').join('/');
  return { config, files: files.map(fromRoot).sort(), unpacked: unpacked.map(fromRoot).sort(), fuses };
}
