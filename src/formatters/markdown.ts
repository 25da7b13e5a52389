// A Markdown report for a pull-request comment or a CI job summary.
import { createTranslator } from '../core/i18n/translate.js';
import { visibleText } from '../core/text/visible.js';
import { summaryWords } from './counts.js';
import type { Formatter } from './types.js';

// A code span the catalogue's words make (`used:`, `styr order move … <status>`):
// one backtick, text without backticks, one backtick, no backtick either side.
// Only these stay code; every other backtick is escaped.
const CODE_SPAN = /(?<!`)`[^`]+`(?!`)/g;

// Everything outside a code span is text: every ASCII punctuation character that
// can start Markdown or HTML (links, images, emphasis, HTML, entities) is
// backslash-escaped, as CommonMark allows for any ASCII punctuation, and so is
// the `:` of a `://`, so that an address is not made a link either.
const SPECIAL = /[\\`*_{}[\]<>#!|~&$]|:(?=\/\/)/g;

/**
 * A table cell from a message or hint, which carries record text (titles,
 * names, values). Record text is data: no image, link, HTML or entity from it
 * reaches the comment, and `<` stays `<` (escaped with a backslash: inside a
 * code span an entity would show as written). Code spans stay as written,
 * with `|` escaped (GitHub tables split on it even inside code spans).
 */
export function cell(s: string): string {
  const text = visibleText(s).replace(/\r?\n/g, ' ');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CODE_SPAN)) {
    out += escapeText(text.slice(last, m.index)) + m[0].replace(/\|/g, '\\|');
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

// A word joiner after `@`: the comment shows "@name" but notifies no one.
function escapeText(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(/@/g, '@\u2060');
}

/** A value shown as a code span in a cell. */
const code = (s: string) => `\`${visibleText(s).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

export const markdown: Formatter = (diagnostics, context) => {
  const t = createTranslator(context.language);
  const { infos, files, filesWithProblems } = context.summary;
  const errors = context.summary.errors;
  const out = ['## styr validate', ''];
  // --quiet leaves warnings out of the list, not out of the count.
  if (errors + context.summary.warnings + infos === 0) {
    out.push(`✅ ${t('format.clean', { count: files })}.`);
    return out.join('\n') + '\n';
  }
  const words = summaryWords(t, context.summary);
  const values = { ...words, errors: `**${words.errors}**`, withProblems: filesWithProblems };
  out.push(`${errors > 0 ? '❌' : '⚠️'} ${infos ? t('format.markdown.summaryWithInfos', values) : t('format.markdown.summary', values)}`);
  if (diagnostics.length === 0) return out.join('\n') + '\n';
  out.push(
    '',
    `| | ${t('format.markdown.file')} | ${t('format.markdown.line')} | ${t('format.markdown.rule')} | ${t('format.markdown.problem')} | ${t('format.markdown.hint')} |`,
    '|---|---|---:|---|---|---|',
  );
  for (const d of diagnostics) {
    const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
    out.push(`| ${icon} | ${code(context.displayPrefix + d.file)} | ${d.range?.line ?? 1} | ${code(d.rule)} | ${cell(d.message)} | ${cell(d.hint ?? '')} |`);
  }
  return out.join('\n') + '\n';
};
