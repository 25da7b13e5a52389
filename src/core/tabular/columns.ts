// The columns of a kind as a table: one column per field, read from the kind's
// JSON Schema (titles in Swedish and English), nested objects flattened into
// one column per leaf ("Informationsklassning: Konfidentialitet"), lists of
// plain values in one cell (one value a line), lists of objects and maps in
// one cell as JSON. Import and export both work from these columns, so a sheet
// styr wrote is read back the same way. Pure: the schema is passed in.
import { bilingual, resolveRef } from '../create/fields.js';
import type { Bilingual } from '../create/fields.js';
import { enumGroupAt } from '../diff/enum-fields.js';
import type { EnumGroup } from '../diff/enum-fields.js';
import type { Language } from '../i18n/language.js';
import type { KindDefinition } from '../kinds/registry.js';

type JsonSchema = Record<string, unknown>;

export type ScalarType = 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'enum';

export interface Column {
  /** Field path from the record's top ('classification', 'confidentiality'). */
  path: readonly string[];
  /** The path as mappings and messages write it: 'classification.confidentiality'. */
  key: string;
  title: Bilingual;
  /**
   * 'list': a list of plain values, one a line in the cell; 'json': a list of
   * objects or a map, as JSON text; otherwise one value.
   */
  shape: 'scalar' | 'list' | 'json';
  /** The type of the value, or of each item of a list. */
  type: ScalarType;
  /** Enum values in schema order. */
  choices?: readonly string[];
  /** The catalogue group of the enum's labels. */
  enumGroup?: EnumGroup;
  required: boolean;
}

function scalarType(node: JsonSchema): ScalarType | undefined {
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string')) return 'enum';
  if (node.type === 'string') return node.format === 'date' ? 'date' : 'string';
  if (node.type === 'integer' || node.type === 'number' || node.type === 'boolean') return node.type;
  return undefined;
}

function joinTitle(parent: Bilingual | undefined, own: Bilingual): Bilingual {
  if (!parent) return own;
  return { sv: `${parent.sv}: ${own.sv}`, en: `${parent.en}: ${own.en}` };
}

function addColumns(kind: KindDefinition, schema: JsonSchema, node: JsonSchema, prefix: string[], parentTitle: Bilingual | undefined, out: Column[]): void {
  const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((node.required ?? []) as string[]);
  for (const [name, raw] of Object.entries(properties)) {
    const field = resolveRef(schema, raw);
    const path = [...prefix, name];
    const key = path.join('.');
    const title = joinTitle(parentTitle, bilingual(field.title, name));
    const base = { path, key, title, required: prefix.length === 0 && required.has(name) };
    if (field.type === 'object' && field.properties !== undefined) {
      addColumns(kind, schema, field, path, title, out);
      continue;
    }
    const scalar = scalarType(field);
    if (scalar) {
      const column: Column = { ...base, shape: 'scalar', type: scalar };
      if (scalar === 'enum') {
        column.choices = field.enum as string[];
        const group = enumGroupAt(kind.name, key);
        if (group) column.enumGroup = group;
      }
      out.push(column);
      continue;
    }
    const items = field.type === 'array' && field.items ? resolveRef(schema, field.items as JsonSchema) : undefined;
    const itemType = items ? scalarType(items) : undefined;
    if (itemType) {
      const column: Column = { ...base, shape: 'list', type: itemType };
      if (itemType === 'enum') column.choices = items!.enum as string[];
      out.push(column);
      continue;
    }
    out.push({ ...base, shape: 'json', type: 'string' });
  }
}

/** Every column of a kind, in schema order, the id first. */
export function kindColumns(kind: KindDefinition, schema: JsonSchema): Column[] {
  const out: Column[] = [];
  addColumns(kind, schema, schema, [], undefined, out);
  return out;
}

/** A column's header in a language. */
export function columnHeader(column: Column, language: Language): string {
  return column.title[language];
}

/** The value at a path, or undefined. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A copy of `data` with the value at `path` set (undefined removes it; an object left empty is removed too). */
export function withValueAt(data: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  const out: Record<string, unknown> = { ...data };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  const child = out[head];
  const inner = withValueAt(child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest, value);
  if (Object.keys(inner).length === 0) delete out[head];
  else out[head] = inner;
  return out;
}
