// Record text in another language than the page's. A page rendered in English
// from Swedish records reads in two languages, and a screen reader needs to
// know which is which (WCAG 3.1.2, language of parts). Rather than marking
// record text at each of the renderers' hundreds of places, the render
// context marks the other side, once: every label the translator returns and
// every number, date and amount the formatters write is wrapped in private-use
// characters; a value put into a label is marked as record text again. What
// is not marked is record text. The HTML converter turns the marks into
// `<span lang="sv">` around record text; the Markdown is written without them.
import type { Formatters } from '../i18n/format.js';
import type { MessageTable } from '../i18n/catalog.js';
import type { MessageValues, Translate } from '../i18n/translate.js';

/** Starts text in the page's language (a label, a number, a date). */
export const PAGE_TEXT = '\uE000';
/** Starts record text inside a label (a value put into it). */
export const RECORD_TEXT = '\uE001';
/** Ends the text the last mark started. */
export const END = '\uE002';

const MARK = /[\uE000-\uE002]/g;
const LETTER = /\p{L}/u;

/** Text without its marks. */
export function stripMarks(text: string): string {
  return text.includes(PAGE_TEXT) || text.includes(RECORD_TEXT) || text.includes(END) ? text.replace(MARK, '') : text;
}

/** A translator whose labels are marked as the page's language and whose values inside them as record text. */
export function markingTranslator(t: Translate, messages: MessageTable): Translate {
  return (key, values) => {
    let marked: MessageValues | undefined = values;
    if (values) {
      const text = messages[key];
      const out: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(values)) {
        // A value that chooses (`{kind, select, …}`) or counts is not text; a value already marked stays as it is.
        const chooses = text.includes(`{${name},`);
        out[name] = typeof value === 'string' && !chooses && LETTER.test(value) && !value.startsWith(PAGE_TEXT) ? `${RECORD_TEXT}${value}${END}` : value;
      }
      marked = out;
    }
    const text = t(key, marked);
    return text === '' ? text : `${PAGE_TEXT}${text}${END}`;
  };
}

/** Formatters whose numbers, dates and amounts are marked as the page's language. */
export function markingFormatters(fmt: Formatters): Formatters {
  const mark = (text: string) => (text === '' ? text : `${PAGE_TEXT}${text}${END}`);
  return {
    date: (iso) => mark(fmt.date(iso)),
    number: (n, digits) => mark(fmt.number(n, digits)),
    money: (n) => mark(fmt.money(n)),
    percent: (n) => mark(fmt.percent(n)),
    compare: (a, b) => fmt.compare(stripMarks(a), stripMarks(b)),
  };
}

/**
 * Marked HTML → HTML with record text in `<span lang="…">`. Marks count
 * across tags (a label may hold a link), but a span never does: each run of
 * text between two tags gets its own. Inside `pre` (a diagram's source) and in
 * attributes the marks are only removed. Marks that do not pair up (record
 * text may hold the same characters) change only which text is marked.
 */
export function applyMarks(html: string, recordLang: string): string {
  const open = `<span lang="${recordLang}">`;
  const stack: boolean[] = []; // true: page text
  let inPre = 0;
  let out = '';
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      if (/^<pre[\s>]/i.test(part)) inPre++;
      else if (/^<\/pre>/i.test(part)) inPre = Math.max(0, inPre - 1);
      out += stripMarks(part);
      continue;
    }
    let run = '';
    const flush = () => {
      const record = stack.length === 0 || !stack[stack.length - 1];
      out += record && inPre === 0 && LETTER.test(run) ? `${open}${run}</span>` : run;
      run = '';
    };
    for (const c of part) {
      if (c === PAGE_TEXT || c === RECORD_TEXT || c === END) {
        flush();
        if (c === END) stack.pop();
        else stack.push(c === PAGE_TEXT);
      } else run += c;
    }
    flush();
  }
  return out;
}
