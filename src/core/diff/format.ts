// DiffReport → text for the terminal, Markdown for a pull-request comment, JSON
// for tools. Pure; same report, same bytes.
import { KINDS } from '../kinds/registry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import { visibleLine } from '../text/visible.js';
import { describeProblem, describeRecord, diffWords } from './describe.js';
import type { DiffWords } from './describe.js';
import type { DiffReport, RecordDiff, RevisionInfo } from './types.js';

export interface DiffFormatOptions {
  lang: Language;
  /** Prefix that turns a data-relative path into one relative to the working directory. */
  displayPrefix?: string;
}

function revision(info: RevisionInfo, words: DiffWords): string {
  if (!info.commit) return words.t('diff.workingTree');
  const short = info.commit.slice(0, 7);
  return info.rev === short || info.rev === info.commit ? short : `${short} (${info.rev})`;
}

function groups(report: DiffReport): { kind: (typeof KINDS)[number]['name']; records: RecordDiff[] }[] {
  return KINDS.map((k) => ({ kind: k.name, records: report.records.filter((r) => r.kind === k.name) })).filter((g) => g.records.length > 0);
}

function summary(report: DiffReport, words: DiffWords): string {
  const { added, removed, renamed, changed } = report.summary;
  return words.t('diff.summary', { total: added + removed + renamed + changed, added, removed, renamed, changed });
}

function problemSummary(report: DiffReport, words: DiffWords): string {
  return words.t('diff.problemSummary', { introduced: report.summary.problemsIntroduced, fixed: report.summary.problemsFixed });
}

export function formatDiffText(report: DiffReport, options: DiffFormatOptions): string {
  const words = diffWords(options.lang);
  const { t } = words;
  const prefix = options.displayPrefix ?? '';
  const out: string[] = [
    t('diff.heading', { base: revision(report.base, words), head: revision(report.head, words) }),
    `${summary(report, words)} · ${problemSummary(report, words)}`,
  ];
  if (report.records.length === 0) out.push('', t('diff.noChanges'));
  for (const group of groups(report)) {
    out.push('', words.kindPlural(group.kind));
    for (const rec of group.records) for (const line of describeRecord(rec, words)) out.push(`  ${visibleLine(line)}`);
  }
  const problems = (title: string, list: Diagnostic[]) => {
    if (list.length === 0) return;
    out.push('', `${title} (${words.number(list.length)})`);
    for (const d of list) out.push(`  ${visibleLine(describeProblem(d, words, prefix))}`);
  };
  problems(t('diff.problems.introduced'), report.problems.introduced);
  problems(t('diff.problems.fixed'), report.problems.fixed);
  return `${out.join('\n')}\n`;
}

/** A word joiner after `@`: the comment shows "@name" but notifies no one (no mention of a person or team). */
const NO_MENTION = '@\u2060';

/**
 * Escape text so Markdown shows it literally: no HTML from record text is rendered, no
 * `@name` in it mentions anyone, no control character reaches the comment.
 */
export function escapeMarkdown(text: string): string {
  return visibleLine(text)
    .replace(/[\\`*_[\]<>|#~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/@/g, NO_MENTION);
}

/** A code span; `|` is escaped even inside it, since GitHub splits a table row on it first. */
function code(text: string): string {
  const clean = visibleLine(text).replace(/`/g, ' ').replace(/\|/g, '\\|');
  return `\`${clean}\``;
}

export const MARKDOWN_MARKER = '<!-- styr-diff -->';

export function formatDiffMarkdown(report: DiffReport, options: DiffFormatOptions): string {
  const words = diffWords(options.lang);
  const { t } = words;
  const prefix = options.displayPrefix ?? '';
  const out: string[] = [
    MARKDOWN_MARKER,
    `### ${escapeMarkdown(t('diff.title'))}: ${code(revision(report.base, words))} → ${code(revision(report.head, words))}`,
    '',
    `**${escapeMarkdown(summary(report, words))}** · ${escapeMarkdown(problemSummary(report, words))}`,
  ];
  if (report.records.length === 0) out.push('', escapeMarkdown(t('diff.noChanges')));
  for (const group of groups(report)) {
    out.push('', `#### ${escapeMarkdown(words.kindPlural(group.kind))} (${words.number(group.records.length)})`, '');
    for (const rec of group.records) for (const line of describeRecord(rec, words)) out.push(`- ${escapeMarkdown(line)}`);
  }
  const header = `| | ${escapeMarkdown(t('diff.table.file'))} | ${escapeMarkdown(t('diff.table.rule'))} | ${escapeMarkdown(t('diff.table.problem'))} |`;
  const table = (title: string, list: Diagnostic[]) => {
    if (list.length === 0) return;
    out.push('', `#### ${escapeMarkdown(title)} (${words.number(list.length)})`, '', header, '|---|---|---|---|');
    for (const d of list) {
      const at = d.range ? `:${d.range.line}:${d.range.column}` : '';
      out.push(`| ${escapeMarkdown(t(`severity.${d.severity}`))} | ${code(`${prefix}${d.file}${at}`)} | ${code(d.rule)} | ${escapeMarkdown(d.message)} |`);
    }
  };
  table(t('diff.problems.introduced'), report.problems.introduced);
  table(t('diff.problems.fixed'), report.problems.fixed);
  const parsed = t('diff.parsed', { parsed: report.stats.parsedFiles.head, total: report.stats.recordFiles.head });
  out.push('', `<sub>styr · ${escapeMarkdown(parsed)}</sub>`);
  return `${out.join('\n')}\n`;
}

export function formatDiffJson(report: DiffReport, options: DiffFormatOptions): string {
  const words = diffWords(options.lang);
  const records = report.records.map((r) => ({ ...r, lines: describeRecord(r, words) }));
  return `${JSON.stringify({ ...report, records }, null, 2)}\n`;
}
