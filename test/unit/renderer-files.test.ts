import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerRendererRequest, rendererFileFor, rendererUrl } from '../../electron/renderer-files';

const site = mkdtempSync(join(tmpdir(), 'renderer-files-'));
mkdirSync(join(site, 'assets'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>page</title>');
writeFileSync(join(site, 'assets', 'main.js'), 'console.log(1)');
// A file beside the site that must never be served.
const secret = join(site, '..', `${site.split('/').pop() ?? 'x'}-secret.txt`);
writeFileSync(secret, 'not for the page');
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(secret, { force: true });
});

describe('the page’s own scheme', () => {
  it('serves the page and its assets with their types', async () => {
    const page = await answerRendererRequest('GET', rendererUrl, site);
    expect(page).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(page.body.toString()).toContain('<title>page</title>');
    const script = await answerRendererRequest('GET', 'app://desk/assets/main.js', site);
    expect(script).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    expect((await answerRendererRequest('GET', 'app://desk/', site)).body.toString()).toContain('page');
  });

  it.each([
    ['a parent folder', 'app://desk/../secret.txt'],
    ['an encoded parent folder', `app://desk/%2e%2e/${secret.split('/').pop() ?? ''}`],
    ['an encoded slash', `app://desk/assets%2f..%2f..%2f${secret.split('/').pop() ?? ''}`],
    ['a backslash', `app://desk/assets%5c..%5c..%5c${secret.split('/').pop() ?? ''}`],
    ['a NUL', 'app://desk/index.html%00.js'],
    ['a malformed escape', 'app://desk/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['a missing file', 'app://desk/nothing.js'],
  ])('refuses %s, reading nothing outside the site', async (_name, url) => {
    const answer = await answerRendererRequest('GET', url, site);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body.toString()).not.toContain('not for the page');
  });

  it('refuses anything but reading', async () => {
    expect((await answerRendererRequest('POST', rendererUrl, site)).status).toBe(405);
  });

  it('never names a file outside the folder', () => {
    for (const path of ['/..', '/../x', '/a/../../x', '/%2e%2e/x', '/assets/%2E%2E/%2E%2E/x']) {
      const file = rendererFileFor(path, site);
      if (file !== null) expect(file.startsWith(resolve(site))).toBe(true);
    }
  });
});

// The built page, as the app serves it: every script and style it names must come back.
describe('the built renderer', () => {
  const built = resolve(import.meta.dirname, '../../dist/renderer');
  it('serves every file its page names, with a type a module script needs', async () => {
    const html = readFileSync(join(built, 'index.html'), 'utf8');
    const named = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(0);
    for (const path of named) {
      const answer = await answerRendererRequest('GET', `app://desk/${path}`, built);
      expect(answer.status, path).toBe(200);
      if (path.endsWith('.js')) expect(answer.contentType).toMatch(/^text\/javascript/);
      if (path.endsWith('.css')) expect(answer.contentType).toMatch(/^text\/css/);
    }
  });
});
