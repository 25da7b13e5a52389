// Who may read each field: the schemas say it with the annotation
// `"x-audience": "internal"` on a property (no annotation: public, or what the
// property it sits in says), styr.yaml may widen or narrow a field
// (`audience.fields: { "person.phone": public }`). This module walks the
// schemas (properties, items, $ref into $defs, additionalProperties) into a
// tree of fields, and prunes a value down to what its readers may see.
import { AUDIENCE_KEYWORD } from '../schema/audience-keyword.js';
import type { FieldAudience } from './types.js';

type Json = Record<string, unknown>;

/** One field of a kind, with the audience the schema gives it and its own fields. */
export interface AudienceField {
  /** Dotted path from the record ('plan.continuity.recoveryTimeHours'); array items are transparent. */
  path: string;
  /** The audience the schema annotates on this property, if any. */
  annotated?: FieldAudience;
  /** The property's own schema (after $ref), for callers that generate values. */
  schema: Json;
  /** True when the value is a map (`additionalProperties`): the children are the fields of each map value. */
  map: boolean;
  children: Map<string, AudienceField>;
}

/** The field tree of one schema: the record's top-level fields. */
export type AudienceTree = Map<string, AudienceField>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolveRef(root: Json, node: Json, seen: readonly string[]): { node: Json; seen: readonly string[] } {
  let current = node;
  let path = seen;
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = root.$defs;
    if (!match || !isObject(defs) || path.includes(ref)) return { node: {}, seen: path };
    const target = defs[match[1]!];
    if (!isObject(target)) return { node: {}, seen: path };
    // The annotation may sit beside the $ref ({ $ref, x-audience }); keep it.
    const { $ref: _ref, ...beside } = current;
    current = { ...target, ...beside };
    path = [...path, ref];
  }
  return { node: current, seen: path };
}

/** The property schemas reachable from a node: its properties, array items, map values and conditional branches. */
function collectProperties(root: Json, node: Json, seen: readonly string[], into: Map<string, { schema: Json; seen: readonly string[] }>): void {
  const { node: resolved, seen: path } = resolveRef(root, node, seen);
  if (isObject(resolved.properties)) {
    for (const [name, child] of Object.entries(resolved.properties)) if (isObject(child) && !into.has(name)) into.set(name, { schema: child, seen: path });
  }
  for (const key of ['items', 'then', 'else'] as const) {
    const inner = resolved[key];
    if (isObject(inner)) collectProperties(root, inner, path, into);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = resolved[key];
    if (Array.isArray(list)) for (const inner of list) if (isObject(inner)) collectProperties(root, inner, path, into);
  }
}

/** The schema of a map's values (`additionalProperties` on an object, or on a list's items), if the value is a map. */
function mapValues(root: Json, node: Json, seen: readonly string[]): Json | undefined {
  const values = node.additionalProperties;
  if (isObject(values)) return resolveRef(root, values, seen).node;
  return undefined;
}

function buildFields(root: Json, node: Json, prefix: string, seen: readonly string[]): AudienceTree {
  const found = new Map<string, { schema: Json; seen: readonly string[] }>();
  collectProperties(root, node, seen, found);
  const out: AudienceTree = new Map();
  for (const [name, { schema, seen: path }] of [...found.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const annotation = schema[AUDIENCE_KEYWORD];
    const { node: resolved, seen: inner } = resolveRef(root, schema, path);
    const fieldPath = prefix === '' ? name : `${prefix}.${name}`;
    const map = mapValues(root, resolved, inner);
    const children = buildFields(root, map ?? resolved, fieldPath, inner);
    const field: AudienceField = { path: fieldPath, schema: resolved, map: map !== undefined, children };
    if (annotation === 'internal' || annotation === 'public') field.annotated = annotation;
    out.set(name, field);
  }
  return out;
}

/** The field tree of a schema. */
export function audienceTree(schema: object): AudienceTree {
  return buildFields(schema as Json, schema as Json, '', []);
}

/** Every field of a tree, depth first, in name order. */
export function* allFields(tree: AudienceTree): Generator<AudienceField> {
  for (const field of tree.values()) {
    yield field;
    yield* allFields(field.children);
  }
}

/** The field at a dotted path, or undefined. */
export function fieldAt(tree: AudienceTree, path: string): AudienceField | undefined {
  let fields = tree;
  let field: AudienceField | undefined;
  for (const name of path.split('.')) {
    field = fields.get(name);
    if (!field) return undefined;
    fields = field.children;
  }
  return field;
}

/** Overrides from styr.yaml for one kind: dotted path → audience. */
export type AudienceOverrides = ReadonlyMap<string, FieldAudience>;

/** A compiled pruner: which fields of a record the public may read. */
interface PruneNode {
  /** Fields by name; a field missing from the map is public with no internal parts. */
  fields: Map<string, { internal: boolean; map: boolean; inner: PruneNode | undefined }>;
}

/**
 * The effective audience of each field: an override in styr.yaml, else the
 * schema's annotation, else the audience of the field it sits in (public at the
 * top). A field the public may not read is dropped unless a field inside it is
 * explicitly widened to public; then only that part of it stays.
 */
function compile(tree: AudienceTree, overrides: AudienceOverrides, inherited: FieldAudience): PruneNode | undefined {
  const fields = new Map<string, { internal: boolean; map: boolean; inner: PruneNode | undefined }>();
  for (const [name, field] of tree) {
    const audience = overrides.get(field.path) ?? field.annotated ?? inherited;
    if (audience === 'internal' && !publicInside(field.children, overrides)) fields.set(name, { internal: true, map: field.map, inner: undefined });
    else {
      const inner = compile(field.children, overrides, audience);
      if (inner) fields.set(name, { internal: false, map: field.map, inner });
    }
  }
  // Nothing internal anywhere below: the value stays as it is.
  return fields.size === 0 ? undefined : { fields };
}

/** Whether styr.yaml widens a field somewhere inside these to public. */
function publicInside(tree: AudienceTree, overrides: AudienceOverrides): boolean {
  for (const field of tree.values()) if (overrides.get(field.path) === 'public' || publicInside(field.children, overrides)) return true;
  return false;
}

function prune(value: unknown, node: PruneNode): unknown {
  if (Array.isArray(value)) return value.map((item) => prune(item, node));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    const rule = node.fields.get(key);
    if (!rule) out[key] = child;
    else if (rule.internal) continue;
    else if (rule.inner && rule.map) out[key] = isObject(child) ? Object.fromEntries(Object.entries(child).map(([k, v]) => [k, prune(v, rule.inner!)])) : child;
    else if (rule.inner) out[key] = prune(child, rule.inner);
    else out[key] = child;
  }
  return out;
}

/** A function that returns a copy of a record with every field the public may not read left out. */
export type PublicView = (value: unknown) => unknown;

export function publicView(tree: AudienceTree, overrides: AudienceOverrides = new Map()): PublicView {
  const node = compile(tree, overrides, 'public');
  return node ? (value) => prune(value, node) : (value) => value;
}

/** Every field the public may not read after the overrides, the fields inside an internal field included. */
export function internalFields(tree: AudienceTree, overrides: AudienceOverrides = new Map()): AudienceField[] {
  const out: AudienceField[] = [];
  const walk = (fields: AudienceTree, inherited: FieldAudience) => {
    for (const field of fields.values()) {
      const audience = overrides.get(field.path) ?? field.annotated ?? inherited;
      if (audience === 'internal') out.push(field);
      walk(field.children, audience);
    }
  };
  walk(tree, 'public');
  return out;
}
