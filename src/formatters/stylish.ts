// Terminal output grouped by file, like a linter: line:column, severity, message, rule, hint.
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';

export const stylish: Formatter = (diagnostics, context) => {
  const c = new Chalk({ level: context.color ? 1 : 0 });
  const lines: string[] = [];
  let current: string | undefined;
  for (const d of diagnostics) {
    if (d.file !== current) {
      if (current !== undefined) lines.push('');
      current = d.file;
      lines.push(c.underline(context.displayPrefix + d.file));
    }
    const where = `${d.range?.line ?? 1}:${d.range?.column ?? 1}`.padEnd(7);
    const sev = d.severity === 'error' ? c.red('error  ') : d.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
    lines.push(`  ${c.dim(where)} ${sev}  ${d.message}  ${c.dim(d.rule)}`);
    if (d.hint) lines.push(`  ${' '.repeat(7)} ${c.dim('↳ ' + d.hint)}`);
  }
  const { errors, warnings, infos, files, filesWithProblems } = context.summary;
  if (lines.length) lines.push('');
  const total = errors + warnings + infos;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (total === 0) lines.push(c.green(`✔ ${files} files checked, no problems`));
  else {
    const mark = errors > 0 ? c.red('✖') : c.yellow('⚠');
    lines.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${counts}) in ${filesWithProblems} of ${files} files`);
  }
  return lines.join('\n') + '\n';
};
