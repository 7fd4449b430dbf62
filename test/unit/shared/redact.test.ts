import { describe, expect, it } from 'vitest';
import { dropCutKey, keyForms, redactSecret } from '../../../electron/shared/redact';

/** A key with the characters that JSON and URLs escape: a quote, a backslash, a slash, plus, equals, ampersand. */
const key = 'Zq9"Kx\\7/secret+key=0123&end';

describe('redacting the key', () => {
  it('removes the key as it is, JSON-escaped (PHP style too) and URL-encoded (either hex case, either style)', () => {
    const json = JSON.stringify({ message: `bad key ${key}` });
    const php = json.replace(/\//g, '\\/');
    const component = encodeURIComponent(key);
    const form = new URLSearchParams({ k: key }).toString().slice(2);
    const lower = component.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    for (const echoed of [key, json, php, `?k=${component}`, `k=${form}`, `k=${lower}`]) {
      const clean = redactSecret(`before ${echoed} after`, key);
      expect(clean).toContain('[redacted]');
      expect(clean).toMatch(/^before .*\[redacted\].* after$/);
      for (const shape of keyForms(key)) expect(clean).not.toContain(shape);
    }
    expect(JSON.parse(redactSecret(json, key))).toEqual({ message: 'bad key [redacted]' });
  });

  it('removes the key written any other way a server might: \\u escapes outside JSON, every character encoded, HTML entities, base64', () => {
    const live = 'LIVEKEY0123456789abcdef/XYZ+';
    const unicode = Array.from(
      live,
      (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ).join('');
    const everyByte = Array.from(
      live,
      (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
    ).join('');
    const entities = Array.from(live, (character, at) =>
      at % 2 === 0 ? `&#${character.charCodeAt(0)};` : `&#x${character.charCodeAt(0).toString(16)};`,
    ).join('');
    const mixed = Array.from(live, (character, at) =>
      at % 3 === 0
        ? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`
        : at % 3 === 1
          ? `%${character.charCodeAt(0).toString(16)}`
          : character,
    ).join('');
    const echoes = [
      `{"error": "bad key ${unicode}"} trailing text, so not JSON`,
      `text/plain: ${unicode}`,
      `key=${everyByte}&x=${everyByte.toLowerCase()}`,
      `<p>${entities}</p>`,
      `mixed ${mixed}`,
    ];
    // Base64 of the key inside a longer base64 text, at each alignment, standard and URL-safe.
    for (const lead of ['', 'a', 'ab', 'abc']) {
      const encoded = Buffer.from(`${lead}${live}tail`).toString('base64');
      echoes.push(`token ${encoded}`, `token ${encoded.replace(/\+/g, '-').replace(/\//g, '_')}`);
    }
    for (const echoed of echoes) {
      const clean = redactSecret(echoed, live);
      expect(clean, echoed).toContain('[redacted]');
      // Whatever is left, decoded any of these ways, no longer holds the key.
      const decoded = [
        clean.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        clean.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        clean.replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, digits: string) =>
          String.fromCharCode(parseInt(digits, x ? 16 : 10)),
        ),
      ];
      for (const text of decoded) expect(text).not.toContain(live);
      for (const word of clean.split(/[^A-Za-z0-9+/_-]+/)) {
        for (const alphabet of [word, word.replace(/-/g, '+').replace(/_/g, '/')])
          for (let cut = 0; cut < 4; cut += 1)
            expect(Buffer.from(alphabet.slice(cut), 'base64').toString('latin1')).not.toContain(live);
      }
    }
  });

  it('removes a key whose only escapes are HTML names or a JSON escape of one of its characters', () => {
    const marked = 'K"ey<&>\'/0123456789';
    const named = marked.replace(
      /[&"<>']/g,
      (character) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt', "'": 'apos' }[character]};`,
    );
    for (const echoed of [named, JSON.stringify(marked).slice(1, -1), marked.replace('/', '\\/')]) {
      expect(redactSecret(`<p>${echoed}</p>`, marked), echoed).toBe('<p>[redacted]</p>');
    }
  });

  it('leaves ordinary words and pieces of the key alone: only the whole key is redacted', () => {
    const realistic = 'word-key-0123456789';
    const words = 'words, a word-key and word-key-01234 are not the key';
    expect(redactSecret(words, realistic)).toBe(words);
    expect(redactSecret(`${words} but ${realistic} is`, realistic)).toBe(`${words} but [redacted] is`);
  });

  it('never leaves the key behind, even where a replacement joins its neighbours into the key again', () => {
    const tricky = 'ted]bbbbbbbbbbbbbbbbb';
    expect(redactSecret(`${tricky}bbbb`, tricky)).not.toContain(tricky);
  });

  it('drops the start of a key (in any form) left at the end of a text that was cut', () => {
    expect(dropCutKey(`answer ${key.slice(0, 12)}`, key)).toBe('answer ');
    expect(dropCutKey(`answer ${encodeURIComponent(key).slice(0, 9)}`, key)).toBe('answer ');
    expect(dropCutKey('answer complete.', key)).toBe('answer complete.');
  });
});
