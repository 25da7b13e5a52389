// A Markdown report for a pull-request comment or a CI job summary.
import type { Formatter } from './types.js';

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

export const markdown: Formatter = (diagnostics, context) => {
  const { errors, warnings, infos, files, filesWithProblems } = context.summary;
  const out = ['## styr validate', ''];
  if (diagnostics.length === 0) {
    out.push(`✅ ${files} files checked, no problems.`);
    return out.join('\n') + '\n';
  }
  out.push(
    `${errors > 0 ? '❌' : '⚠️'} **${errors} error${errors === 1 ? '' : 's'}**, ${warnings} warning${warnings === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''} in ${filesWithProblems} of ${files} files.`,
    '',
    '| | File | Line | Rule | Problem | Hint |',
    '|---|---|---:|---|---|---|',
  );
  for (const d of diagnostics) {
    const icon = d.severity === 'error' ? '❌' : d.severity === 'warning' ? '⚠️' : 'ℹ️';
    out.push(
      `| ${icon} | \`${cell(context.displayPrefix + d.file)}\` | ${d.range?.line ?? 1} | \`${cell(d.rule)}\` | ${cell(d.message)} | ${cell(d.hint ?? '')} |`,
    );
  }
  return out.join('\n') + '\n';
};
