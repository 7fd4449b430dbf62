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

/**
 * Chromium's own language (context menus, file pickers, date fields) for a
 * language chosen by hand; null leaves it to the system. Read from the saved
 * settings before the app starts, since Chromium takes it only then.
 */
export function chromiumLanguage(savedChoice: unknown): string | null {
  if (savedChoice === 'en') return 'en-US';
  return locales.find((locale) => locale === savedChoice) ?? null;
}
