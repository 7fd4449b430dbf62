/**
 * Messages as the build leaves them. The catalogues are written in ICU
 * message format; `build/compile-messages.ts` parses them when the app is
 * built, so no parser ships and nothing is parsed at run time. What is left
 * is text and placeholders, put together here with the language's own
 * plural rules and number format (`Intl`), made only when a message needs them.
 */

/** What each placeholder of a compiled message is: the first item of its tuple. */
export const placeholder = { argument: 0, number: 1, pound: 2, select: 3, plural: 4 } as const;

/** Each choice of a select or plural: `other`, a plural category (`one`, `few`, …), or an exact `=0`. */
export type CompiledChoices = { readonly [choice: string]: CompiledMessage };

export type CompiledPart =
  | string
  /** `{name}`: the value as written. */
  | readonly [typeof placeholder.argument, string]
  /** `{name, number}`: the value as the language writes numbers. */
  | readonly [typeof placeholder.number, string]
  /** `#` inside a plural: its number, as the language writes numbers. */
  | readonly [typeof placeholder.pound]
  | readonly [typeof placeholder.select, string, CompiledChoices]
  /** `{name, plural, offset:N …}`: the name, the offset, the choices. */
  | readonly [typeof placeholder.plural, string, number, CompiledChoices];

/** A message with no placeholder is just its text. */
export type CompiledMessage = string | readonly CompiledPart[];

/** One language's messages by key. */
export type Catalogue = { readonly [key: string]: CompiledMessage };

export type MessageValues = Record<string, string | number>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

function chosen(choices: CompiledChoices, key: string): CompiledMessage | undefined {
  return Object.hasOwn(choices, key) ? choices[key] : undefined;
}

/**
 * Puts a compiled message into words, as intl-messageformat would have put
 * its pattern. A value the message names but is not given reads as its
 * placeholder, `{name}`, so a message stored by an older version still reads.
 */
export function formatMessage(message: CompiledMessage, locale: string, values: MessageValues): string {
  return typeof message === 'string' ? message : formatParts(message, locale, values, undefined);
}

function formatParts(
  parts: readonly CompiledPart[],
  locale: string,
  values: MessageValues,
  pluralValue: number | undefined,
): string {
  let words = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      words += part;
      continue;
    }
    if (part[0] === placeholder.pound) {
      if (pluralValue !== undefined) words += numberFormat(locale).format(pluralValue);
      continue;
    }
    const name = part[1];
    if (!Object.hasOwn(values, name)) {
      words += `{${name}}`;
      continue;
    }
    const value = values[name] ?? '';
    switch (part[0]) {
      case placeholder.argument:
        words += String(value);
        break;
      case placeholder.number:
        words += numberFormat(locale).format(Number(value));
        break;
      case placeholder.select: {
        // As intl-messageformat did: a `#` inside a select stands for no number, even within a plural.
        const branch = chosen(part[2], String(value)) ?? chosen(part[2], 'other') ?? '';
        words += formatMessage(branch, locale, values);
        break;
      }
      case placeholder.plural: {
        const number = Number(value) - part[2];
        const branch =
          chosen(part[3], `=${value}`) ??
          chosen(part[3], pluralRulesOf(locale).select(number)) ??
          chosen(part[3], 'other') ??
          '';
        words += typeof branch === 'string' ? branch : formatParts(branch, locale, values, number);
        break;
      }
    }
  }
  return words;
}

/**
 * A catalogue that reads each message only when first asked for, from the
 * lines `key<TAB>compiled message as JSON`: the command line prints a few
 * messages a run, and making all 700 into objects cost it more than
 * printing them.
 */
export function catalogueReadOnUse(lines: string): Catalogue {
  const read = new Map<string, CompiledMessage | undefined>();
  return new Proxy<Catalogue>(
    {},
    {
      get(_catalogue, key) {
        if (typeof key !== 'string') return undefined;
        if (!read.has(key)) {
          const line = lines.indexOf(`\n${key}\t`);
          const from = line + key.length + 2;
          read.set(
            key,
            line < 0
              ? undefined
              : (JSON.parse(lines.slice(from, lines.indexOf('\n', from))) as CompiledMessage),
          );
        }
        return read.get(key);
      },
    },
  );
}

/** The lines `catalogueReadOnUse` reads, one message a line. */
export function catalogueLines(catalogue: Catalogue): string {
  return `\n${Object.entries(catalogue)
    .map(([key, message]) => `${key}\t${JSON.stringify(message)}`)
    .join('\n')}\n`;
}
