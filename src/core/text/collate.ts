// Collation for sorting text in output. `a.localeCompare(b, 'en')` builds a
// collator on every call; these are built once.
import { LOCALES } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';

export { LOCALES };

/** English collation, for ordering that must not depend on the output language. */
export const compareEn: (a: string, b: string) => number = new Intl.Collator('en').compare;

const collators = new Map<Language, (a: string, b: string) => number>();

/** Text order of the language (å, ä, ö after z in Swedish; numbers by value); callers break ties by id. */
export function textCompare(language: Language): (a: string, b: string) => number {
  let compare = collators.get(language);
  if (!compare) collators.set(language, (compare = new Intl.Collator(LOCALES[language], { sensitivity: 'variant', numeric: true }).compare));
  return compare;
}
