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
