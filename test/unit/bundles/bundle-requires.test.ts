// What each built bundle loads at run time. An installed app has no node_modules beside it,
// and a sandboxed preload can load only `electron`: anything else fails there, and only there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builtFile, root } from '../../support/booted-main';

/**
 * Every module a file asks for, found by parsing it (so code that merely
 * mentions `require("…")` in a string does not count): `require(…)` and
 * `import(…)` calls, and `require` used any other way, which could load anything.
 */
function requests(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node, parent: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (
        (ts.isIdentifier(callee) && callee.text === 'require') ||
        callee.kind === ts.SyntaxKind.ImportKeyword
      ) {
        const [specifier] = node.arguments;
        found.push(
          specifier && ts.isStringLiteralLike(specifier)
            ? specifier.text
            : `a computed module name at ${where(source, node)}`,
        );
        node.arguments.forEach((argument) => visit(argument, node));
        return;
      }
    }
    if (ts.isIdentifier(node) && node.text === 'require' && !isPropertyName(node, parent)) {
      found.push(`require used indirectly at ${where(source, node)}`);
    }
    ts.forEachChild(node, (child) => visit(child, node));
  };
  visit(source, source);
  return found;
}

function where(source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${relative(root, source.fileName)}:${line + 1}`;
}

/** `something.require` or `{ require: … }` names a property, not Node's function. */
function isPropertyName(node: ts.Identifier, parent: ts.Node): boolean {
  return (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
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
});
