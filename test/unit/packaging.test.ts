import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locales } from '../../electron/contract/i18n/locales';

const root = resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('the packaging configuration (packaging itself needs the internet, so it is checked here)', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema = JSON.parse(
      readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('ships the main process, the preload and the renderer, and an icon', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/main/**', 'dist/preload/**', 'dist/renderer/**']),
    );
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/main/')).toBe(true);
    expect(existsSync(resolve(root, 'resources/icon.png'))).toBe(true);
  });

  it('keeps the history index thread’s file outside the archive, where a worker thread can load it', () => {
    expect(config.asarUnpack).toEqual(['dist/main/history-worker.cjs']);
  });

  it('keeps Chromium’s own words for each language the app speaks', () => {
    expect(config.electronLanguages).toEqual(['en-US', ...locales.filter((locale) => locale !== 'en')]);
  });

  it('sets the fuses of a hardened build', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb (needing libsecret), NSIS, and a universal dmg', () => {
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.deb as { depends: string[] }).depends).toContain('libsecret-1-0');
    expect((config.win as { target: string }).target).toBe('nsis');
    expect((config.mac as { target: { target: string; arch: string }[] }).target).toEqual([
      { target: 'dmg', arch: 'universal' },
    ]);
  });
});
