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
 * Removes every whole occurrence of the secret from a text, however a
 * server wrote it back: as it is, each character in any of its escapes
 * (JSON `\u0041` or `\"`, URL `%41` in either case, HTML `&#65;`, `&#x41;`
 * or `&quot;`), mixed as they come, valid JSON or not; and in base64
 * (standard or URL-safe) at each of its three alignments. A server may
 * echo the key back anywhere; nothing that reaches a person may carry it.
 * Repeated until nothing is left, since a replacement can in theory join
 * its neighbours into the key again.
 */
export function redactSecret(text: string, secret: string): string {
  if (secret === '') return text;
  const patterns = keyPatterns(secret);
  // Without an escape of any of the key's characters, only the key as it is (or its base64) can be in
  // the text: the small pattern finds exactly what the whole one would, without compiling it (13 ms).
  const source = patterns.escape.test(text) ? patterns.whole() : patterns.plain;
  const leftover = new RegExp(source);
  const every = new RegExp(source, 'g');
  let clean = text.replace(every, redactedKey);
  // Each further pass shortens the text, so this ends; a key no longer than the marker gets one pass.
  while (secret.length > redactedKey.length && leftover.test(clean))
    clean = clean.replace(every, redactedKey);
  return clean;
}

interface KeyPatterns {
  /** Finds any escape one of the key's characters can be written in (JSON, URL or HTML). */
  escape: RegExp;
  /** The key as it is, or its base64. */
  plain: string;
  /** The key, each character in any of its spellings, or its base64; built when first needed. */
  whole: () => string;
}

/** The last key's patterns: the same key is redacted from every part of an answer in turn. */
let lastPatterns: { secret: string; patterns: KeyPatterns } | null = null;

function keyPatterns(secret: string): KeyPatterns {
  if (lastPatterns?.secret === secret) return lastPatterns.patterns;
  const cores = base64Cores(secret).map(escapeRegExp);
  let whole: string | null = null;
  const patterns: KeyPatterns = {
    escape: escapePattern(secret),
    plain: [escapeRegExp(secret), ...cores].join('|'),
    whole: () => {
      whole ??= [
        Array.from(secret, (character) => `(?:${spellings(character).join('|')})`).join(''),
        ...cores,
      ].join('|');
      return whole;
    },
  };
  lastPatterns = { secret, patterns };
  return patterns;
}

/**
 * Every spelling `spellings` gives a character but the character itself
 * starts with one of these: a \u, %XX or &# escape, an HTML name, or the
 * JSON escape of a character the key holds.
 */
function escapePattern(secret: string): RegExp {
  const forms = ['\\\\u[0-9a-fA-F]{4}', '%[0-9a-fA-F]{2}', '&#'];
  for (const character of new Set(secret)) {
    const json = JSON.stringify(character).slice(1, -1);
    if (json !== character) forms.push(escapeRegExp(json));
    if (character === '/') forms.push(escapeRegExp('\\/'));
    const named = htmlNames[character];
    if (named) forms.push(named);
  }
  return new RegExp(forms.join('|'));
}

/** Every way one character of a key may be written back, as patterns. */
function spellings(character: string): string[] {
  const forms = [escapeRegExp(character)];
  const json = JSON.stringify(character).slice(1, -1);
  if (json !== character) forms.push(escapeRegExp(json));
  if (character === '/') forms.push(escapeRegExp('\\/'));
  // \u escapes of each UTF-16 unit (a character beyond the first plane is two).
  const units = Array.from({ length: character.length }, (_, at) => character.charCodeAt(at));
  forms.push(units.map((unit) => `\\\\u${anyCaseHex(unit, 4)}`).join(''));
  // %XX of each UTF-8 byte, either case.
  forms.push(Array.from(new TextEncoder().encode(character), (byte) => `%${anyCaseHex(byte, 2)}`).join(''));
  const point = character.codePointAt(0) ?? 0;
  forms.push(`&#0*${point};`, `&#[xX]0*${anyCaseHex(point, 1)};`);
  const named = htmlNames[character];
  if (named) forms.push(named);
  return forms;
}

const htmlNames: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&apos;',
};

/** A number in hexadecimal, at least `width` digits, each letter in either case. */
function anyCaseHex(value: number, width: number): string {
  return Array.from(value.toString(16).padStart(width, '0'), (digit) =>
    /[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit,
  ).join('');
}

/**
 * The part of the key's base64 that is the same wherever in a longer
 * base64 text the key's bytes begin: for each of the three alignments, the
 * characters made of the key's bytes alone. Standard and URL-safe alphabets.
 */
function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores: string[] = [];
  for (let lead = 0; lead < 3; lead += 1) {
    const padded = new Uint8Array(lead + bytes.length);
    padded.set(bytes, lead);
    const encoded = btoa(String.fromCharCode(...padded)).replace(/=+$/, '');
    // Characters touching the lead bytes, or the last bytes' partial group, depend on what surrounds the key.
    const first = Math.ceil((lead * 8) / 6);
    const last = Math.floor(((lead + bytes.length) * 8) / 6);
    const core = encoded.slice(first, last);
    if (core.length >= 8) cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(cores)];
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
