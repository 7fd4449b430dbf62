import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compileCatalogue, compileMessage } from '../../../build/compile-messages';
import { formatMessage, type MessageValues } from '../../../electron/contract/i18n/compiled-message';
import en from '../../../electron/contract/i18n/en.json' with { type: 'json' };
import uk from '../../../electron/contract/i18n/uk.json' with { type: 'json' };
import builtEnglish from '../../../electron/contract/i18n/en.json?messages';

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
}

/**
 * Sets of values that walk every branch of a message: each select through
 * each of its choices and one it lacks, each plural and number through
 * zero, one, a few, many, a fraction and thousands.
 */
function valueSets(pattern: string, locale: string): MessageValues[] {
  const choices = new Map<string, (string | number)[]>();
  const walk = (elements: Element[]): void => {
    for (const element of elements) {
      const name = element.value;
      if (name !== undefined && element.type !== 0) {
        const known = choices.get(name) ?? [];
        // Select (5): its own choices and one it does not have; plural (6) and number (2): numbers.
        if (element.type === 5) known.push(...Object.keys(element.options ?? {}), 'something else');
        else if (element.type === 6 || element.type === 2)
          known.push(0, 1, 2, 3, 5, 11, 21, 22, 1.5, 1234567);
        else known.push('“value” <b>&</b>');
        choices.set(name, known);
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(pattern, locale).getAst() as Element[]);
  const longest = Math.max(1, ...[...choices.values()].map((list) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    Object.fromEntries([...choices].map(([name, list]) => [name, list[index % list.length] ?? ''])),
  );
}

describe('messages compiled when the app is built', () => {
  for (const [locale, catalogue] of [
    ['en', en],
    ['uk', uk],
  ] as const) {
    it(`read exactly as intl-messageformat reads the ${locale} catalogue, branch by branch`, () => {
      const compiled = compileCatalogue(catalogue, locale);
      const differences: string[] = [];
      let compared = 0;
      for (const [key, pattern] of Object.entries(catalogue)) {
        const parsed = new IntlMessageFormat(pattern, locale);
        for (const values of valueSets(pattern, locale)) {
          const expected = String(parsed.format(values));
          const actual = formatMessage(compiled[key] ?? '', locale, values);
          compared += 1;
          if (actual !== expected)
            differences.push(`${key} ${JSON.stringify(values)}: ${actual} ≠ ${expected}`);
        }
      }
      expect(differences).toEqual([]);
      expect(compared).toBeGreaterThan(Object.keys(catalogue).length);
    });
  }

  it('use the four Ukrainian plural forms, fractions included', () => {
    const count = compileMessage(uk['history.count'], 'uk');
    const read = (value: number) => formatMessage(count, 'uk', { count: value });
    expect([1, 2, 5, 21, 1.5].map(read)).toEqual([
      '1 спроба',
      '2 спроби',
      '5 спроб',
      '21 спроба',
      '1,5 спроби',
    ]);
    expect(formatMessage(compileMessage(en['history.count'], 'en'), 'en', { count: 1.5 })).toBe(
      '1.5 attempts',
    );
  });

  it('leave no message to parse when the app runs', () => {
    const built = JSON.stringify(builtEnglish);
    expect(Object.keys(builtEnglish)).toEqual(Object.keys(en));
    // The catalogue says "{count, plural, one {# attempt} …}"; built, no pattern of it is left.
    expect(en['history.count']).toContain('plural');
    expect(built).not.toMatch(/, ?(plural|select|number)\b|\{count\b/);
  });

  it('say a missing value by its name instead of breaking, as a message stored by an older version may', () => {
    expect(formatMessage(compileMessage('Sent to {host} at {time}.', 'en'), 'en', { host: 'a' })).toBe(
      'Sent to a at {time}.',
    );
  });

  it('stop the build on what compiled messages cannot say, naming the message', () => {
    expect(() => compileMessage('Sent on {at, date, short}.', 'en')).toThrow(
      /“Sent on \{at, date, short\}\.”/,
    );
    expect(() => compileMessage('{rank, selectordinal, one {#st} other {#th}}', 'en')).toThrow(/ordinal/);
  });
});
