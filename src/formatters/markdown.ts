// A Markdown report for a pull-request comment or a CI job summary.
import { createTranslator } from '../core/i18n/translate.js';
import { visibleText } from '../core/text/visible.js';
import { summaryWords } from './counts.js';
import type { Formatter } from './types.js';

/**
 * A table cell. Inside a code span (`…`) nothing is HTML and an entity would
 * show as written, so `<` is escaped (with a backslash, not an entity) only
 * outside code spans; `|` is escaped everywhere (GitHub tables split on it
 * even inside code spans).
 */
export function cell(s: string): string {
  return visibleText(s)
    .replace(/\r?\n/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\/g, '\\\\').replace(/</g, '\\<')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** A value shown as a code span in a cell. */
const code = (s: string) => `\`${visibleText(s).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

export const markdown: Formatter = (diagnostics, context) => {
  const t = createTranslator(context.language);
  const { infos, files, filesWithProblems } = context.summary;
  const errors = context.summary.errors;
  const out = ['## styr validate', ''];
  if (diagnostics.length === 0) {
    out.push(`✅ ${t('format.clean', { count: files })}.`);
    return out.join('\n') + '\n';
  }
  const words = summaryWords(t, context.summary);
  const values = { ...words, errors: `**${words.errors}**`, withProblems: filesWithProblems };
  out.push(
    `${errors > 0 ? '❌' : '⚠️'} ${infos ? t('format.markdown.summaryWithInfos', values) : t('format.markdown.summary', values)}`,
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
