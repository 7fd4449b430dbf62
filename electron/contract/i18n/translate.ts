import { formatMessage, type Catalogue } from './compiled-message';
import type { Locale } from './locales';
import { isText, type MessageKey, type TextValue, type Words } from './text';

export { locales, resolveLocale, systemLocale, type LanguageChoice, type Locale } from './locales';

/**
 * The languages whose messages are here. Each side brings what it speaks:
 * main both, the command line English, the window the language in use
 * (the other arrives when it is chosen).
 */
const catalogues: Partial<Record<Locale, Catalogue>> = {};

export function addCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
}

export function hasCatalogue(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/**
 * Puts a message into words in one language; plain stored words pass through.
 * Never throws: a message read from disk may lack a value or name a key this
 * version does not know, and then reads with `{value}` or as its key rather
 * than breaking the page. A key missing from a catalogue reads in English; a
 * test keeps both complete.
 */
export function translate(words: Words, locale: Locale): string {
  if (typeof words === 'string') return words;
  const message = catalogues[locale]?.[words.key] ?? catalogues.en?.[words.key];
  if (message === undefined) return String(words.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(words.values ?? {})) values[name] = valueIn(value, locale);
  return formatMessage(message, locale, values);
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
