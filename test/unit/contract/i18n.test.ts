import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
import { callbackFields } from '../../../electron/contract/callback-fields';
import { chromiumLanguage } from '../../../electron/contract/i18n/locales';
import { text, type Text } from '../../../electron/contract/i18n/text';
import { resolveLocale, systemLocale, translate } from '../../../electron/contract/i18n/translate';

const catalogues: Record<string, Record<string, string>> = { en, uk };

/** Every argument a message uses, nested plural and select branches included. */
function argumentsOf(pattern: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const element of elements as {
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      // Literal (0) and pound (7) carry no argument of their own.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string')
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(pattern, locale).getAst());
  return [...names].sort();
}

/** The words a message shows as written, without its arguments and selectors. */
function literalText(pattern: string, locale: string): string {
  const words: string[] = [];
  const walk = (elements: unknown[]): void => {
    for (const element of elements as {
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (element.type === 0 && typeof element.value === 'string') words.push(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(pattern, locale).getAst());
  return words.join(' ');
}

/** Words that read the same in Ukrainian: names, codes and units. */
const sameInBothLanguages = new Set([
  'field.managerDst',
  'field.authKey',
  'field.problem',
  'party.phone',
  'party.sip',
  'outcome.none',
  'outcome.legsThen',
  'read.serverSays',
  'callLog.summaryEnding',
  'words.sentences',
  'app.title',
  'app.language.en',
  'app.language.uk',
  'preview.label',
  'form.shortcut',
  'details.httpStatus',
  'details.lastTimeStatus',
  'tag.qa',
  'key.title',
  'run.col.http',
]);

describe('the catalogues', () => {
  it('have the same keys in English and Ukrainian', () => {
    const missingInUkrainian = Object.keys(en).filter((key) => !(key in uk));
    const missingInEnglish = Object.keys(uk).filter((key) => !(key in en));
    expect({ missingInUkrainian, missingInEnglish }).toEqual({
      missingInUkrainian: [],
      missingInEnglish: [],
    });
  });

  it('parse in both languages, and each message uses the same values in both', () => {
    const mismatched = Object.keys(en).filter(
      (key) =>
        argumentsOf(en[key as keyof typeof en], 'en').join() !==
        argumentsOf(uk[key as keyof typeof uk], 'uk').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('name every label in Ukrainian words, with an API name only as secondary text in brackets', () => {
    // The parameters the fields fill and the methods, as Ringostat's page writes them.
    const apiNames = [
      ...Object.values(callbackFields).map((field) => field.parameter),
      ...['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'],
      ...['Callback.external', 'outward_call'],
    ].filter((name): name is string => name !== null);
    // Names no one translates.
    const names = [
      'Google Analytics',
      'Ringostat',
      'Auth-key',
      'SIP',
      'UTM',
      'URL',
      'API',
      'IP',
      'ID',
      'HTTP',
    ];
    const any = (words: string[]) => words.map((word) => word.replace(/\./g, '\\.')).join('|');
    const apiName = new RegExp(`^(${any(apiNames)})$`);
    const bracketed = new RegExp(`\\((${any(apiNames)})\\)`, 'g');
    const name = new RegExp(`(?<![\\w.])(${any(names)})(?![\\w])`, 'g');
    // A hint that shows the very value sent, as sent.
    const showsValueSent = new Set(['form.managerDstSends']);
    // Labels: the form's fields and choices, the names fields go by in messages, the profile editor's
    // fields, a run's columns, the call log's columns.
    const labels = Object.keys(uk).filter(
      (key) =>
        /^(form|field|profileEditor|runs\.column|run\.col|runExpect\.col|callLogRow)\./.test(key) &&
        !sameInBothLanguages.has(key) &&
        !showsValueSent.has(key),
    );
    expect(labels.length).toBeGreaterThan(60);
    const inEnglish = labels
      .map((key) => {
        const words = literalText(uk[key as keyof typeof uk], 'uk').trim();
        return { key, left: apiName.test(words) ? '' : words.replace(bracketed, '').replace(name, '') };
      })
      .filter(({ left }) => /[A-Za-z]{2,}/.test(left))
      .map(({ key }) => `${key}: ${uk[key as keyof typeof uk]}`);
    expect(inEnglish).toEqual([]);
  });

  it('leave nothing in Ukrainian as the English text, except names and codes', () => {
    const untranslated = Object.keys(en).filter(
      (key) => catalogues.en?.[key] === catalogues.uk?.[key] && !sameInBothLanguages.has(key),
    );
    expect(untranslated).toEqual([]);
  });
});

describe('translating', () => {
  it('puts a message and the messages inside it into the chosen language', () => {
    const problem = text('field.problem', { field: text('field.caller'), problem: text('party.required') });
    expect(translate(problem, 'en')).toBe('Caller: fill this in.');
    expect(translate(problem, 'uk')).toBe('Клієнт: заповніть це поле.');
  });

  it('uses each language’s plural forms', () => {
    const count = (locale: 'en' | 'uk', value: number) =>
      translate(text('history.count', { count: value }), locale);
    expect([1, 2, 5].map((value) => count('en', value))).toEqual(['1 attempt', '2 attempts', '5 attempts']);
    expect([1, 3, 5, 21, 1000].map((value) => count('uk', value))).toEqual([
      '1 спроба',
      '3 спроби',
      '5 спроб',
      '21 спроба',
      '1\u00a0000 спроб',
    ]);
  });

  it('never throws on a message read from disk that lacks a value or names an unknown key', () => {
    expect(translate({ key: 'outcome.accepted' }, 'uk')).toBe(
      'Ringostat прийняв зворотний дзвінок (HTTP {status}).',
    );
    expect(translate({ key: 'no.such.key' } as unknown as Text, 'en')).toBe('no.such.key');
    expect(translate(text('outcome.says', { message: { values: {} } } as never), 'en')).toBe(': “”');
  });

  it('keeps words stored as plain text (history written before messages were data) as they are', () => {
    expect(translate('The app closed before the answer came.', 'uk')).toBe(
      'The app closed before the answer came.',
    );
  });

  it('formats numbers as each language writes them', () => {
    const count = text('history.count', { count: 1234567 });
    expect(translate(count, 'en')).toBe('1,234,567 attempts');
    // Ukrainian groups digits with a no-break space.
    expect(translate(count, 'uk')).toBe('1\u00a0234\u00a0567 спроб');
  });
});

describe('choosing the language', () => {
  it('follows the first of the system’s languages the app speaks, English otherwise', () => {
    expect(systemLocale(['uk-UA', 'en-US'])).toBe('uk');
    expect(systemLocale(['de-DE', 'uk_UA'])).toBe('uk');
    expect(systemLocale(['en-GB', 'uk-UA'])).toBe('en');
    expect(systemLocale(['de-DE', 'fr'])).toBe('en');
    expect(systemLocale([])).toBe('en');
  });

  it('tells Chromium a language chosen by hand, and leaves "system" to the system', () => {
    expect([chromiumLanguage('uk'), chromiumLanguage('en'), chromiumLanguage('system')]).toEqual([
      'uk',
      'en-US',
      null,
    ]);
    expect([chromiumLanguage(undefined), chromiumLanguage('de'), chromiumLanguage(42)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('lets a manual choice win over the system', () => {
    expect(resolveLocale('en', ['uk-UA'])).toBe('en');
    expect(resolveLocale('uk', ['en-US'])).toBe('uk');
    expect(resolveLocale('system', ['uk-UA'])).toBe('uk');
  });
});
