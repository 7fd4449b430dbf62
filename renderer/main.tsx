import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { systemLocale } from '../electron/contract/i18n/translate';
import { App } from './app';
import { desk } from './desk';
import { loadLanguage } from './i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The state and the language's messages are asked for together, at once. The system's language is
// the likely one (a language chosen by hand is Chromium's too); the state has the last word.
const speaking = (promise: Promise<void>) => promise.catch(() => undefined);
void Promise.all([desk().getState(), speaking(loadLanguage(systemLocale(navigator.languages)))])
  .then(async ([first]) => {
    if (first.ok) await speaking(loadLanguage(first.value.locale));
    return first;
  })
  .then((first) =>
    createRoot(root).render(
      <StrictMode>
        <App first={first} />
      </StrictMode>,
    ),
  );
