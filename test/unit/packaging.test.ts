// The installers are made from dist/ as `npm run build` leaves it. Packaging itself downloads
// Electron, which cannot be had here, so what it would pack is worked out with electron-builder's
// own configuration loader and file matcher over the built tree, and the built files are read.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../electron/contract/i18n/locales';
import { workerFileName } from '../../electron/history/index-client';
import { builtFile, root } from '../support/booted-main';
import { bundleRequests } from '../support/bundle-requests';
import { packing, type Packing } from '../support/electron-builder-packing';

const platforms = ['linux', 'win', 'mac'] as const;
const packed: Partial<Record<(typeof platforms)[number], Packing>> = {};
let linux: Packing;

beforeAll(async () => {
  // Every file the checks read must be built, and built from the sources as they are.
  for (const file of ['dist/main/main.cjs', `dist/main/${workerFileName}`, 'dist/preload/preload.cjs'])
    builtFile(file);
  builtFile('dist/renderer/index.html');
  for (const platform of platforms) packed[platform] = await packing(root, platform);
  linux = packed.linux as Packing;
}, 60_000);

const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

describe('the packaging configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;
    const config = parse(read('electron-builder.yml')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('keeps Chromium’s own words for each language the app speaks', () => {
    expect(linux.config.electronLanguages).toEqual(['en-US', ...locales.filter((locale) => locale !== 'en')]);
  });

  it('makes the Linux package ask for libsecret, which safeStorage needs to encrypt the Auth-key', () => {
    expect(linux.config.deb?.depends).toContain('libsecret-1-0');
  });
});

describe('what the installers would hold', () => {
  it('is the same app on every platform', () => {
    for (const platform of platforms) expect(packed[platform]?.files).toEqual(linux.files);
  });

  it('is the built app and package.json: no sources, tests, benchmarks, source maps or node_modules', () => {
    const stray = linux.files.filter(
      (file) => file !== 'package.json' && !/^dist\/(main|preload|renderer)\//.test(file),
    );
    expect(stray).toEqual([]);
    expect(linux.files.filter((file) => file.endsWith('.map'))).toEqual([]);
    // electron-builder adds the production dependencies' node_modules whatever `files` says.
    const pkg = JSON.parse(read('package.json')) as { dependencies?: object };
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('holds the file package.json names as the app’s entry', () => {
    const { main } = JSON.parse(read('package.json')) as { main: string };
    expect(linux.files).toContain(posix.normalize(main));
    builtFile(main);
  });

  it('holds every file the built main process loads from beside itself', () => {
    const mainBundle = read('dist/main/main.cjs');
    const named = [...mainBundle.matchAll(/join\)\(__dirname, "([^"]+)"\)/g)].map(
      (match) => match[1] as string,
    );
    expect(named).toEqual(expect.arrayContaining(['../preload/preload.cjs', '../renderer']));
    for (const path of named) {
      const target = posix.join('dist/main', path);
      const file = linux.files.includes(target) ? target : posix.join(target, 'index.html');
      expect(linux.files, `main loads ${path}`).toContain(file);
    }
    expect(linux.files).toContain(`dist/main/${workerFileName}`);
  });

  it('holds the page’s scripts and styles', () => {
    const page = read('dist/renderer/index.html');
    const assets = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1] as string);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect(linux.files).toContain(posix.join('dist/renderer', asset));
  });

  it('keeps the history index thread’s file, and only it, outside the archive, where a worker thread can load it', () => {
    expect(linux.unpacked).toEqual([`dist/main/${workerFileName}`]);
    expect(linux.config.asar).not.toBe(false);
  });

  // Sandboxed, the preload cannot load a file of its own, let alone a package.
  it('has a preload that loads only electron and carries no zod', () => {
    const preload = linux.files.find((file) => file.startsWith('dist/preload/')) as string;
    expect(bundleRequests(dirname(resolve(root, preload)), 'list')).toEqual(['electron']);
    // zod's own code, not a comment naming it: its classes, and the `_zod` field each schema has.
    expect(read(preload)).not.toMatch(/ZodError|\$ZodType|\b_zod\b/);
    expect(read('dist/main/main.cjs')).toMatch(/ZodError/);
  });
});

describe('the Electron binary’s fuses', () => {
  it('make it an app that cannot be turned into Node, inspected, or run from loose files', () => {
    expect(linux.fuses).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
