// What a new record of a kind asks for: its top-level fields, read from the
// kind's JSON Schema (titles and descriptions in Swedish and English, enums,
// formats) and the kind registry (which fields reference which kind). Enum
// values carry the catalogue group of their labels; the cli words them. Pure:
// the schema object is passed in.
import type { KindDefinition, RefTarget } from '../kinds/registry.js';

export type FieldType = 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'enum' | 'ref' | 'ref-list' | 'string-list' | 'complex';

export interface Bilingual {
  sv: string;
  en: string;
}

export interface FieldSpec {
  name: string;
  /** The command-line flag that sets it ('--wanted-by'); other fields use --set name=value. */
  flag: string;
  required: boolean;
  type: FieldType;
  title: Bilingual;
  description: Bilingual;
  /** The values of an enum field, in schema order. */
  choices?: string[];
  /** The group of the enum's labels in the catalogue (`orderType` for `orderType.project`); the cli words them. */
  enumGroup?: string;
  ref?: RefTarget;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** A string format the answer must have ('email'). */
  format?: string;
}

type JsonSchema = Record<string, unknown>;

/** Flags `styr new` declares; each sets the field of the same name (camelCase), or its plural list. */
export const NAMED_FLAGS: readonly string[] = [
  'id',
  'title',
  'name',
  'description',
  'unit',
  'orderer',
  'type',
  'category',
  'system',
  'team',
  'handler',
  'goal',
  'wantedBy',
  'legal',
  'dependsOn',
];

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function bilingual(text: unknown, fallback: string): Bilingual {
  if (typeof text !== 'string' || text.trim() === '') return { sv: fallback, en: fallback };
  const title = text.split(' / ');
  if (title.length === 2 && !text.includes('\n')) return { sv: title[0]!.trim(), en: title[1]!.trim() };
  const lines = text.split('\n');
  if (lines.length >= 2) return { sv: lines[0]!.trim(), en: lines.slice(1).join(' ').trim() };
  return { sv: text, en: text };
}

/** Which closed vocabulary (catalogue group) each top-level enum field of a kind draws its labels from. */
export const ENUM_GROUPS: Readonly<Record<string, string>> = {
  'decision.forum': 'forum',
  'decision.status': 'decisionStatus',
  'direction.type': 'directionType',
  'order.type': 'orderType',
  'order.category': 'orderCategory',
  'order.status': 'orderStatus',
  'plan.status': 'planStatus',
  'raci.process': 'process',
  'role.level': 'level',
  'role.side': 'side',
  'role.staffing': 'staffing',
  'service.status': 'serviceStatus',
  'system.hosting': 'hosting',
  'system.lifecycle': 'lifecycle',
  'unit.kind': 'unitKind',
};

/** A schema node with its local `$ref` to `#/$defs/…` followed; the node's own keywords (title, description) win. */
export function resolveRef(schema: JsonSchema, node: JsonSchema): JsonSchema {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const target = defs[ref.slice('#/$defs/'.length)] ?? {};
  // Local title/description win over the definition's.
  return { ...resolveRef(schema, target), ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

function refTarget(kind: KindDefinition, name: string): { target: RefTarget; list: boolean } | undefined {
  for (const ref of kind.references) {
    if (ref.path === name) return { target: ref.target, list: false };
    if (ref.path === `${name}/*`) return { target: ref.target, list: true };
  }
  return undefined;
}

/** The top-level fields of a kind, in schema order. `id` is included; callers decide how to fill it. */
export function fieldSpecs(kind: KindDefinition, schema: JsonSchema): FieldSpec[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const out: FieldSpec[] = [];
  for (const [name, raw] of Object.entries(properties)) {
    const node = resolveRef(schema, raw);
    const spec: FieldSpec = {
      name,
      flag: NAMED_FLAGS.includes(name) ? `--${kebab(name)}` : `--set ${name}=…`,
      required: required.has(name),
      type: 'complex',
      title: bilingual(node.title, name),
      description: bilingual(node.description, ''),
    };
    const ref = refTarget(kind, name);
    const items = node.items ? resolveRef(schema, node.items as JsonSchema) : undefined;
    if (ref && !ref.list) {
      spec.type = 'ref';
      spec.ref = ref.target;
    } else if (ref && ref.list) {
      spec.type = 'ref-list';
      spec.ref = ref.target;
      spec.flag = name === 'systems' ? '--system' : name === 'orderers' ? '--orderer' : name === 'dependsOn' ? '--depends-on' : spec.flag;
    } else if (Array.isArray(node.enum)) {
      spec.type = 'enum';
      spec.choices = [...(node.enum as string[])];
      const group = ENUM_GROUPS[`${kind.name}.${name}`];
      if (group !== undefined) spec.enumGroup = group;
    } else if (node.type === 'string' && node.format === 'date') {
      spec.type = 'date';
    } else if (node.type === 'string') {
      spec.type = 'string';
      if (typeof node.pattern === 'string') spec.pattern = node.pattern;
      if (typeof node.format === 'string') spec.format = node.format;
    } else if (node.type === 'integer' || node.type === 'number') {
      spec.type = node.type;
      if (typeof node.minimum === 'number') spec.minimum = node.minimum;
      if (typeof node.maximum === 'number') spec.maximum = node.maximum;
    } else if (node.type === 'boolean') {
      spec.type = 'boolean';
      if (name === 'legalRequirement') spec.flag = '--legal';
    } else if (node.type === 'array' && items && items.type === 'string' && !Array.isArray(items.enum)) {
      spec.type = 'string-list';
    }
    out.push(spec);
  }
  return out;
}
