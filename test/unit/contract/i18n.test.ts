import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
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

/** Words that read the same in Ukrainian: names, codes and units. */
const sameInBothLanguages = new Set([
  'field.managerDst',
  'field.utmSource',
  'field.utmMedium',
  'field.utmCampaign',
  'field.utmTerm',
  'field.utmContent',
  'field.clientId',
  'field.userAgent',
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
  'form.utmSource',
  'form.utmMedium',
  'form.utmCampaign',
  'form.utmTerm',
  'form.utmContent',
  'form.clientId',
  'details.httpStatus',
  'details.lastTimeStatus',
  'tag.qa',
  'key.title',
  'run.col.http',
  'runs.column.callee',
  'runs.column.caller',
  'runs.column.destination',
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
    expect(translate(problem, 'uk')).toBe('Клієнт (caller): заповніть це поле.');
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
