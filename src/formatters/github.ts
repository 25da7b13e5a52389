// GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.
import type { Formatter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
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
  const { errors, warnings, files } = context.summary;
  lines.push(`styr: ${errors} errors, ${warnings} warnings in ${files} files`);
  return lines.join('\n') + '\n';
};
