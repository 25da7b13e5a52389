// A sheet's rows into records: columns matched to fields (by the mapping, else
// by header), each cell read for its field, the id taken from a column or made
// from the name, and every record checked against its schema. Each problem
// names the sheet, the row and the column. An id that exists already means an
// update: the record's other fields are kept, the sheet's columns set or clear
// theirs (an empty cell clears a field). Pure: records and schema checks are
// passed in.
import { slugify } from '../create/record-text.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Language } from '../i18n/language.js';
import type { Translate } from '../i18n/translate.js';
import type { KindDefinition } from '../kinds/registry.js';
import { recordExtensions } from '../kinds/registry.js';
import type { SchemaValidator } from '../schema/validate-schema.js';
import type { Cell, DecimalMark } from './cells.js';
import { sameValue } from '../diff/record-diff.js';
import { valueAt, withValueAt } from './columns.js';
import type { Column } from './columns.js';
import { headerKey } from './mapping.js';
import type { Mapping } from './mapping.js';
import { enumLookup, readCell } from './values.js';
import type { Translations } from './values.js';

/** One sheet as read: headers, and the rows that hold anything (empty ones are left out). */
export interface Table {
  sheet: string;
  headers: readonly string[];
  /** `row` is the row's number in the sheet (1-based), as the spreadsheet shows it. */
  rows: readonly { row: number; cells: readonly Cell[] }[];
  decimal: DecimalMark;
}

export interface RowProblem {
  sheet: string;
  /** Undefined for a problem of the whole sheet (a header, the id rule). */
  row?: number;
  /** 'C', as the spreadsheet names the column. */
  column?: string;
  header?: string;
  message: string;
}

export interface ImportedRow {
  row: number;
  id: string;
  /** Data-relative path of the record's file. */
  file: string;
  data: Record<string, unknown>;
  /** The record as it is now, when the id exists. */
  before?: Record<string, unknown>;
  /** Fields (column paths) whose value the row changes. */
  changed: readonly Column[];
  valid: boolean;
}

export interface ImportPlan {
  rows: ImportedRow[];
  problems: RowProblem[];
  /** Headers no field takes (left out, and said so). */
  ignored: string[];
  /** Which field each column feeds. */
  used: { index: number; column: Column }[];
}

export interface ImportInput {
  kind: KindDefinition;
  columns: readonly Column[];
  table: Table;
  mapping?: Mapping;
  /** For reference fields: the names of the records they may name (name → id), so that a sheet may say 'Socialförvaltningen'. */
  names?: ReadonlyMap<string, Translations>;
  /** Records of the kind that exist: id → data. */
  existing: ReadonlyMap<string, unknown>;
  validator: SchemaValidator;
  language: Language;
  t: Translate;
}

/** 0 → 'A', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Which field each header names: the mapping's word first, then the field's path, Swedish or English title, or (nested) its own title when that is unique. */
function matchColumns(input: ImportInput, problems: RowProblem[]): { used: { index: number; column: Column }[]; ignored: string[] } {
  const { columns, table, mapping } = input;
  const byName = new Map<string, Column | null>();
  const add = (name: string, column: Column) => {
    const key = headerKey(name);
    if (!byName.has(key)) byName.set(key, column);
    else if (byName.get(key) !== column) byName.set(key, null);
  };
  for (const c of columns) add(c.key, c);
  for (const c of columns) {
    add(c.title.sv, c);
    add(c.title.en, c);
  }
  for (const c of columns.filter((c) => c.path.length > 1)) {
    for (const title of [c.title.sv, c.title.en]) {
      const own = title.split(': ').at(-1)!;
      if (!byName.has(headerKey(own))) add(own, c);
    }
  }
  const used: { index: number; column: Column }[] = [];
  const ignored: string[] = [];
  const taken = new Map<string, number>();
  table.headers.forEach((header, index) => {
    const key = headerKey(header);
    if (key === '') {
      if (table.rows.some((r) => (r.cells[index]?.type ?? 'empty') !== 'empty')) ignored.push(columnLetter(index));
      return;
    }
    let column: Column | undefined;
    if (mapping?.columns.has(key)) {
      const field = mapping.columns.get(key);
      column = field === null ? undefined : columns.find((c) => c.key === field);
    } else {
      column = byName.get(key) ?? undefined;
    }
    if (!column) {
      ignored.push(header);
      return;
    }
    const first = taken.get(column.key);
    if (first !== undefined) {
      problems.push({
        sheet: table.sheet,
        column: columnLetter(index),
        header,
        message: input.t('tabular.header.twice', { field: column.key, first: columnLetter(first), header: table.headers[first]! }),
      });
      return;
    }
    taken.set(column.key, index);
    used.push({ index, column });
  });
  return { used, ignored };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The column a diagnostic's pointer falls in: the longest column path that starts the pointer. */
export function columnOfPointer(pointer: string, used: readonly { index: number; column: Column }[]): { index: number; column: Column } | undefined {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let best: { index: number; column: Column } | undefined;
  for (const u of used) {
    const path = u.column.path;
    if (path.length <= segments.length && path.every((p, i) => p === segments[i]) && (!best || path.length > best.column.path.length)) best = u;
  }
  return best;
}

export function planImport(input: ImportInput): ImportPlan {
  const { kind, table, mapping, t } = input;
  const problems: RowProblem[] = [];
  const { used, ignored } = matchColumns(input, problems);
  const idRule = mapping?.id;
  let idIndex: number | undefined;
  let slugIndex: number | undefined;
  if (idRule && 'column' in idRule) {
    idIndex = table.headers.findIndex((h) => headerKey(h) === headerKey(idRule.column));
    if (idIndex < 0) problems.push({ sheet: table.sheet, message: t('tabular.id.noColumn', { header: idRule.column }) });
  } else if (idRule && 'slug' in idRule) {
    const hit = used.find((u) => u.column.key === idRule.slug) ?? used.find((u) => headerKey(table.headers[u.index]!) === headerKey(idRule.slug));
    slugIndex = hit?.index ?? table.headers.findIndex((h) => headerKey(h) === headerKey(idRule.slug));
    if (slugIndex < 0) problems.push({ sheet: table.sheet, message: t('tabular.id.noColumn', { header: idRule.slug }) });
  } else {
    idIndex = used.find((u) => u.column.key === 'id')?.index;
    if (idIndex === undefined) slugIndex = used.find((u) => u.column.key === kind.titleField)?.index;
    if (idIndex === undefined && slugIndex === undefined) problems.push({ sheet: table.sheet, message: t('tabular.id.none', { field: kind.titleField }) });
  }
  const fields = used.filter((u) => u.column.key !== 'id');
  if (problems.length > 0) return { rows: [], problems, ignored, used };

  const translationsOf = (key: string): Translations | undefined => {
    const given = mapping?.values.get(key);
    const names = input.names?.get(key);
    if (!names) return given;
    return given ? new Map([...names, ...given]) : names;
  };
  const translations = new Map(fields.map((u) => [u.column.key, translationsOf(u.column.key)]));
  const enums = new Map(fields.filter((u) => u.column.type === 'enum').map((u) => [u.column.key, enumLookup(u.column)]));
  const ext = recordExtensions(kind)[0]!;
  const seen = new Map<string, { row: number; made: boolean }>();
  const rows: ImportedRow[] = [];
  for (const { row, cells } of table.rows) {
    const at = (index: number, message: string): RowProblem => ({ sheet: table.sheet, row, column: columnLetter(index), header: table.headers[index]!, message });
    const before = problems.length;
    const values = new Map<string, unknown>();
    for (const { index, column } of fields) {
      const reading = readCell(cells[index] ?? { type: 'empty' }, column, table.decimal, translations.get(column.key), enums.get(column.key));
      if ('problem' in reading) problems.push(at(index, t(reading.problem.key, reading.problem.values)));
      else values.set(column.key, reading.value);
    }
    // The id.
    let id: string | undefined;
    const made = idIndex === undefined;
    if (idIndex !== undefined) {
      const cell = cells[idIndex] ?? { type: 'empty' };
      id = cell.type === 'text' ? cell.text.replace(/^'/, '').trim() : cell.type === 'number' ? String(cell.value) : undefined;
      if (!id) problems.push(at(idIndex, t('tabular.id.empty')));
    } else if (slugIndex !== undefined) {
      const source = fields.find((u) => u.index === slugIndex);
      const cell = cells[slugIndex] ?? { type: 'empty' };
      const name = source ? values.get(source.column.key) : cell.type === 'text' ? cell.text : undefined;
      id = typeof name === 'string' ? slugify(name) : undefined;
      if (!id) problems.push(at(slugIndex, t('tabular.id.noName')));
    }
    if (id !== undefined && id !== '') {
      const first = seen.get(id);
      if (first) {
        const where = (made ? slugIndex : idIndex)!;
        problems.push(at(where, made ? t('tabular.id.collision', { id, row: first.row }) : t('tabular.id.duplicate', { id, row: first.row })));
        id = undefined;
      } else {
        seen.set(id, { row, made });
      }
    }
    if (id === undefined || id === '') continue;
    const file = `${kind.folder}/${id}${ext}`;
    const existing = input.existing.get(id);
    const base: Record<string, unknown> = isRecord(existing) ? existing : { id };
    let data = base;
    const changed = [];
    for (const { column } of fields) {
      if (!values.has(column.key)) continue;
      const value = values.get(column.key);
      if (sameValue(valueAt(base, column.path), value)) continue;
      data = withValueAt(data, column.path, value);
      changed.push(column);
    }
    let valid = problems.length === before;
    if (valid) {
      const found: Diagnostic[] = input.validator.validate(kind.schema, data, file, input.language);
      for (const d of found) {
        const hit = columnOfPointer(d.pointer, used);
        problems.push(
          hit ? at(hit.index, d.message) : { sheet: table.sheet, row, message: d.pointer ? `${d.pointer.slice(1).replace(/\//g, '.')}: ${d.message}` : d.message },
        );
      }
      valid = found.length === 0;
    }
    const imported: ImportedRow = { row, id, file, data, changed, valid };
    if (isRecord(existing)) imported.before = existing;
    rows.push(imported);
  }
  return { rows, problems, ignored, used };
}
