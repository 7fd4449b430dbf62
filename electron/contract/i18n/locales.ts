export const locales = ['en', 'uk'] as const;

/** A language the app speaks. */
export type Locale = (typeof locales)[number];

/** The person's choice: a language, or whatever the system prefers. */
export type LanguageChoice = Locale | 'system';

/** The first of the system's preferred languages the app speaks; English otherwise. */
export function systemLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    const found = locales.find((locale) => locale === language);
    if (found) return found;
  }
  return 'en';
}

export function resolveLocale(choice: LanguageChoice, preferred: readonly string[]): Locale {
  return choice === 'system' ? systemLocale(preferred) : choice;
}
