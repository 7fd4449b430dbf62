// What each built bundle loads at run time. An installed app has no node_modules beside it,
// and a sandboxed preload can load only `electron`: anything else fails there, and only there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync, Visitor, type ESTree } from 'vite';
import { describe, expect, it } from 'vitest';
import { builtFile, root } from '../../support/booted-main';

/**
 * Every module a file asks for, found by parsing it (so code that merely
 * mentions `require("…")` in a string does not count): `require(…)` and
 * `import(…)` calls, and `require` used any other way, which could load anything.
 */
function requests(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, text, { sourceType: 'script', lang: 'js' });
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const where = (node: { start: number }) =>
    `${relative(root, file)}:${text.slice(0, node.start).split('\n').length}`;
  const named = (node: ESTree.Expression) =>
    node.type === 'Literal' && typeof node.value === 'string'
      ? node.value
      : `a computed name at ${where(node)}`;
  const found: string[] = [];
  // Identifiers that are not a use of Node's `require`: the callee just counted, or a property's name.
  const accounted = new Set<ESTree.Node>();
  new Visitor({
    CallExpression: (node) => {
      if (node.callee.type !== 'Identifier' || node.callee.name !== 'require') return;
      accounted.add(node.callee);
      const [specifier] = node.arguments;
      found.push(
        specifier && specifier.type !== 'SpreadElement' ? named(specifier) : `nothing at ${where(node)}`,
      );
    },
    ImportExpression: (node) => void found.push(named(node.source)),
    MemberExpression: (node) => void (node.computed || accounted.add(node.property)),
    Property: (node) => void (node.computed || node.shorthand || accounted.add(node.key)),
    Identifier: (node) => {
      if (node.name === 'require' && !accounted.has(node))
        found.push(`require used indirectly at ${where(node)}`);
    },
  }).visit(program);
  return found;
}

/** What the scripts of a bundle folder load; with `ownFiles`, the folder's own scripts are left out. */
function bundleRequests(folder: string, ownFiles: 'leave out' | 'list'): string[] {
  const scripts = readdirSync(folder)
    .filter((name) => /\.(c|m)?js$/.test(name))
    .map((name) => join(folder, name));
  return scripts.flatMap((script) =>
    requests(script).filter((request) => {
      const target = resolve(dirname(script), request);
      const own = request.startsWith('.') && target.startsWith(folder + sep) && existsSync(target);
      return ownFiles === 'list' || !own;
    }),
  );
}

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

  // Sandboxed, it cannot even load a file of its own.
  it('the preload loads only electron', () => {
    const folder = dirname(builtFile('dist/preload/preload.cjs'));
    expect(bundleRequests(folder, 'list')).toEqual(['electron']);
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
