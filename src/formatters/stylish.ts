// Terminal output grouped by file, like a linter: line:column, severity, message, rule, hint.
import { Chalk } from 'chalk';
import { createTranslator } from '../core/i18n/translate.js';
import { visibleLine } from '../core/text/visible.js';
import { summaryWords } from './counts.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (diagnostics, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const t = createTranslator(context.language);
  const severity = { error: t('severity.error'), warning: t('severity.warning'), info: t('severity.info') };
  const width = Math.max(...Object.values(severity).map((s) => s.length));
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      current = d.file;
      lines.push(c.underline(visibleLine(context.displayPrefix + d.file)));
    }
    const where = `${d.range?.line ?? 1}:${d.range?.column ?? 1}`.padEnd(7);
    const word = severity[d.severity].padEnd(width);
    const sev = d.severity === 'error' ? c.red(word) : d.severity === 'warning' ? c.yellow(word) : c.blue(word);
    lines.push(`  ${c.dim(where)} ${sev}  ${visibleLine(d.message)}  ${c.dim(d.rule)}`);
    if (d.hint) lines.push(`  ${' '.repeat(7)} ${c.dim('↳ ' + visibleLine(d.hint))}`);
  }
  const { errors, warnings, infos, files, filesWithProblems } = context.summary;
  if (lines.length) lines.push('');
  const total = errors + warnings + infos;
  if (total === 0) lines.push(c.green(`✔ ${t('format.clean', { count: files })}`));
  else {
    const mark = errors > 0 ? c.red('✖') : c.yellow('⚠');
    const words = summaryWords(t, context.summary);
    lines.push(`${mark} ${t('format.stylish.summary', { ...words, withProblems: filesWithProblems })}`);
  }
  return lines.join('\n') + '\n';
};
