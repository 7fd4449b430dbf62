import type en from './en.json';

/** The name of one message in the catalogues. */
export type MessageKey = keyof typeof en;

/** A list of messages reads as sentences one after another. */
export type TextValue = string | number | Text | Text[];

/**
 * A message as data: a catalogue key and its values. Built where the thing
 * happens (main process, CLI) and put into words where it is read, so a
 * stored outcome reads in whatever language the person has chosen since.
 */
export interface Text {
  key: MessageKey;
  values?: Record<string, TextValue>;
}

/** Words stored before messages became data are kept and shown as they are. */
export type Words = Text | string;

export function text(key: MessageKey, values?: Record<string, TextValue>): Text {
  return values === undefined ? { key } : { key, values };
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).key === 'string';
}

/** The same message with every string value passed through `change`, nested messages included. */
export function mapStrings(message: Text, change: (value: string) => string): Text {
  if (message.values === undefined) return message;
  const values: Record<string, TextValue> = {};
  for (const [name, value] of Object.entries(message.values)) {
    values[name] =
      typeof value === 'string'
        ? change(value)
        : Array.isArray(value)
          ? value.map((item) => mapStrings(item, change))
          : isText(value)
            ? mapStrings(value, change)
            : value;
  }
  return { key: message.key, values };
}

/** A value a message chooses its words by (`{outcome, select, …}`): ICU selectors are words, so "not-sent" becomes "not_sent". */
export function selector(value: string): string {
  return value.replace(/-/g, '_');
}
