// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
import { createTranslator } from '../core/i18n/translate.js';
import { visibleText } from '../core/text/visible.js';
import { summaryWords } from './counts.js';
import type { Formatter } from './types.js';

const escapeData = (s: string) => visibleText(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (diagnostics, context) => {
  const lines = diagnostics.map((d) => {
    const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(context.displayPrefix + d.file)}`,
      `line=${d.range?.line ?? 1}`,
      `col=${d.range?.column ?? 1}`,
      ...(d.range?.endLine ? [`endLine=${d.range.endLine}`] : []),
      `title=${escapeProperty(d.rule)}`,
    ];
    return `::${command} ${props.join(',')}::${escapeData(d.message + (d.hint ? `\n${d.hint}` : ''))}`;
  });
  const t = createTranslator(context.language);
  const words = summaryWords(t, context.summary);
  lines.push(t('format.github.summary', words));
  return lines.join('\n') + '\n';
};
