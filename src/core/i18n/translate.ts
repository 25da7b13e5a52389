// Turning a catalogue key and its values into text in one language. Plain
// messages and `{name}` placeholders take a fast path (the renderers format
// hundreds of thousands of labels at scale); messages with ICU arguments
// (`{n, plural, …}`, `{n, number}`, `{d, select, …}`) go through
// intl-messageformat, compiled once per language and key.
//
// One dialect for both paths: an apostrophe is always text. ICU would read
// `'{` as the start of a quoted literal, so every apostrophe is doubled before
// a message is compiled; the catalogue never needs to quote a brace.
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG } from './catalog.js';
import type { MessageKey } from './catalog.js';
import { LOCALES } from './language.js';
import { fillPlaceholders } from './placeholders.js';
import type { Language } from './language.js';

export type MessageValues = Readonly<Record<string, string | number>>;

/** Translate a key with values; the one signature every output uses. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const ICU_ARGUMENT = /\{\s*\w+\s*,/;

const compiled: Record<Language, Map<string, IntlMessageFormat>> = { sv: new Map(), en: new Map() };
/** A message with ICU arguments (plural, number, select); others only fill `{name}` placeholders, and any other brace is text. */
export function isIcuMessage(text: string): boolean {
  return ICU_ARGUMENT.test(text);
}

/** A catalogue text as ICU source: apostrophes are text, never quotes. */
export function icuSource(text: string): string {
  return text.replace(/'/g, "''");
}

/** Format one message text (already looked up) in a language. */
export function formatMessageText(language: Language, key: string, text: string, values: MessageValues = {}): string {
  if (!text.includes('{')) return text;
  if (!isIcuMessage(text)) {
    // A plain placeholder prints its value as it is (a year stays 2027);
    // a number to be written the language's way says `{n, number}`.
    return fillPlaceholders(text, values);
  }
  const cache = compiled[language];
  let format = cache.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(icuSource(text), LOCALES[language], undefined, { ignoreTag: true });
    cache.set(key, format);
  }
  return String(format.format(values as Record<string, string | number>));
}

export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  return formatMessageText(language, key, CATALOG[language][key], values);
}

export function createTranslator(language: Language): Translate {
  const table = CATALOG[language];
  return (key, values) => formatMessageText(language, key, table[key], values);
}
