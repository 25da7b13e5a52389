// The output languages. Swedish is the first language of everything a
// municipality sees; English is the second. The one Language type.
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'sv';

/** The locale of each output language (dates, numbers, plurals and collation). */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}
