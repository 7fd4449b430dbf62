import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import type { Locale } from '../electron/contract/i18n/locales';
import { loadLanguage } from './catalogues';

/**
 * Whether the whole window is shown yet. The window's first frame holds what
 * a person needs to place a callback (the banner, the screens, the templates
 * bar, the method, the two parties and Send); the call options, the outcome
 * and request panels and the scenarios follow once that frame is drawn,
 * rendered in slices that give way to typing. A part shown alone, as in a
 * test, is whole at once.
 */
export const WholeWindowContext = createContext(true);

export function useWholeWindow(): boolean {
  return useContext(WholeWindowContext);
}

/**
 * False for the window's first frame; true once that frame is drawn and the
 * rest of `locale`'s messages are here (or could not be loaded): for the
 * app, which provides the context.
 */
export function useWholeAfterFirstFrame(locale: Locale): boolean {
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    let current = true;
    let patience: ReturnType<typeof setTimeout> | undefined;
    // Once the first frame is on the screen (its first contentful paint), or after half a second
    // where none is reported (a window not shown), the rest of the messages are asked for and the
    // rest is rendered: on two cores, anything read or rendered sooner holds up drawing the form.
    const go = () => {
      if (!observer) return;
      observer.disconnect();
      observer = null;
      clearTimeout(fallback);
      // Shown whole after three seconds at most: a part that never answers must not hold the window.
      const waited = new Promise<void>((done) => (patience = setTimeout(done, 3_000)));
      void Promise.race([loadLanguage(locale).catch(() => undefined), waited]).then(() => {
        if (current) startTransition(() => setWhole(true));
      });
    };
    let observer: PerformanceObserver | null = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) go();
    });
    observer.observe({ type: 'paint', buffered: true });
    const fallback = setTimeout(go, 500);
    return () => {
      current = false;
      observer?.disconnect();
      clearTimeout(fallback);
      clearTimeout(patience);
    };
    // Once, for the window's start: a language chosen later comes through useTranslator.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return whole;
}
