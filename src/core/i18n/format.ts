// Dates, numbers and money in the language's convention (Intl), built once per render.
import { textCompare } from '../text/collate.js';
import { LOCALES } from './language.js';
import type { Language } from './language.js';

export interface Formatters {
  /** YYYY-MM-DD → a date in the language's form; anything else is returned as is. */
  date(iso: string | undefined): string;
  number(n: number | undefined, maxFractionDigits?: number): string;
  money(n: number | undefined): string;
  percent(n: number | undefined): string;
  /** Collation of the language (å, ä, ö in Swedish order); callers break ties by id. */
  compare(a: string, b: string): number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createFormatters(lang: Language, currency: string, none: string): Formatters {
  const locale = LOCALES[lang];
  // Swedish writes dates as 2027-09-30; English spells the month out in full
  // ("30 September 2027"), because en-GB's abbreviated months are uneven
  // ("Sept" beside "Jun").
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: lang === 'sv' ? 'short' : 'long', timeZone: 'UTC' });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) numberFormats.set(digits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return f;
  };
  let moneyFormat: Intl.NumberFormat;
  try {
    moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  } catch {
    moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  }
  const finite = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);
  // A render formats the same few hundred dates thousands of times.
  const dates = new Map<string, string>();
  return {
    date(iso) {
      if (!iso) return none;
      let text = dates.get(iso);
      if (text === undefined) {
        const m = ISO.exec(iso);
        text = m ? dateFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))) : iso;
        dates.set(iso, text);
      }
      return text;
    },
    number: (n, digits = 2) => (finite(n) ? numberFormat(digits).format(n) : none),
    money: (n) => (finite(n) ? moneyFormat.format(n) : none),
    percent: (n) => (finite(n) ? `${numberFormat(1).format(n)} %` : none),
    compare: textCompare(lang),
  };
}

/**
 * A label that starts a line ("Beställning", "HUKI-matris") as it reads inside
 * a sentence: the first letter lower-cased unless the word is an acronym.
 */
export function midSentence(label: string, language: Language): string {
  const [first = '', second = ''] = label;
  if (second !== '' && second === second.toLocaleUpperCase(LOCALES[language]) && second !== second.toLocaleLowerCase(LOCALES[language])) return label;
  return first.toLocaleLowerCase(LOCALES[language]) + label.slice(first.length);
}
