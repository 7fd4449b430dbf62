import { IntlMessageFormat } from 'intl-messageformat';
import {
  placeholder,
  type Catalogue,
  type CompiledChoices,
  type CompiledMessage,
  type CompiledPart,
} from '../electron/contract/i18n/compiled-message.ts';

/** The parser's element kinds (`TYPE` in @formatjs/icu-messageformat-parser). */
const kind = { literal: 0, argument: 1, number: 2, select: 5, plural: 6, pound: 7 } as const;

/** The parts of a parsed element this compiler reads. */
interface Element {
  type: number;
  value?: string;
  style?: unknown;
  offset?: number;
  pluralType?: string;
  options?: Record<string, { value: Element[] }>;
}

/**
 * Compiles one ICU message to text and placeholders, with the parser
 * intl-messageformat itself uses. What the compiled messages cannot say
 * (dates, times, tags, styled numbers, ordinals) stops the build, naming
 * the message, rather than reading differently at run time.
 */
export function compileMessage(pattern: string, locale: string): CompiledMessage {
  const elements = new IntlMessageFormat(pattern, locale).getAst() as Element[];
  return compileElements(elements, pattern);
}

function compileElements(elements: Element[], pattern: string): CompiledMessage {
  const parts: CompiledPart[] = [];
  for (const element of elements) {
    const part = compileElement(element, pattern);
    const last = parts[parts.length - 1];
    // Neighbouring text is one string: smaller, and put together faster.
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
  }
  if (parts.length === 0) return '';
  const [only] = parts;
  return parts.length === 1 && typeof only === 'string' ? only : parts;
}

function compileElement(element: Element, pattern: string): CompiledPart {
  const unsupported = (what: string) =>
    new Error(`The message “${pattern}” uses ${what}, which compiled messages do not support.`);
  const name = element.value ?? '';
  const choices = (): CompiledChoices =>
    Object.fromEntries(
      Object.entries(element.options ?? {}).map(([choice, option]) => [
        choice,
        compileElements(option.value, pattern),
      ]),
    );
  switch (element.type) {
    case kind.literal:
      return name;
    case kind.argument:
      return [placeholder.argument, name];
    case kind.number:
      if (element.style) throw unsupported('a number style');
      return [placeholder.number, name];
    case kind.pound:
      return [placeholder.pound];
    case kind.select:
      return [placeholder.select, name, choices()];
    case kind.plural:
      if (element.pluralType === 'ordinal') throw unsupported('an ordinal plural');
      return [placeholder.plural, name, element.offset ?? 0, choices()];
    default:
      throw unsupported('a date, a time or a tag');
  }
}

/** A whole catalogue, key by key. */
export function compileCatalogue(messages: Record<string, string>, locale: string): Catalogue {
  return Object.fromEntries(
    Object.entries(messages).map(([key, pattern]) => [key, compileMessage(pattern, locale)]),
  );
}
