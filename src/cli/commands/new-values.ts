// styr new: turning flags into field values, checked as the prompts would
// check them, and the defaults and ids a new record gets.
import { randomBytes } from 'node:crypto';
import { isIsoDate } from '../../core/dates.js';
import type { EnumChoice, FieldSpec } from '../../core/create/fields.js';
import { kebab } from '../../core/create/fields.js';
import { slugify } from '../../core/create/record-text.js';
import type { KindDefinition, RefTarget } from '../../core/kinds/registry.js';
import type { RepositoryModel } from '../../core/model/repository.js';
import { ORDER_SIZES } from '../../core/model/types.js';
import { orderId } from '../../core/orders/order-id.js';
import { suggest } from '../../core/text/suggest.js';
import { yamlLib } from '../../core/source/yaml-lib.js';
import { UsageError } from '../errors.js';

export type Values = Record<string, unknown>;

export interface NewFlags {
  id?: string;
  title?: string;
  name?: string;
  description?: string;
  unit?: string;
  orderer?: string[];
  type?: string;
  category?: string;
  system?: string[];
  team?: string;
  handler?: string;
  goal?: string;
  wantedBy?: string;
  legal?: boolean;
  dependsOn?: string[];
  benefit?: string;
  strategicFit?: string;
  riskIfNotDone?: string;
  riskIfDone?: string;
  costOneOff?: string;
  costYearly?: string;
  effortDays?: string;
  size?: string;
  set?: string[];
}

const ESTIMATE_FLAGS = ['benefit', 'strategicFit', 'riskIfNotDone', 'riskIfDone', 'costOneOff', 'costYearly', 'effortDays', 'size'] as const;

/** Which field a named flag sets, for a kind: the field itself, or its plural list. */
const FLAG_FIELDS: Record<string, readonly string[]> = {
  title: ['title'],
  name: ['name'],
  description: ['description'],
  unit: ['unit'],
  orderer: ['orderer', 'orderers'],
  type: ['type'],
  category: ['category'],
  system: ['systems'],
  team: ['team'],
  handler: ['handler'],
  goal: ['goal'],
  wantedBy: ['wantedBy'],
  legal: ['legalRequirement'],
  dependsOn: ['dependsOn'],
};

export function refIds(model: RepositoryModel, target: RefTarget): string[] {
  if (target === 'goal') return [...model.goals.keys()];
  if (target === 'team') return (model.config.teams ?? []).map((t) => t.id);
  return [...model.records[target].keys()];
}

function refExists(model: RepositoryModel, target: RefTarget, id: string): boolean {
  if (target === 'goal') return model.goals.has(id);
  if (target === 'team') return (model.config.teams ?? []).some((t) => t.id === id);
  return model.records[target].has(id);
}

function choiceFor(choices: readonly EnumChoice[], value: string): string | undefined {
  const v = value.trim().toLowerCase();
  return choices.find((c) => c.value.toLowerCase() === v || c.label.sv.toLowerCase() === v || c.label.en.toLowerCase() === v)?.value;
}

/** Check and convert one value for a field; `flag` names where it came from in messages. */
export function coerce(spec: FieldSpec, raw: unknown, flag: string, model: RepositoryModel): unknown {
  const fail = (why: string): never => {
    throw new UsageError(`${flag}: ${why}`);
  };
  const text = typeof raw === 'string' ? raw : undefined;
  switch (spec.type) {
    case 'string':
      if (text === undefined || text.trim() === '') fail('needs a value');
      if (spec.pattern && !new RegExp(spec.pattern).test(text!)) fail(`'${text}' has the wrong form (expected ${spec.pattern})`);
      return text;
    case 'date':
      if (text === undefined || !isIsoDate(text)) fail(`'${String(raw)}' is not a date as YYYY-MM-DD`);
      return text;
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(text);
      if (text !== undefined && text.trim() === '') fail('needs a number');
      if (!Number.isFinite(n)) fail(`'${String(raw)}' is not a number`);
      if (spec.type === 'integer' && !Number.isInteger(n)) fail(`'${String(raw)}' is not a whole number`);
      if ((spec.minimum !== undefined && n < spec.minimum) || (spec.maximum !== undefined && n > spec.maximum)) {
        fail(`${n} is outside ${spec.minimum ?? '−∞'}–${spec.maximum ?? '∞'}`);
      }
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const v = (text ?? '').trim().toLowerCase();
      if (['true', 'yes', 'ja'].includes(v)) return true;
      if (['false', 'no', 'nej'].includes(v)) return false;
      return fail(`'${String(raw)}' is not true or false`);
    }
    case 'enum': {
      const value = text === undefined ? undefined : choiceFor(spec.choices ?? [], text);
      if (value === undefined) {
        const values = (spec.choices ?? []).map((c) => c.value);
        const guess = text === undefined ? undefined : suggest(text, values);
        fail(`'${String(raw)}' is not one of ${values.join(', ')}${guess ? ` — did you mean '${guess}'?` : ''}`);
      }
      return value;
    }
    case 'ref': {
      if (text === undefined || text === '') return fail('needs an id');
      if (!refExists(model, spec.ref!, text)) {
        const guess = suggest(text, refIds(model, spec.ref!));
        fail(`unknown ${spec.ref} '${text}'${guess ? ` — did you mean '${guess}'?` : ''}`);
      }
      return text;
    }
    case 'ref-list': {
      const list = Array.isArray(raw) ? raw.map(String) : String(raw).split(',').map((s) => s.trim()).filter(Boolean);
      for (const id of list) coerce({ ...spec, type: 'ref' }, id, flag, model);
      if (new Set(list).size !== list.length) fail('names the same id twice');
      return list;
    }
    case 'string-list':
      return Array.isArray(raw) ? raw.map(String) : String(raw).split(',').map((s) => s.trim()).filter(Boolean);
    case 'complex':
      return raw;
  }
}

function parseYamlValue(text: string, flag: string): unknown {
  try {
    return yamlLib().parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Field values from the flags, checked. Throws UsageError for a flag that does not apply or a bad value. */
export function valuesFromFlags(kind: KindDefinition, specs: readonly FieldSpec[], flags: NewFlags, model: RepositoryModel): Values {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: Values = {};
  for (const [flag, fields] of Object.entries(FLAG_FIELDS)) {
    const raw = flags[flag as keyof NewFlags];
    if (raw === undefined) continue;
    const spec = fields.map((f) => byName.get(f)).find((s) => s !== undefined);
    if (!spec) throw new UsageError(`--${kebab(flag)} does not apply to a new ${kind.name}`);
    let value: unknown = raw;
    if (Array.isArray(raw) && spec.type !== 'ref-list' && spec.type !== 'string-list') {
      if (raw.length > 1) throw new UsageError(`--${kebab(flag)} takes one value for a ${kind.name}`);
      value = raw[0];
    }
    values[spec.name] = coerce(spec, value, `--${kebab(flag)}`, model);
  }
  const estimates: Record<string, unknown> = {};
  for (const flag of ESTIMATE_FLAGS) {
    const raw = flags[flag];
    if (raw === undefined) continue;
    if (kind.name !== 'order') throw new UsageError(`--${kebab(flag)} applies to orders only`);
    const name = `--${kebab(flag)}`;
    if (flag === 'size') {
      const size = raw.toUpperCase();
      if (!(ORDER_SIZES as readonly string[]).includes(size)) throw new UsageError(`${name}: '${raw}' is not one of ${ORDER_SIZES.join(', ')}`);
      estimates.size = size;
    } else {
      const rating = flag === 'benefit' || flag === 'strategicFit' || flag === 'riskIfNotDone' || flag === 'riskIfDone';
      const spec: FieldSpec = { name: flag, flag: name, required: false, type: rating ? 'integer' : 'number', title: { sv: flag, en: flag }, description: { sv: '', en: '' }, minimum: rating ? 1 : 0 };
      if (rating) spec.maximum = 5;
      estimates[flag] = coerce(spec, raw, name, model);
    }
  }
  if (Object.keys(estimates).length > 0) values.estimates = estimates;
  for (const assignment of flags.set ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set takes field=value, got '${assignment}'`);
    const name = assignment.slice(0, eq).trim();
    const text = assignment.slice(eq + 1);
    const spec = byName.get(name);
    if (!spec) {
      const guess = suggest(name, byName.keys());
      throw new UsageError(`--set: a ${kind.name} has no field '${name}'${guess ? ` — did you mean '${guess}'?` : ''}`);
    }
    const raw = spec.type === 'string' || spec.type === 'date' || spec.type === 'enum' || spec.type === 'ref' ? text : parseYamlValue(text, `--set ${name}`);
    values[name] = coerce(spec, raw, `--set ${name}`, model);
  }
  return values;
}

/** Values a new record starts with unless given: today's dates, the first status. */
export function defaultsFor(kind: KindDefinition, model: RepositoryModel, today: string): Values {
  switch (kind.name) {
    case 'order':
      return { status: 'received', created: today };
    case 'decision':
      return { date: today, forum: 'decision-council', status: 'proposed' };
    case 'plan':
      return { year: model.config.planningYear, status: 'draft' };
    case 'service':
      return { status: 'planned' };
    case 'system':
      return { lifecycle: 'planned' };
    case 'maturity':
      return { date: today };
    default:
      return {};
  }
}

/** The id a record would get from its fields, if they are there. */
export function derivedId(kind: KindDefinition, values: Values): string | undefined {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  switch (kind.name) {
    case 'plan': {
      const object = text(values.managedObject);
      return object && typeof values.year === 'number' ? `${slugify(object, 58)}-${values.year}` : undefined;
    }
    case 'decision': {
      const title = text(values.title);
      return title && text(values.date) ? `${values.date}-${slugify(title, 53)}` : undefined;
    }
    default: {
      const name = text(values[kind.titleField]);
      return name ? slugify(name) || undefined : undefined;
    }
  }
}

/** A fresh order id for `today` that no file uses yet. */
export function freshOrderId(today: string, taken: (id: string) => boolean): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = orderId(today, randomBytes(4));
    if (!taken(id)) return id;
  }
  throw new UsageError(`could not find a free order id for ${today} after 50 tries`);
}

/** Required top-level fields the schema still misses (conditional requirements included). */
export function missingFields(diagnostics: readonly { rule: string; pointer: string; data: Readonly<Record<string, string | number>> }[]): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    if (d.rule !== 'schema/required' || d.pointer !== '') continue;
    const field = d.data.field;
    if (typeof field === 'string' && !out.includes(field)) out.push(field);
  }
  return out;
}
