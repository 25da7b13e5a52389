// One line per change, in the language asked for. The same lines appear in the
// terminal, in the pull-request comment and (as `lines`) in the JSON output.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiffLabels } from './labels.js';
import type { RecordChange, RecordDiff } from './types.js';

const MAX_VALUE = 60;

/** A value as one short line: scalars as written, lists comma-separated, maps as {k: v}. */
export function shortValue(value: unknown): string {
  const text = render(value);
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
}

function render(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map((v) => (typeof v === 'object' && v !== null ? `{${renderMap(v)}}` : render(v))).join(', ');
  if (typeof value === 'object') return `{${renderMap(value)}}`;
  return String(value);
}

function renderMap(value: object): string {
  if (Array.isArray(value)) return render(value);
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? (Array.isArray(v) ? `[${render(v)}]` : `{${renderMap(v)}}`) : render(v)}`)
    .join(', ');
}

/** How a record is named at the start of its lines. */
export function subject(diff: Pick<RecordDiff, 'kind' | 'id' | 'title'>, labels: DiffLabels): string {
  if (diff.kind === 'order') return diff.title ? `${diff.id} (${diff.title})` : diff.id;
  return `${labels.kind[diff.kind]} ${diff.id}`;
}

function letter(value: string, labels: DiffLabels): string {
  return value === '' ? labels.none : value;
}

function describeChange(change: RecordChange, diff: RecordDiff, labels: DiffLabels): string {
  const who = subject(diff, labels);
  switch (change.type) {
    case 'status':
      return `${who}: ${change.path.join(' → ')}${change.decision ? ` (${labels.decision} ${change.decision})` : ''}`;
    case 'raci-cell':
      return `${labels.kind.raci} ${diff.id} / ${change.activity}: ${change.role} ${letter(change.from, labels)} → ${letter(change.to, labels)}`;
    case 'raci-activity':
      return `${labels.kind.raci} ${diff.id}: ${labels.activity} ${change.activity} (${change.name}) ${change.op === 'added' ? labels.added : labels.removed}`;
    case 'people':
      return `${who}: ${change.field} ${change.from.join(', ') || labels.none} → ${change.to.join(', ') || labels.none}`;
    case 'notice-deadline':
      return `${who}: ${labels.noticeDeadline} ${change.from ?? labels.none} → ${change.to ?? labels.none}`;
    case 'score': {
      const parts = [`${labels.score} ${change.from ?? labels.none} → ${change.to ?? labels.none}`];
      if (change.rankFrom !== undefined || change.rankTo !== undefined) {
        parts.push(`${labels.rank} ${change.rankFrom ?? labels.none} → ${change.rankTo ?? labels.none}`);
      }
      return `${who}: ${parts.join(', ')}`;
    }
    case 'field':
      if (change.op === 'added') return `${who}: ${change.path} ${labels.added} (${shortValue(change.to)})`;
      if (change.op === 'removed') return `${who}: ${change.path} ${labels.removed} (${labels.was} ${shortValue(change.from)})`;
      return `${who}: ${change.path} ${shortValue(change.from)} → ${shortValue(change.to)}`;
  }
}

/** The lines describing one record's change. */
export function describeRecord(diff: RecordDiff, labels: DiffLabels): string[] {
  const who = subject(diff, labels);
  if (diff.change === 'added') {
    const facts: string[] = [];
    if (diff.facts?.status) facts.push(`${labels.status} ${diff.facts.status}`);
    if (diff.facts?.decision) facts.push(`${labels.decision} ${diff.facts.decision}`);
    if (diff.facts?.noticeDeadline) facts.push(`${labels.noticeDeadline} ${diff.facts.noticeDeadline}`);
    if (facts.length === 0 && diff.kind !== 'order' && diff.title) facts.push(diff.title);
    return [`${who} ${labels.added}${facts.length ? ` (${facts.join(', ')})` : ''}`];
  }
  if (diff.change === 'removed') return [`${who} ${labels.removed}`];
  const lines: string[] = [];
  if (diff.change === 'renamed') {
    lines.push(`${subject({ ...diff, id: diff.previousId ?? diff.id }, labels)} ${labels.renamedTo} ${diff.id}`);
  }
  for (const change of diff.changes) lines.push(describeChange(change, diff, labels));
  return lines;
}

/** 'error orders/x.yaml:3:5 ref/unknown-person message' */
export function describeProblem(d: Diagnostic, displayPrefix = ''): string {
  const at = d.range ? `:${d.range.line}:${d.range.column}` : '';
  return `${d.severity} ${displayPrefix}${d.file}${at} ${d.rule} ${d.message}`;
}
