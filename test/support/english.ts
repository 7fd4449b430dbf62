import { isText, type Text, type Words } from '../../electron/contract/i18n/text';
import { translate } from '../../electron/contract/i18n/translate';

/** A value with every message in it put into English words, as a person reading English sees it. */
export type InEnglish<T> = T extends Text
  ? string
  : T extends (infer U)[]
    ? InEnglish<U>[]
    : T extends object
      ? { [K in keyof T]: InEnglish<T[K]> }
      : T;

export function english(words: Words): string {
  return translate(words, 'en');
}

export function inEnglish<T>(value: T): InEnglish<T> {
  if (isText(value)) return translate(value, 'en') as InEnglish<T>;
  if (Array.isArray(value)) return value.map((item: unknown) => inEnglish(item)) as InEnglish<T>;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, inEnglish(item)]),
    ) as InEnglish<T>;
  }
  return value as InEnglish<T>;
}
