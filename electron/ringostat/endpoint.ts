import { fail, ok, type Result } from '../contract/result';

/** Where the key goes unless someone says otherwise. */
export const ringostatApiUrl = 'https://api.ringostat.net';

/**
 * Decides whether an API base URL may receive the Auth-key: every https URL,
 * or plain http only on this machine (the simulator, tests). Returns the URL
 * without a trailing slash so paths can be appended.
 */
export function checkApiUrl(raw: string): Result<string, string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(`“${raw.trim()}” is not a URL. Use for example ${ringostatApiUrl}.`);
  }
  if (url.username !== '' || url.password !== '') {
    return fail('must not contain a user name or password.');
  }
  if (url.search !== '' || url.hash !== '') {
    return fail('must not contain a query (“?”) or a fragment (“#”).');
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(
      `${url.origin} is plain http on another machine: the Auth-key would travel unencrypted. Use https, or http only on 127.0.0.1 or localhost.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(`must start with https:// (got ${url.protocol}).`);
  }
  return ok(url.href.replace(/\/+$/, ''));
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
