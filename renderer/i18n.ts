import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { translatorFor, type Locale, type Translator } from '../electron/contract/i18n/translate';
import { loadLanguage } from './catalogues';

/**
 * The translator for `locale` once its messages are here. A language chosen
 * now arrives as a chunk: until then the screen stays in the one it was in.
 */
export function useTranslator(locale: Locale): Translator {
  // The language the window opened in has its first messages here, and the rest comes with the
  // whole window (`useWholeAfterFirstFrame`); any other language, or the opening one chosen again
  // (its rest may have failed to load), is loaded whole before it is used.
  const [opening] = useState<Locale>(locale);
  const [loaded, setLoaded] = useState<Locale>(locale);
  // Counts loads, so a language whose messages arrived reads anew though its name is the same.
  const [arrivals, setArrivals] = useState(0);
  const started = useRef(false);
  const shown = locale === opening ? opening : loaded;
  useEffect(() => {
    const first = !started.current;
    started.current = true;
    if (first && locale === opening) return;
    let current = true;
    void loadLanguage(locale).then(
      () => {
        if (!current) return;
        setLoaded(locale);
        setArrivals((count) => count + 1);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale, opening]);
  // A new translator for each arrival: the one for the same language would not make its readers render again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => translatorFor(shown), [shown, arrivals]);
}

/** A part of the window shown alone (in a test) speaks English; the app provides its own. */
export const TranslatorContext = createContext<Translator>(translatorFor('en'));

/** The translator for the language the app speaks now. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
