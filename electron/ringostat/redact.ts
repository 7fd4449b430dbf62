import { mapStrings, type Text } from '../contract/i18n/text';
import type { HttpRequest } from './types';

export const redactedKey = '[redacted]';

/**
 * Removes every occurrence of the secret from a text. A server may echo the
 * key back in an error body; nothing that reaches a person may carry it.
 */
export function redactSecret(text: string, secret: string): string {
  if (secret === '') return text;
  return text.split(secret).join(redactedKey);
}

/** A message with the key removed from every value it carries, such as a server's own words. */
export function redactWords(message: Text, secret: string): Text {
  return secret === '' ? message : mapStrings(message, (value) => redactSecret(value, secret));
}

/** The request as it can be shown, logged or exported: the key header replaced, the key removed from everything else. */
export function redactRequest(request: HttpRequest, secret: string): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = name.toLowerCase() === 'auth-key' ? redactedKey : redactSecret(value, secret);
  }
  return {
    method: request.method,
    url: redactSecret(request.url, secret),
    headers,
    body: redactSecret(request.body, secret),
  };
}

/** The request as HTTP text: request line, headers, blank line, body (a JSON body indented on request, its content unchanged). */
export function formatRequest(request: HttpRequest, options: { indentJson?: boolean } = {}): string {
  const head = [`${request.method} ${request.url}`];
  for (const [name, value] of Object.entries(request.headers)) head.push(`${name}: ${value}`);
  return `${head.join('\n')}\n\n${options.indentJson ? indentJson(request.body) : request.body}`;
}

function indentJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
