// What a schema says about the field at a path, and a typed value from the
// text a user gave for it: numbers, yes/no, dates, e-mail addresses, enum
// values by their Swedish or English label, comma-separated lists, YAML for
// mappings. A refusal is data (a catalogue key and its values); the cli words it.
import type { MessageKey } from '../i18n/catalog.js';
import type { MessageValues } from '../i18n/translate.js';
import type { Language } from '../i18n/language.js';
import { isIsoDate } from '../dates.js';
import { yamlLib } from '../source/yaml-lib.js';
import { suggest } from '../text/suggest.js';
import type { EditPath } from './edit-path.js';
import { allowedEnumValues, guessEnumValue, matchEnumValue } from './enum-values.js';

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface ValueProblem {
  key: MessageKey;
  data: MessageValues;
  /** The closest allowed value, for "did you mean". */
  guess?: string;
}

export type Coerced = { ok: true; value: unknown } | { ok: false; problem: ValueProblem };

function resolve(root: JsonSchema, node: JsonSchema | undefined, depth = 0): JsonSchema {
  if (!node) return {};
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/') || depth > 20) return node;
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const target = resolve(root, defs[ref.slice('#/$defs/'.length)], depth + 1);
  return { ...target, ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

/** Every property a node may have, its conditional branches (allOf, anyOf, oneOf, then, else) included. */
export function propertiesOf(root: JsonSchema, node: JsonSchema): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  const visit = (n: JsonSchema, depth: number): void => {
    if (depth > 5) return;
    const r = resolve(root, n);
    // A branch may name a property again as `true` only to require it; the definition stays.
    for (const [name, sub] of Object.entries((r.properties ?? {}) as Record<string, unknown>)) {
      if (sub !== null && typeof sub === 'object') out[name] ??= sub as JsonSchema;
      else if (!(name in out)) out[name] = {};
    }
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const sub of (r[key] ?? []) as JsonSchema[]) visit(sub, depth + 1);
    for (const key of ['then', 'else'] as const) if (r[key]) visit(r[key] as JsonSchema, depth + 1);
  };
  visit(node, 0);
  return out;
}

export type SchemaAt =
  | { ok: true; node: JsonSchema; /** The last segment is a key of a free-form map (e.g. a RACI row's role ids). */ mapKey: boolean }
  | { ok: false; depth: number; field: string; known: string[] };

/** The schema of the field a path names (list items for index and `{key,value}` segments). */
export function schemaAt(root: JsonSchema, path: EditPath): SchemaAt {
  let node = resolve(root, root);
  let mapKey = false;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'string') {
      const props = propertiesOf(root, node);
      if (Object.prototype.hasOwnProperty.call(props, seg)) {
        node = resolve(root, props[seg]);
        mapKey = false;
        continue;
      }
      if (node.additionalProperties && typeof node.additionalProperties === 'object') {
        node = resolve(root, node.additionalProperties as JsonSchema);
        mapKey = true;
        continue;
      }
      return { ok: false, depth: i, field: seg, known: Object.keys(props) };
    }
    if (node.type !== 'array' && !node.items) return { ok: false, depth: i, field: typeof seg === 'number' ? `[${seg}]` : `[${seg.key}=${seg.value}]`, known: [] };
    node = resolve(root, node.items as JsonSchema);
    mapKey = false;
  }
  return { ok: true, node, mapKey };
}

/** The schema of a list's items, when the node is a list. */
export function itemsOf(root: JsonSchema, node: JsonSchema): JsonSchema | undefined {
  return node.type === 'array' || node.items ? resolve(root, node.items as JsonSchema) : undefined;
}

export interface CoerceOptions {
  language: Language;
  /** The catalogue group of the enum's labels when it is known (else found from the values). */
  enumGroup?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const YES = ['true', 'yes', 'ja', 'y', 'j'];
const NO = ['false', 'no', 'nej', 'n'];

function fail(key: MessageKey, data: MessageValues, guess?: string): Coerced {
  return { ok: false, problem: guess === undefined ? { key, data } : { key, data, guess } };
}

function parseYaml(text: string): Coerced {
  try {
    return { ok: true, value: yamlLib().parse(text) as unknown };
  } catch (error) {
    return fail('edit.value.yaml', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
  }
}

/** A value of the type the schema node wants, from the text given for it. */
export function coerceValue(root: JsonSchema, node: JsonSchema, raw: string, options: CoerceOptions): Coerced {
  const text = raw.trim();
  if (Array.isArray(node.enum)) {
    const values = (node.enum as unknown[]).map(String);
    const hit = matchEnumValue(text, values, options.enumGroup);
    if (hit !== undefined) return { ok: true, value: (node.enum as unknown[])[values.indexOf(hit)] };
    return fail(
      'edit.value.enum',
      { value: text, values: allowedEnumValues(values, options.language, options.enumGroup) },
      guessEnumValue(text, values, options.language, options.enumGroup),
    );
  }
  switch (node.type) {
    case 'string': {
      if (node.format === 'date' && !isIsoDate(text)) return fail('edit.value.date', { value: text });
      if (node.format === 'email' && !EMAIL.test(text)) return fail('edit.value.email', { value: text });
      if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(text)) return fail('edit.value.pattern', { value: text, pattern: node.pattern });
      if (typeof node.minLength === 'number' && text.length < node.minLength) return fail('edit.value.empty', {});
      return { ok: true, value: node.format === 'date' ? text : raw };
    }
    case 'integer':
    case 'number': {
      const n = Number(text.replace(/\s/g, '').replace(',', '.'));
      if (text === '' || !Number.isFinite(n)) return fail('edit.value.number', { value: text });
      if (node.type === 'integer' && !Number.isInteger(n)) return fail('edit.value.integer', { value: text });
      const min = typeof node.minimum === 'number' ? node.minimum : undefined;
      const max = typeof node.maximum === 'number' ? node.maximum : undefined;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return fail('edit.value.range', { value: text, min: min ?? '−∞', max: max ?? '∞' });
      return { ok: true, value: n };
    }
    case 'boolean': {
      const v = text.toLowerCase();
      if (YES.includes(v)) return { ok: true, value: true };
      if (NO.includes(v)) return { ok: true, value: false };
      return fail('edit.value.boolean', { value: text });
    }
    case 'array': {
      const items = itemsOf(root, node) ?? {};
      if (text.startsWith('[')) {
        const parsed = parseYaml(text);
        if (!parsed.ok || !Array.isArray(parsed.value)) return parsed.ok ? fail('edit.value.list', { value: text }) : parsed;
        return { ok: true, value: parsed.value };
      }
      const parts = text === '' ? [] : text.split(',').map((s) => s.trim());
      const out: unknown[] = [];
      for (const part of parts) {
        const one = coerceValue(root, items, part, options);
        if (!one.ok) return one;
        out.push(one.value);
      }
      return { ok: true, value: out };
    }
    case 'object': {
      const parsed = parseYaml(text);
      if (!parsed.ok) return parsed;
      if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return fail('edit.value.mapping', { value: text });
      return parsed;
    }
    default:
      return { ok: true, value: raw };
  }
}

/** "Did you mean" for a field name a schema does not have. */
export function guessField(field: string, known: readonly string[]): string | undefined {
  return suggest(field, known);
}
