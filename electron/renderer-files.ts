import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/*
 * The window's page is served from a private scheme, `app://desk/`, never
 * from `file://`. A packaged build turns off Electron's extra `file://`
 * privileges (the `grantFileProtocolExtraPrivileges` fuse), and then
 * `file://` behaves as in a browser: a module script from it is a
 * cross-origin request from origin `null`, refused, and the window stays
 * blank. A standard, secure scheme of its own gives the page a real origin,
 * so `script-src 'self'` and module scripts work, and IPC can check it.
 */

export const rendererScheme = 'app';
export const rendererOrigin = `${rendererScheme}://desk`;
/** The one page the window shows; IPC answers only a frame showing it. */
export const rendererUrl = `${rendererOrigin}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The file a path of the page's site names, inside `root` only: `/` is the
 * page itself; a path that leaves `root` (`..`, an encoded `..`, an absolute
 * path, a NUL) names nothing.
 */
export function rendererFileFor(pathname: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, wanted);
  const inside = relative(resolve(root), file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface RendererAnswer {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * Answers one request for the page's site: only `app://desk/…`, only GET,
 * only files inside `root`. Anything else is refused, never looked up.
 */
export async function answerRendererRequest(
  method: string,
  url: string,
  root: string,
): Promise<RendererAnswer> {
  const refuse = (status: number): RendererAnswer => ({
    status,
    contentType: 'text/plain; charset=utf-8',
    body: Buffer.alloc(0),
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(400);
  }
  // A non-special scheme has an opaque `origin` in WHATWG URLs: compare its parts.
  if (`${parsed.protocol}//${parsed.host}` !== rendererOrigin) return refuse(404);
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  const file = rendererFileFor(parsed.pathname, root);
  if (file === null) return refuse(404);
  try {
    return { status: 200, contentType: contentTypeOf(file), body: await readFile(file) };
  } catch {
    return refuse(404);
  }
}
