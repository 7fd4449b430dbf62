import { text, type Text } from '../contract/i18n/text';
import { fail, ok, type Result } from '../contract/result';

/** Where the key goes unless someone says otherwise. */
export const ringostatApiUrl = 'https://api.ringostat.net';

/**
 * Decides whether an API base URL may receive the Auth-key: every https URL,
 * or plain http only on this machine (the simulator, tests), with no user
 * name, password, query or fragment. Returns the URL without a trailing
 * slash so paths can be appended. Checked when a profile is saved and again
 * on every use, since the settings file can be edited by hand.
 */
export function checkApiUrl(raw: string): Result<string, Text> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return fail(text('url.notUrl', { value: raw.trim().slice(0, 200), example: ringostatApiUrl }));
  }
  const destination = checkKeyDestination(url);
  if (!destination.ok) return destination;
  if (url.search !== '' || url.hash !== '') {
    return fail(text('url.query'));
  }
  return ok(url.href.replace(/\/+$/, ''));
}

/**
 * The part of the rule every request is held to, whatever built it: https,
 * or http to a loopback host; never a user name or password.
 */
export function checkKeyDestination(url: URL): Result<URL, Text> {
  if (url.username !== '' || url.password !== '') {
    return fail(text('url.credentials'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(text('url.protocol', { protocol: url.protocol }));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(text('url.plainHttp', { origin: url.origin }));
  }
  return ok(url);
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
