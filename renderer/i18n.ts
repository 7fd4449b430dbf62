import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { translatorFor, type Locale, type Translator } from '../electron/contract/i18n/translate';
import { loadLanguage } from './catalogues';

/**
 * The translator for `locale` once its messages are here. A language chosen
 * now arrives as a chunk: until then the screen stays in the one it was in.
 */
export function useTranslator(locale: Locale): Translator {
  // The language the window opened in has its first messages here, and the rest comes once the
  // first frame is drawn (`useWholeAfterFirstFrame`); any other is loaded whole before it is used.
  const [opening] = useState<Locale>(locale);
  const [loaded, setLoaded] = useState<Locale>(locale);
  const shown = locale === opening ? opening : loaded;
  useEffect(() => {
    if (locale === opening) return;
    let current = true;
    void loadLanguage(locale).then(() => {
      if (current) setLoaded(locale);
    });
    return () => {
      current = false;
    };
  }, [locale, opening]);
  return useMemo(() => translatorFor(shown), [shown]);
}

/** A part of the window shown alone (in a test) speaks English; the app provides its own. */
export const TranslatorContext = createContext<Translator>(translatorFor('en'));

/** The translator for the language the app speaks now. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
