// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../../build/compile-messages';
import type { DeskResult } from '../../../electron/contract/desk-types';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import { inFirstFrame } from '../../../electron/contract/i18n/first-frame';
import type { Locale } from '../../../electron/contract/i18n/locales';
import { addCatalogue } from '../../../electron/contract/i18n/translate';
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
import { App } from '../../../renderer/app';
import { addLiveProfile, bindWindowDesk, type WindowDesk } from '../../support/window-desk';

const messages: Record<Locale, Record<string, string>> = { en, uk };
const firstPart = (locale: Locale) =>
  Object.fromEntries(Object.entries(messages[locale]).filter(([key]) => inFirstFrame(key)));
const keys = new Set([...Object.keys(en), ...Object.keys(uk)]);

let desk: WindowDesk;

beforeEach(() => {
  // The system reads no colour scheme here; the app asks for one as it starts.
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
  desk = bindWindowDesk();
  // What the window has when its first frame is drawn: only the first part of each language.
  for (const locale of ['en', 'uk'] as const)
    addCatalogue(locale, compileCatalogue(firstPart(locale), locale));
});

afterEach(async () => {
  cleanup();
  await desk.dispose();
  for (const locale of ['en', 'uk'] as const)
    addCatalogue(locale, compileCatalogue(messages[locale], locale));
});

/** Every catalogue key the page shows as it is, in text or in an attribute: a message the first part lacks. */
function keysShown(): string[] {
  const shown: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    shown.push(node.nodeValue ?? '');
  for (const element of Array.from(document.body.querySelectorAll('*')))
    for (const attribute of Array.from(element.attributes)) shown.push(attribute.value);
  const words = new Set(shown.flatMap((text) => text.split(/[\s,]+/)));
  return [...keys].filter((key) => words.has(key));
}

describe("the window's first frame", () => {
  for (const language of ['en', 'uk'] as const)
    for (const target of ['simulator', 'ringostat'] as const)
      it(`speaks only with the messages loaded first (${language}, ${target} profile)`, async () => {
        // Never sent to: the first frame places no call.
        if (target === 'ringostat') addLiveProfile(desk, { apiUrl: 'http://127.0.0.1:9/' });
        await window.desk.setLanguage({ language });
        const first = (await window.desk.getState()) as DeskResult<'getState'>;
        render(<App first={first} />);
        // The first frame: the form, its caller field with the cursor, and Send.
        const caller = document.querySelector<HTMLInputElement>('input[name="caller"]');
        expect(document.activeElement).toBe(caller);
        expect(document.querySelector('form.callback-form button[type="submit"]')?.textContent).toMatch(
          /callback|дзвінок/i,
        );
        expect(keysShown()).toEqual([]);
      });
});
