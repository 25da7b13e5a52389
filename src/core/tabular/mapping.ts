// The mapping file of `styr import --map`: which column feeds which field,
// how cell values translate, and how the id is made. Without one, columns are
// matched by their headers (the field's Swedish or English title, or its path),
// which is what `styr export` writes, so an exported sheet imports as it is.
import type { MessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import type { MessageValues } from '../i18n/translate.js';
import type { KindDefinition } from '../kinds/registry.js';
import { yamlLib } from '../source/yaml-lib.js';
import type { Column } from './columns.js';
import type { Translations } from './values.js';

export type IdRule = { column: string } | { slug: string };

export interface Mapping {
  sheet?: string;
  /** Header → field path ('classification.confidentiality'); null leaves the column out. */
  columns: ReadonlyMap<string, string | null>;
  /** Field path → cell text → value. */
  values: ReadonlyMap<string, Translations>;
  id?: IdRule;
}

export class MappingError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues,
  ) {
    super(key);
    this.name = 'MappingError';
  }
}

/** A header as compared: case, surrounding and repeated spaces, line breaks and a trailing '*' do not matter. */
export function headerKey(text: string): string {
  return text
    .replace(/\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Parse a mapping file's text. Field paths are checked against the kind's columns. */
export function parseMapping(text: string, kind: KindDefinition, columns: readonly Column[]): Mapping {
  const { parseDocument } = yamlLib();
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new MappingError('tabular.map.parse', { line: e.linePos?.[0].line ?? 1, message: e.message.split('\n')[0]! });
  }
  const raw = doc.toJS() as unknown;
  if (!isRecord(raw)) throw new MappingError('tabular.map.shape', {});
  const known = new Set(columns.map((c) => c.key));
  for (const key of Object.keys(raw)) {
    if (!['kind', 'sheet', 'id', 'columns', 'values'].includes(key)) throw new MappingError('tabular.map.unknownKey', { key });
  }
  if (raw.kind !== undefined && raw.kind !== kind.name) throw new MappingError('tabular.map.kind', { found: String(raw.kind), kind: kind.name });
  const checkField = (field: unknown, where: string): string => {
    if (typeof field !== 'string' || !known.has(field)) throw new MappingError('tabular.map.unknownField', { field: String(field), where });
    return field;
  };
  const columnsOut = new Map<string, string | null>();
  if (raw.columns !== undefined) {
    if (!isRecord(raw.columns)) throw new MappingError('tabular.map.shape', {});
    for (const [header, field] of Object.entries(raw.columns)) {
      columnsOut.set(headerKey(header), field === null || field === '-' ? null : checkField(field, header));
    }
  }
  const values = new Map<string, Translations>();
  if (raw.values !== undefined) {
    if (!isRecord(raw.values)) throw new MappingError('tabular.map.shape', {});
    for (const [field, table] of Object.entries(raw.values)) {
      checkField(field, 'values');
      if (!isRecord(table)) throw new MappingError('tabular.map.shape', {});
      values.set(field, new Map(Object.entries(table).map(([from, to]) => [from.trim(), to])));
    }
  }
  const mapping: { -readonly [K in keyof Mapping]: Mapping[K] } = { columns: columnsOut, values };
  if (typeof raw.sheet === 'string') mapping.sheet = raw.sheet;
  if (raw.id !== undefined) {
    if (isRecord(raw.id) && typeof raw.id.column === 'string') mapping.id = { column: raw.id.column };
    else if (isRecord(raw.id) && typeof raw.id.slug === 'string') mapping.id = { slug: raw.id.slug };
    else throw new MappingError('tabular.map.id', {});
  }
  return mapping;
}

function quoteKey(text: string): string {
  return /^[\p{L}\p{N} ()/.-]+$/u.test(text) && !/^[\d-]/.test(text) ? text : JSON.stringify(text);
}

/**
 * A starting mapping for a kind: every field under its header in `language`,
 * with its Swedish and English title as a comment, enum values with their
 * labels, and the id rule. Words come from `comments`, already in the language.
 */
export function mappingTemplate(
  kind: KindDefinition,
  columns: readonly Column[],
  language: Language,
  words: { intro: string[]; columns: string; values: string; id: string; idSlug: string; required: string },
  labels: (column: Column, value: string) => string,
): string {
  const lines: string[] = words.intro.map((line) => `# ${line}`);
  lines.push(`kind: ${kind.name}`, '');
  lines.push(`# ${words.id}`, 'id:', `  column: ${quoteKey(columns.find((c) => c.key === 'id')?.title[language] ?? 'Id')}`);
  lines.push(`  # ${words.idSlug}`, `  # slug: ${kind.titleField}`, '');
  lines.push(`# ${words.columns}`, 'columns:');
  for (const c of columns) {
    const note = `${c.title.sv} / ${c.title.en}${c.required ? ` (${words.required})` : ''}`;
    lines.push(`  ${quoteKey(c.title[language])}: ${c.key}   # ${note}`);
  }
  lines.push('', `# ${words.values}`, 'values:');
  const enums = columns.filter((c) => c.type === 'enum' && c.choices);
  for (const c of enums) {
    lines.push(`  ${c.key}:`);
    for (const value of c.choices!) lines.push(`    ${quoteKey(labels(c, value))}: ${value}`);
  }
  if (enums.length === 0) lines[lines.length - 1] = 'values: {}';
  return `${lines.join('\n')}\n`;
}
