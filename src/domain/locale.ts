/** The languages a Masthead newsroom publishes in, in the order the language switcher shows them. */
export const LANGUAGES = ['uk', 'ru', 'en'] as const;

export type Lang = (typeof LANGUAGES)[number];

/** A value per language, e.g. a section name: `{ uk: 'Політика', ru: 'Политика', en: 'Politics' }`. */
export type Localized<T> = Record<Lang, T>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 tags for `<html lang>`, hreflang and OpenGraph. */
export const LANGUAGE_TAGS: Localized<string> = { uk: 'uk', ru: 'ru', en: 'en' };

/** Names of each language in itself, for the switcher's accessible labels. */
export const LANGUAGE_NAMES: Localized<string> = { uk: 'Українська', ru: 'Русский', en: 'English' };

/** Short labels the top bar shows: UA / RU / EN (UA is the country code readers know). */
export const LANGUAGE_LABELS: Localized<string> = { uk: 'UA', ru: 'RU', en: 'EN' };
