import { mapStrings, type Text } from '../contract/i18n/text';
import type { HttpRequest } from '../contract/callback-types';

export const redactedKey = '[redacted]';

/**
 * The ways a server can write the key back: as it is, inside a JSON string
 * (quotes and backslashes escaped, slashes too as PHP writes them) and
 * URL-encoded (either hex case, `encodeURIComponent` or form style). Each is
 * the whole key: a fragment of it is never one of them.
 */
export function keyForms(secret: string): string[] {
  if (secret === '') return [];
  const json = JSON.stringify(secret).slice(1, -1);
  const encoded = [encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2)];
  const lowerHex = (value: string) => value.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const forms = [secret, json, json.replace(/\//g, '\\/'), ...encoded, ...encoded.map(lowerHex)];
  // Longest first, so a longer encoding is replaced whole before a shorter one inside it.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * Removes every whole occurrence of the secret, in any of its forms, from a
 * text. A server may echo the key back anywhere; nothing that reaches a
 * person may carry it. Repeated until nothing is left, since a replacement
 * can in theory join its neighbours into the key again.
 */
export function redactSecret(text: string, secret: string): string {
  const forms = keyForms(secret);
  if (forms.length === 0) return text;
  const alternation = forms.map(escapeRegExp).join('|');
  const any = new RegExp(alternation);
  const every = new RegExp(alternation, 'g');
  let clean = text.replace(every, redactedKey);
  // Each further pass shortens the text, so this ends; a key no longer than the marker gets one pass.
  while (secret.length > redactedKey.length && any.test(clean)) clean = clean.replace(every, redactedKey);
  return clean;
}

/**
 * For a text that was cut off: drops a start of the key (in any form) left
 * at its very end, which whole-key redaction cannot recognise.
 */
export function dropCutKey(text: string, secret: string): string {
  let longest = 0;
  for (const form of keyForms(secret)) {
    for (let length = Math.min(form.length - 1, text.length); length > longest; length -= 1) {
      if (text.endsWith(form.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return text.slice(0, text.length - longest);
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

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function indentJson(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
