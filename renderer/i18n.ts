import { createContext, useContext } from 'react';
import { systemLocale, translatorFor, type Translator } from '../electron/contract/i18n/translate';

/** The page's language before the app's state says otherwise: the browser's preferred languages. */
export const pageTranslator = translatorFor(systemLocale(navigator.languages));

export const TranslatorContext = createContext<Translator>(pageTranslator);

/** The translator for the language the app speaks now. */
export function useT(): Translator {
  return useContext(TranslatorContext);
}
