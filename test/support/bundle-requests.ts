// What a built bundle loads at run time, found by parsing it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSync, Visitor, type ESTree } from 'vite';
import { root } from './booted-main';

/**
 * Every module a file asks for, found by parsing it (so code that merely
 * mentions `require("…")` in a string does not count): `require(…)` and
 * `import(…)` calls, and `require` used any other way, which could load anything.
 */
export function requests(file: string): string[] {
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
export function bundleRequests(folder: string, ownFiles: 'leave out' | 'list'): string[] {
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
