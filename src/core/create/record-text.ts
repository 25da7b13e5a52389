// The text of a new record file: the editor's schema line, then the fields in
// schema order, lists of plain values and small mappings in flow style as the
// example data writes them.
import type { KindDefinition } from '../kinds/registry.js';
import { yamlLib } from '../source/yaml-lib.js';

type JsonSchema = Record<string, unknown>;

/** Fields in the order the schema lists them, unknown ones last. */
export function inSchemaOrder(data: Record<string, unknown>, schema: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = Object.keys((schema.properties ?? {}) as object);
  for (const key of properties) if (data[key] !== undefined) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

function isFlat(value: unknown): boolean {
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object');
  if (value && typeof value === 'object') return Object.values(value).every((v) => v === null || typeof v !== 'object');
  return false;
}

export function recordText(kind: KindDefinition, data: Record<string, unknown>, schema: JsonSchema, schemaPath: string): string {
  const { Document, isMap, isSeq } = yamlLib();
  // One field at a time, so that short lists print as [a, b] and small mappings as { a: 1 }, as the example data does.
  let body = '';
  for (const [key, value] of Object.entries(inSchemaOrder(data, schema))) {
    const doc = new Document({ [key]: value });
    const node = (doc.contents as { items: { value: unknown }[] }).items[0]!.value;
    const flow = (isSeq(node) || isMap(node)) && isFlat(value) && JSON.stringify(value).length <= 100;
    if (flow) (node as { flow: boolean }).flow = true;
    body += doc.toString({ lineWidth: 0, flowCollectionPadding: isMap(node) });
  }
  const header = `# yaml-language-server: $schema=${schemaPath}\n`;
  if (kind.format === 'markdown') return `---\n${header}${body}---\n\n`;
  return header + body;
}

/** A file-name-safe id from a name: lower case, å/ä → a, ö → o, other characters → '-'. */
export function slugify(text: string, maxLength = 64): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, maxLength).replace(/-+$/, '');
}
