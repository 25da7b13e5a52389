// One line per change, in the language asked for. The same lines appear in the
// terminal, in the pull-request comment and (as `lines`) in the JSON output.
// Every word comes from the catalogue: kind names and enum values from the
// 'enums' section, the rest from 'diff'. JSON paths and ids stay as written.
import { visibleAll } from '../text/visible.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isMessageKey } from '../i18n/catalog.js';
import type { MessageKey } from '../i18n/catalog.js';
import { createFormatters } from '../i18n/format.js';
import type { Language } from '../i18n/language.js';
import { createTranslator } from '../i18n/translate.js';
import type { Translate } from '../i18n/translate.js';
import type { KindName } from '../kinds/registry.js';
import { enumGroupAt } from './enum-fields.js';
import type { EnumGroup } from './enum-fields.js';
import type { RecordChange, RecordDiff } from './types.js';

const MAX_VALUE = 60;
/** Shown for no value (no letter, no deadline, an empty list). */
export const NONE = '–';

/** What the describers need of a language: its messages and its numbers. */
export interface DiffWords {
  readonly lang: Language;
  readonly t: Translate;
  number(n: number): string;
  kind(kind: KindName): string;
  kindPlural(kind: KindName): string;
  /** The label of `value` in a closed vocabulary; the value itself when it is not one of it. */
  enumValue(group: EnumGroup, value: string): string;
}

export function diffWords(lang: Language): DiffWords {
  const t = createTranslator(lang);
  const formatters = createFormatters(lang, 'SEK', NONE);
  return {
    lang,
    t,
    number: (n) => formatters.number(n),
    kind: (kind) => t(`kind.${kind}` as const),
    kindPlural: (kind) => t(`kind.${kind}.plural` as const),
    enumValue(group, value) {
      const key = `${group}.${value}`;
      // Some labels carry an amount ('{n} tim'); a vocabulary value alone has none.
      return isMessageKey(key) ? t(key as MessageKey, { n: '' }).trim() : value;
    },
  };
}

/** How one scalar at a JSON path is shown. */
type ScalarText = (value: string | number | boolean, path: string) => string;

const rawScalar: ScalarText = (value) => String(value);

// A year is a number written as it is (2027, not 2 027).
const YEAR_FIELD = /(?:^|\.|Y|y)ear$/;

/** Scalars as the language writes them: enum values as labels, numbers by locale, yes/no. */
function scalarsOf(kind: KindName, words: DiffWords): ScalarText {
  return (value, path) => {
    if (typeof value === 'boolean') return words.t(value ? 'common.yes' : 'common.no');
    if (typeof value === 'number') return YEAR_FIELD.test(path) ? String(value) : words.number(value);
    const group = enumGroupAt(kind, path);
    return group ? words.enumValue(group, value) : value;
  };
}

/** A value as one short line: scalars as written, lists comma-separated, maps as {k: v}. */
export function shortValue(value: unknown, path = '', scalar: ScalarText = rawScalar): string {
  const text = render(value, path, scalar);
  // Line breaks and runs of spaces become one space; a number's no-break space stays.
  const oneLine = text.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
}

function render(value: unknown, path: string, scalar: ScalarText): string {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'string') return value === '' ? '""' : scalar(value, path);
  if (typeof value === 'number' || typeof value === 'boolean') return scalar(value, path);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value.map((v) => (typeof v === 'object' && v !== null ? `{${renderMap(v, `${path}[]`, scalar)}}` : render(v, `${path}[]`, scalar))).join(', ');
  }
  if (typeof value === 'object') return `{${renderMap(value, path, scalar)}}`;
  return String(value);
}

function renderMap(value: object, path: string, scalar: ScalarText): string {
  if (Array.isArray(value)) return render(value, path, scalar);
  return Object.entries(value)
    .map(([k, v]) => {
      const at = path === '' ? k : `${path}.${k}`;
      const shown = typeof v === 'object' && v !== null ? (Array.isArray(v) ? `[${render(v, at, scalar)}]` : `{${renderMap(v, at, scalar)}}`) : render(v, at, scalar);
      return `${k}: ${shown}`;
    })
    .join(', ');
}

/** How a record is named at the start of its lines ('Roll it-chef', 'Beställning ORD-… (titel)'). */
export function subject(diff: Pick<RecordDiff, 'kind' | 'id' | 'title'>, words: DiffWords): string {
  const named = `${words.kind(diff.kind)} ${diff.id}`;
  return diff.kind === 'order' && diff.title ? `${named} (${diff.title})` : named;
}

function letter(value: string, words: DiffWords): string {
  return value === '' ? NONE : words.enumValue('raciLetter', value);
}

function orNone(value: string | undefined): string {
  return value ?? NONE;
}

function describeChange(change: RecordChange, diff: RecordDiff, words: DiffWords): string {
  const { t } = words;
  const who = subject(diff, words);
  const number = (n: number | undefined) => (n === undefined ? NONE : words.number(n));
  switch (change.type) {
    case 'status': {
      const path = change.path.map((s) => words.enumValue('orderStatus', s)).join(' → ');
      return `${who}: ${path}${change.decision ? ` (${t('diff.decision', { decision: change.decision })})` : ''}`;
    }
    case 'raci-cell':
      return `${words.kind('raci')} ${diff.id} / ${change.activity}: ${change.role} ${letter(change.from, words)} → ${letter(change.to, words)}`;
    case 'raci-activity': {
      const values = { activity: change.activity, name: change.name };
      return `${words.kind('raci')} ${diff.id}: ${t(change.op === 'added' ? 'diff.activity.added' : 'diff.activity.removed', values)}`;
    }
    case 'people':
      return `${who}: ${t('diff.people', { field: change.field, from: change.from.join(', ') || NONE, to: change.to.join(', ') || NONE })}`;
    case 'notice-deadline':
      return `${who}: ${t('diff.noticeDeadline', { from: orNone(change.from), to: orNone(change.to) })}`;
    case 'score': {
      const parts = [t('diff.score', { from: number(change.from), to: number(change.to) })];
      if (change.rankFrom !== undefined || change.rankTo !== undefined) {
        parts.push(t('diff.rank', { from: number(change.rankFrom), to: number(change.rankTo) }));
      }
      return `${who}: ${parts.join(', ')}`;
    }
    case 'field': {
      const scalar = scalarsOf(diff.kind, words);
      const value = (v: unknown) => shortValue(v, change.path, scalar);
      if (change.op === 'added') return `${who}: ${t('diff.field.added', { path: change.path, value: value(change.to) })}`;
      if (change.op === 'removed') return `${who}: ${t('diff.field.removed', { path: change.path, value: value(change.from) })}`;
      return `${who}: ${change.path} ${value(change.from)} → ${value(change.to)}`;
    }
  }
}

/** A line with every control character shown as its symbol (ESC as ␛, a line break as ␊), so that record text cannot drive the terminal. */
export const visible = visibleAll;

/** The lines describing one record's change. */
export function describeRecord(diff: RecordDiff, words: DiffWords): string[] {
  return describeLines(diff, words).map(visible);
}

function describeLines(diff: RecordDiff, words: DiffWords): string[] {
  const { t } = words;
  const who = subject(diff, words);
  if (diff.change === 'added') {
    const facts: string[] = [];
    if (diff.facts?.status) facts.push(t('diff.fact.status', { status: words.enumValue('orderStatus', diff.facts.status) }));
    if (diff.facts?.decision) facts.push(t('diff.decision', { decision: diff.facts.decision }));
    if (diff.facts?.noticeDeadline) facts.push(t('diff.fact.noticeDeadline', { date: diff.facts.noticeDeadline }));
    if (facts.length === 0 && diff.kind !== 'order' && diff.title) facts.push(diff.title);
    return [facts.length ? t('diff.record.addedWith', { who, facts: facts.join(', ') }) : t('diff.record.added', { who })];
  }
  if (diff.change === 'removed') return [t('diff.record.removed', { who })];
  const lines: string[] = [];
  if (diff.change === 'renamed') {
    // The same id in a file of another name (x.yaml → x.yml) is a renamed file.
    if (diff.previousId !== undefined && diff.previousId !== diff.id) {
      lines.push(t('diff.record.renamed', { who: subject({ ...diff, id: diff.previousId }, words), id: diff.id }));
    } else if (diff.previousFile !== undefined) {
      lines.push(t('diff.record.fileRenamed', { who, from: diff.previousFile, file: diff.file }));
    }
  }
  for (const change of diff.changes) lines.push(describeChange(change, diff, words));
  return lines;
}

/** 'fel orders/x.yaml:3:5 ref/unknown-person message' */
export function describeProblem(d: Diagnostic, words: DiffWords, displayPrefix = ''): string {
  const at = d.range ? `:${d.range.line}:${d.range.column}` : '';
  return visible(`${words.t(`severity.${d.severity}`)} ${displayPrefix}${d.file}${at} ${d.rule} ${d.message}`);
}
