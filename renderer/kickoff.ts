import type { DeskResult } from '../electron/contract/desk-types';
import { systemLocale } from '../electron/contract/i18n/locales';
import { loadFirstMessages, loadLanguage } from './catalogues';
import { desk } from './desk';

/*
 * The page's first code to run, before React and the screens: main's first
 * answer and what the first frame says are asked for now, and arrive while
 * the rest of the page's code runs. The system's language is the likely one
 * (a language chosen by hand is Chromium's too); the state has the last word.
 */
const speaking = (promise: Promise<void>) => promise.catch(() => undefined);
const state = desk().getState();
const language = speaking(loadFirstMessages(systemLocale(navigator.languages)));

/** Main's first answer, once what the first frame says in its language is here (or could not be loaded). */
export const firstState: Promise<DeskResult<'getState'>> = Promise.all([state, language]).then(
  async ([first]) => {
    if (first.ok) await speaking(loadFirstMessages(first.value.locale));
    // A notice (shown at the top from the first frame on) may use any message: then all of them first.
    if (first.ok && first.value.notices.length > 0) await speaking(loadLanguage(first.value.locale));
    return first;
  },
);
