// Both catalogues, compiled as the build compiles them, for code that runs outside a built bundle:
// the unit tests, and the handlers the browser tests run in their own process.
import { compileCatalogue } from '../../build/compile-messages';
import en from '../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../electron/contract/i18n/uk.json' with { type: 'json' };
import { addCatalogue } from '../../electron/contract/i18n/translate';

addCatalogue('en', compileCatalogue(en, 'en'));
addCatalogue('uk', compileCatalogue(uk, 'uk'));
