import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';

/** Where the key goes unless someone says otherwise. */
export const ringostatApiUrl = 'https://api.ringostat.net';

/**
 * Decides whether an API base URL may receive the Auth-key: every https URL,
 * or plain http only on this machine (the simulator, tests). Returns the URL
 * without a trailing slash so paths can be appended.
 */
export function checkApiUrl(raw: string): Result<string, Text> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(text('url.notUrl', { value: raw.trim(), example: ringostatApiUrl }));
  }
  if (url.username !== '' || url.password !== '') {
    return fail(text('url.credentials'));
  }
  if (url.search !== '' || url.hash !== '') {
    return fail(text('url.query'));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(text('url.plainHttp', { origin: url.origin }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(text('url.protocol', { protocol: url.protocol }));
  }
  return ok(url.href.replace(/\/+$/, ''));
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
