import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json' with { type: 'json' };
import uk from './uk.json' with { type: 'json' };
import type { Locale } from './locales';
import { isText, type MessageKey, type TextValue, type Words } from './text';

export { locales, resolveLocale, systemLocale, type LanguageChoice, type Locale } from './locales';

export const catalogues: Record<Locale, Record<string, string>> = { en, uk };

const formats = new Map<string, IntlMessageFormat>();

function formatterFor(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let formatter = formats.get(id);
  if (!formatter) {
    // A key missing from a catalogue reads in English rather than as its name; a test keeps both complete.
    const pattern = catalogues[locale][key] ?? catalogues.en[key] ?? key;
    formatter = new IntlMessageFormat(pattern, locale);
    formats.set(id, formatter);
  }
  return formatter;
}

/**
 * Puts a message into words in one language; plain stored words pass through.
 * Never throws: a message read from disk may lack a value or name a key this
 * version does not know, and then reads as its pattern rather than breaking the page.
 */
export function translate(words: Words, locale: Locale): string {
  if (typeof words === 'string') return words;
  try {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(words.values ?? {})) values[name] = valueIn(value, locale);
    const formatted = formatterFor(locale, words.key).format(values);
    return Array.isArray(formatted) ? formatted.join('') : String(formatted);
  } catch {
    return catalogues[locale][words.key] ?? catalogues.en[words.key] ?? String(words.key);
  }
}

function valueIn(value: TextValue, locale: Locale): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item) => translate(item, locale)).join(' ');
  return isText(value) ? translate(value, locale) : '';
}

/** A translator for one language: `t('key', { values })`, or any stored words. */
export type Translator = ((key: MessageKey, values?: Record<string, TextValue>) => string) & {
  words(words: Words): string;
  locale: Locale;
};

export function translatorFor(locale: Locale): Translator {
  const t = ((key: MessageKey, values?: Record<string, TextValue>) =>
    translate(values === undefined ? { key } : { key, values }, locale)) as Translator;
  t.words = (words) => translate(words, locale);
  t.locale = locale;
  return t;
}
