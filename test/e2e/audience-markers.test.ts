// The promise of `styr render --audience public`: nothing internal reaches a
// public page. A copy of the example data gets a unique marker in every field
// the schemas annotate internal (free text, amounts without a small maximum,
// dates; the list comes from the schemas, so a field annotated later is covered
// without touching this test) and in the name of every record marked
// `internal: true`. The public rendering (Markdown and HTML) holds none of the
// markers; the internal one holds them, which proves the markers are there to find.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { budgetByCategory } from '../../src/core/costs/budget.js';
import { KINDS } from '../../src/core/kinds/registry.js';
import type { Plan } from '../../src/core/model/types.js';
import { audienceTree } from '../../src/core/model/audience.js';
import type { AudienceField, AudienceTree } from '../../src/core/model/audience.js';
import { loadSchemas } from '../../src/io/files.js';
import { ROOT, styr, tempDir } from '../helpers/cli.js';
import { listFiles } from '../helpers/links.js';

const TODAY = '2026-11-29';
const schemas = loadSchemas();

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What kind of marker a field can hold: free text, a unique amount, a unique date; undefined when none (enums, small numbers, booleans, references). */
function markerKind(schema: Json): 'text' | 'number' | 'date' | undefined {
  if (schema.enum !== undefined || schema.const !== undefined) return undefined;
  if (schema.type === 'string') {
    if (schema.format === 'date') return 'date';
    return schema.format === undefined && schema.pattern === undefined ? 'text' : undefined;
  }
  if (schema.type === 'integer' || schema.type === 'number') return typeof schema.maximum === 'number' && schema.maximum < 10_000_000 ? undefined : 'number';
  return undefined;
}

/** The schema of a list's items, when the field is a list of scalars. */
function itemSchema(field: AudienceField): Json | undefined {
  return field.schema.type === 'array' && isObject(field.schema.items) ? field.schema.items : undefined;
}

interface Planted {
  /** Text as it is, or an amount's digits, or an ISO date. */
  value: string;
  kind: 'text' | 'number' | 'date';
  where: string;
}

const originalText = readAllText(join(ROOT, 'data'));

function readAllText(dir: string): string {
  return listFiles(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

class Markers {
  readonly planted: Planted[] = [];
  private n = 0;

  /** `near`: the value the field had, so that a date stays in its period (a notice decision in the right year). */
  make(kind: 'text' | 'number' | 'date', where: string, near?: unknown): string | number {
    this.n++;
    if (kind === 'text') {
      const value = `QZMARK${String(this.n).padStart(4, '0')}X`;
      this.planted.push({ value, kind, where });
      return value;
    }
    if (kind === 'number') {
      const value = 7_310_000 + this.n * 137;
      this.planted.push({ value: String(value), kind, where });
      return value;
    }
    // A date the example data does not use anywhere: the first free day after the old value, else in 2019.
    const start = typeof near === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(near) ? Date.parse(`${near}T00:00:00Z`) : Date.UTC(2019, 0, 1);
    for (let step = 1; ; step++) {
      const date = new Date(start + step * 86_400_000).toISOString().slice(0, 10);
      if (originalText.includes(date) || this.planted.some((p) => p.value === date)) continue;
      this.planted.push({ value: date, kind, where });
      return date;
    }
  }
}

/** Values for patterned fields of a list item the data has none of (a pattern cannot be guessed). */
const EXAMPLE_VALUES: Readonly<Record<string, string>> = { 'outcome.period': '2027' };

/** A list item built from the schema: markers where they fit, the first allowed value of an enum; undefined if a field cannot be filled. */
function buildItem(field: AudienceField, where: string, markers: Markers): Json | undefined {
  const item: Json = {};
  for (const child of field.children.values()) {
    const name = child.path.slice(child.path.lastIndexOf('.') + 1);
    const kind = markerKind(child.schema);
    const enumValues = child.schema.enum;
    if (kind) item[name] = markers.make(kind, `${where}.${child.path}`);
    else if (Array.isArray(enumValues)) item[name] = enumValues[0];
    else if (EXAMPLE_VALUES[child.path] !== undefined) item[name] = EXAMPLE_VALUES[child.path];
    else return undefined;
  }
  return item;
}

/** Replace every internal markable value, and add every absent internal markable field where its object exists. */
function plant(value: unknown, tree: AudienceTree, internal: boolean, where: string, markers: Markers, covered: Set<string>, addLists = false): unknown {
  if (Array.isArray(value)) return value.map((item) => plant(item, tree, internal, where, markers, covered));
  if (!isObject(value)) return value;
  const out: Json = { ...value };
  for (const field of tree.values()) {
    const name = field.path.slice(field.path.lastIndexOf('.') + 1);
    const isInternal = internal || field.annotated === 'internal';
    const kind = markerKind(field.schema);
    const items = itemSchema(field);
    const itemKind = items ? markerKind(items) : undefined;
    if (isInternal && kind) {
      out[name] = markers.make(kind, `${where}.${field.path}`, value[name]);
      covered.add(field.path);
    } else if (isInternal && itemKind) {
      out[name] = [markers.make(itemKind, `${where}.${field.path}`)];
      covered.add(field.path);
    } else if (name in value) {
      out[name] = plant(value[name], field.children, isInternal, where, markers, covered);
    } else if (isInternal && addLists && field.schema.type === 'array' && field.children.size > 0) {
      // An internal list no record has (a plan's outcome): one item, in the kind's first record only.
      const item = buildItem(field, where, markers);
      if (item) {
        out[name] = [item];
        for (const child of field.children.values()) if (markerKind(child.schema)) covered.add(child.path);
      }
    }
  }
  return out;
}

/** Every internal field that can hold a marker, by kind. */
function markableInternalFields(tree: AudienceTree, internal = false): string[] {
  const out: string[] = [];
  for (const field of tree.values()) {
    const isInternal = internal || field.annotated === 'internal';
    const items = itemSchema(field);
    if (isInternal && (markerKind(field.schema) || (items && markerKind(items)))) out.push(field.path);
    out.push(...markableInternalFields(field.children, isInternal));
  }
  return out;
}

/**
 * The rules that tie internal amounts together, kept true so the data still
 * validates: a budget's total is the sum of its categories, a recovery time
 * is within the tolerable outage.
 */
function keepConsistent(kind: string, data: Json, markers: Markers): Json {
  if (kind !== 'plan') return data;
  const out = { ...data };
  const budget = out.budget;
  if (isObject(budget)) {
    const parts = Object.values(budgetByCategory(budget as NonNullable<Plan['budget']>));
    if (parts.length && typeof budget.total === 'number') {
      const old = String(budget.total);
      const total = parts.reduce((a, b) => a + (b ?? 0), 0);
      out.budget = { ...budget, total };
      const marker = markers.planted.find((p) => p.value === old);
      if (marker) marker.value = String(total);
    }
  }
  const c = out.continuity;
  if (isObject(c) && typeof c.recoveryTimeHours === 'number' && typeof c.maxTolerableOutageHours === 'number' && c.recoveryTimeHours > c.maxTolerableOutageHours)
    out.continuity = { ...c, recoveryTimeHours: c.maxTolerableOutageHours, maxTolerableOutageHours: c.recoveryTimeHours };
  return out;
}

function splitFrontMatter(text: string): { yaml: string; body: string | undefined } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { yaml: m[1]!, body: m[2]! } : { yaml: text, body: undefined };
}

function plantMarkers(dataDir: string): { markers: Markers; uncovered: string[]; internalNames: string[] } {
  const markers = new Markers();
  const uncovered: string[] = [];
  const internalNames: string[] = [];
  for (const kind of KINDS) {
    const tree = audienceTree(schemas.get(kind.schema)!);
    const covered = new Set<string>();
    const folder = join(dataDir, kind.folder);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.(ya?ml|md)$/.test(f)) : [];
    for (const [index, file] of files.sort().entries()) {
      const path = join(folder, file);
      const { yaml, body } = splitFrontMatter(readFileSync(path, 'utf8'));
      let data = keepConsistent(kind.name, plant(parse(yaml), tree, false, `${kind.name}/${file}`, markers, covered, index === 0) as Json, markers);
      if (data.internal === true && typeof data[kind.titleField] === 'string') {
        data = { ...data, [kind.titleField]: markers.make('text', `${kind.name}/${file} (internal: true)`) };
        internalNames.push(`${kind.name}/${file}`);
      }
      const text = stringify(data, { lineWidth: 0 });
      writeFileSync(path, body === undefined ? text : `---\n${text}---\n${body}`);
    }
    for (const path of markableInternalFields(tree)) if (!covered.has(path)) uncovered.push(`${kind.name}.${path}`);
  }
  return { markers, uncovered, internalNames };
}

/** Every marker found in the files under `dir` (amounts also with thousands separators). */
function foundMarkers(dir: string, planted: readonly Planted[]): { marker: Planted; file: string }[] {
  const found: { marker: Planted; file: string }[] = [];
  for (const file of listFiles(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const digits = text.replace(/(?<=\d)[\s\u00a0\u202f.,](?=\d)/g, '');
    for (const marker of planted) {
      if (marker.kind === 'number' ? new RegExp(`(?<!\\d)${marker.value}(?!\\d)`).test(digits) : text.includes(marker.value)) found.push({ marker, file });
    }
  }
  return found;
}

describe('styr render --audience public with a marker in every internal field', () => {
  const tmp = tempDir('styr-audience-markers-');
  const data = join(tmp.dir, 'data');
  const pub = join(tmp.dir, 'public');
  const internal = join(tmp.dir, 'internal');
  let planted: ReturnType<typeof plantMarkers>;
  beforeAll(() => {
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    planted = plantMarkers(data);
    const p = styr(['render', '--data', data, '--today', TODAY, '--out', pub, '--html', '--audience', 'public']);
    expect(p.code, p.stderr).toBe(0);
    const i = styr(['render', '--data', data, '--today', TODAY, '--out', internal, '--html']);
    expect(i.code, i.stderr).toBe(0);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('plants a marker in every internal field of every kind and in every record marked internal', () => {
    expect(planted.uncovered).toEqual([]);
    expect(planted.markers.planted.length).toBeGreaterThan(100);
    for (const kind of ['person', 'role', 'system', 'service', 'plan', 'order', 'contract', 'direction'])
      expect(
        planted.markers.planted.some((m) => m.where.startsWith(`${kind}/`)),
        kind,
      ).toBe(true);
    expect(planted.internalNames.length).toBeGreaterThanOrEqual(3);
  });

  it('writes no marker into any file of the public rendering, Markdown or HTML', () => {
    const files = listFiles(pub);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    expect(foundMarkers(pub, planted.markers.planted).map(({ marker, file }) => `${marker.where} → ${file}`)).toEqual([]);
  });

  it('shows the markers in the internal rendering, so the search can find them', () => {
    const found = new Set(foundMarkers(internal, planted.markers.planted).map(({ marker }) => marker.where));
    // Internal documents show the internal fields of every kind (a service's one, its internal note, no document shows).
    for (const kind of ['person', 'role', 'system', 'plan', 'order', 'contract', 'direction'])
      expect(
        [...found].some((w) => w.startsWith(`${kind}/`)),
        kind,
      ).toBe(true);
    expect(found.size).toBeGreaterThan(planted.markers.planted.length / 3);
    expect([...found].filter((w) => w.endsWith('(internal: true)')).length).toBe(planted.internalNames.length);
  });

  it('still holds the catalog in the public rendering: services, how to order, contacts', () => {
    const catalog = readFileSync(join(pub, 'catalog', 'index.md'), 'utf8');
    expect(catalog).toContain('Servicedesk');
    const services = listFiles(join(pub, 'catalog', 'services')).filter((f) => f.endsWith('.md'));
    expect(services.length).toBeGreaterThan(5);
    const servicedesk = readFileSync(join(pub, 'catalog', 'services', 'servicedesk.md'), 'utf8');
    expect(servicedesk).toContain('## Så beställer du');
    expect(servicedesk).toContain('## Kontakter');
    expect(servicedesk).toContain('servicedesk@lovsala.example');
  });
});
