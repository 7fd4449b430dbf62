import { createContext, useContext } from 'react';
import { systemLocale, translatorFor, type Translator } from '../electron/contract/i18n/translate';

/** Before the app's state says otherwise, the page speaks the browser's preferred language. */
export const TranslatorContext = createContext<Translator>(translatorFor(systemLocale(navigator.languages)));

/** The translator for the language the app speaks now. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
