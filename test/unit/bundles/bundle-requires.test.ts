// What each built bundle loads at run time. An installed app has no node_modules beside it:
// anything else fails there, and only there. The preload is checked with what is packed.
import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFile, root } from '../../support/booted-main';
import { bundleRequests } from '../../support/bundle-requests';

const nodeBuiltin = (request: string) => request.startsWith('node:') && isBuiltin(request);

describe('what the built bundles load', () => {
  it('main loads only electron and node: built-ins', () => {
    const folder = dirname(builtFile('dist/main/main.cjs'));
    const loaded = bundleRequests(folder, 'leave out');
    expect(loaded).toContain('electron');
    expect(loaded.filter((request) => request !== 'electron' && !nodeBuiltin(request))).toEqual([]);
  });

  // The command line runs in plain Node, where `electron` is not there to load.
  it('the command line loads only node: built-ins', () => {
    const folder = dirname(builtFile('dist/cli/cli.cjs'));
    const loaded = bundleRequests(folder, 'leave out');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((request) => !nodeBuiltin(request))).toEqual([]);
  });

  // Everything else it needs is bundled in; importing zod once grew it from under 1 kB to 132 kB.
  it('the preload bundles only itself and the contract, no zod', () => {
    const map = builtFile('dist/preload/preload.cjs.map');
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    const bundled = sources.map((source) =>
      relative(root, resolve(dirname(map), source))
        .split(sep)
        .join('/'),
    );
    expect(bundled).toContain('electron/preload.ts');
    expect(
      bundled.filter((file) => file !== 'electron/preload.ts' && !file.startsWith('electron/contract/')),
    ).toEqual([]);
  });
});
