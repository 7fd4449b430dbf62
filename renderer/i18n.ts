import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Catalogue } from '../electron/contract/i18n/compiled-message';
import {
  addCatalogue,
  hasCatalogue,
  translatorFor,
  type Locale,
  type Translator,
} from '../electron/contract/i18n/translate';

/** Each language's compiled messages are a chunk of their own: the window loads only those it speaks. */
const catalogueChunks: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  en: () => import('../electron/contract/i18n/en.json?messages'),
  uk: () => import('../electron/contract/i18n/uk.json?messages'),
};

/** Brings a language's messages into the window, once. */
export async function loadLanguage(locale: Locale): Promise<void> {
  if (hasCatalogue(locale)) return;
  addCatalogue(locale, (await catalogueChunks[locale]()).default);
}

/**
 * The translator for `locale` once its messages are here. A language chosen
 * now arrives as a chunk: until then the screen stays in the one it was in.
 */
export function useTranslator(locale: Locale): Translator {
  const [ready, setReady] = useState<Locale>(locale);
  useEffect(() => {
    let current = true;
    void loadLanguage(locale).then(() => {
      if (current) setReady(locale);
    });
    return () => {
      current = false;
    };
  }, [locale]);
  return useMemo(() => translatorFor(ready), [ready]);
}

/** A part of the window shown alone (in a test) speaks English; the app provides its own. */
export const TranslatorContext = createContext<Translator>(translatorFor('en'));

/** The translator for the language the app speaks now. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
