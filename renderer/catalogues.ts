import type { Catalogue } from '../electron/contract/i18n/compiled-message';
import { addCatalogue, hasCatalogue, type Locale } from '../electron/contract/i18n/translate';

/*
 * Each language's compiled messages are two files beside the page's scripts
 * (`build/messages-plugin.ts`): what the first frame says, and the rest. The
 * window loads only the language it speaks, and imports them by address, so
 * the request leaves at once even while the page's own code is still running.
 */
type Part = 'first' | 'rest';

const parts = new Map<string, Promise<void>>();
/** Failed loads of each part so far: a module the browser failed to load stays failed at its address. */
const failures = new Map<string, number>();
const merged: Partial<Record<Locale, Record<string, Catalogue[string]>>> = {};
/** Languages with only some of their messages here so far. */
const partial = new Set<Locale>();

function loadPart(locale: Locale, part: Part): Promise<void> {
  const name = `${locale}-${part}`;
  let loading = parts.get(name);
  if (loading === undefined) {
    // A name held apart, so the bundler leaves this address as written (it is no asset of its own);
    // after a failure, the same file at an address of its own, so the browser asks for it again.
    const failed = failures.get(name) ?? 0;
    const file = failed === 0 ? `./messages-${name}.js` : `./messages-${name}.js?again=${failed}`;
    const address = new URL(file, import.meta.url).href;
    loading = (import(/* @vite-ignore */ address) as Promise<{ default: Catalogue }>).then(
      ({ default: messages }) => {
        const all = { ...merged[locale], ...messages };
        merged[locale] = all;
        addCatalogue(locale, all);
      },
    );
    // A part that could not be loaded is asked for again the next time it is needed.
    loading.catch(() => {
      parts.delete(name);
      failures.set(name, failed + 1);
    });
    parts.set(name, loading);
  }
  return loading;
}

/** Whether `locale` has every message here: given whole (a test), or both its parts loaded. */
function complete(locale: Locale): boolean {
  return hasCatalogue(locale) && !partial.has(locale);
}

/** Brings what the window's first frame says in `locale`. */
export async function loadFirstMessages(locale: Locale): Promise<void> {
  if (hasCatalogue(locale)) return;
  partial.add(locale);
  await loadPart(locale, 'first');
}

/** Brings every message of a language into the window, once. */
export async function loadLanguage(locale: Locale): Promise<void> {
  if (complete(locale)) return;
  partial.add(locale);
  await Promise.all([loadPart(locale, 'first'), loadPart(locale, 'rest')]);
  partial.delete(locale);
}
