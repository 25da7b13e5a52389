// DiffReport → text for the terminal, Markdown for a pull-request comment, JSON
// for tools. Pure; same report, same bytes.
import { KINDS } from '../kinds/registry.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { describeProblem, describeRecord } from './describe.js';
import { DIFF_LABELS } from './labels.js';
import type { DiffLabels, DiffLanguage } from './labels.js';
import type { DiffReport, RecordDiff, RevisionInfo } from './types.js';

export interface DiffFormatOptions {
  lang: DiffLanguage;
  /** Prefix that turns a data-relative path into one relative to the working directory. */
  displayPrefix?: string;
}

function revision(info: RevisionInfo, labels: DiffLabels): string {
  if (!info.commit) return labels.workingTree;
  const short = info.commit.slice(0, 7);
  return info.rev === short || info.rev === info.commit ? short : `${short} (${info.rev})`;
}

function groups(report: DiffReport): { kind: (typeof KINDS)[number]['name']; records: RecordDiff[] }[] {
  return KINDS.map((k) => ({ kind: k.name, records: report.records.filter((r) => r.kind === k.name) })).filter((g) => g.records.length > 0);
}

function summaryLine(report: DiffReport, labels: DiffLabels): string {
  return `${labels.summary(report.summary)} · ${labels.problemSummary(report.summary.problemsIntroduced, report.summary.problemsFixed)}`;
}

export function formatDiffText(report: DiffReport, options: DiffFormatOptions): string {
  const labels = DIFF_LABELS[options.lang];
  const prefix = options.displayPrefix ?? '';
  const out: string[] = [`styr diff ${revision(report.base, labels)} → ${revision(report.head, labels)}`, summaryLine(report, labels)];
  if (report.records.length === 0) out.push('', labels.noChanges);
  for (const group of groups(report)) {
    out.push('', labels.section[group.kind]);
    for (const rec of group.records) for (const line of describeRecord(rec, labels)) out.push(`  ${line}`);
  }
  const problems = (title: string, list: Diagnostic[]) => {
    if (list.length === 0) return;
    out.push('', `${title} (${list.length})`);
    for (const d of list) out.push(`  ${describeProblem(d, prefix)}`);
  };
  problems(labels.problemsIntroduced, report.problems.introduced);
  problems(labels.problemsFixed, report.problems.fixed);
  return `${out.join('\n')}\n`;
}

/** Escape text so Markdown shows it literally and no HTML from record text is rendered. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`)).replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  const clean = text.replace(/[\r\n`]/g, ' ');
  return `\`${clean}\``;
}

export const MARKDOWN_MARKER = '<!-- styr-diff -->';

export function formatDiffMarkdown(report: DiffReport, options: DiffFormatOptions): string {
  const labels = DIFF_LABELS[options.lang];
  const prefix = options.displayPrefix ?? '';
  const out: string[] = [
    MARKDOWN_MARKER,
    `### ${labels.title}: ${code(revision(report.base, labels))} → ${code(revision(report.head, labels))}`,
    '',
    `**${escapeMarkdown(labels.summary(report.summary))}** · ${escapeMarkdown(labels.problemSummary(report.summary.problemsIntroduced, report.summary.problemsFixed))}`,
  ];
  if (report.records.length === 0) out.push('', escapeMarkdown(labels.noChanges));
  for (const group of groups(report)) {
    out.push('', `#### ${escapeMarkdown(labels.section[group.kind])} (${group.records.length})`, '');
    for (const rec of group.records) for (const line of describeRecord(rec, labels)) out.push(`- ${escapeMarkdown(line)}`);
  }
  const table = (title: string, list: Diagnostic[]) => {
    if (list.length === 0) return;
    out.push('', `#### ${escapeMarkdown(title)} (${list.length})`, '', '| | file | rule | problem |', '|---|---|---|---|');
    for (const d of list) {
      const at = d.range ? `:${d.range.line}:${d.range.column}` : '';
      out.push(`| ${d.severity} | ${code(`${prefix}${d.file}${at}`)} | ${code(d.rule)} | ${escapeMarkdown(d.message)} |`);
    }
  };
  table(labels.problemsIntroduced, report.problems.introduced);
  table(labels.problemsFixed, report.problems.fixed);
  out.push('', `<sub>styr · ${escapeMarkdown(labels.parsed(report.stats.parsedFiles.head, report.stats.recordFiles.head))}</sub>`);
  return `${out.join('\n')}\n`;
}

export function formatDiffJson(report: DiffReport, options: DiffFormatOptions): string {
  const labels = DIFF_LABELS[options.lang];
  const records = report.records.map((r) => ({ ...r, lines: describeRecord(r, labels) }));
  return `${JSON.stringify({ ...report, records }, null, 2)}\n`;
}
