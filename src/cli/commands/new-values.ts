// styr new: turning flags into field values, checked as the prompts would
// check them, and the defaults and ids a new record gets.
import type { OptionsOf } from '../program.js';
import { kindWord } from './workspace.js';
import { randomBytes } from 'node:crypto';
import { isIsoDate } from '../../core/dates.js';
import type { FieldSpec } from '../../core/create/fields.js';
import { kebab } from '../../core/create/fields.js';
import { slugify } from '../../core/create/record-text.js';
import { isMessageKey } from '../../core/i18n/catalog.js';
import type { Language } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { KindDefinition, KindName, RefTarget } from '../../core/kinds/registry.js';
import type { RepositoryModel } from '../../core/model/repository.js';
import { ORDER_SIZES } from '../../core/model/types.js';
import { orderId } from '../../core/orders/order-id.js';
import { suggest } from '../../core/text/suggest.js';
import { allowedEnumValues, guessEnumValue, matchEnumValue } from '../../core/edit/enum-values.js';
import { yamlLib } from '../../core/source/yaml-lib.js';
import { UsageError } from '../errors.js';

export type Values = Record<string, unknown>;

/** What checking a value needs: the repository, and the words of the output language. */
export interface ValueContext {
  model: RepositoryModel;
  t: Translate;
  language: Language;
}

/** The label of an enum value in a language, from the catalogue; undefined when it has none. */
export function enumLabel(spec: FieldSpec, value: string, language: Language): string | undefined {
  const key = `${spec.enumGroup}.${value}`;
  return spec.enumGroup !== undefined && isMessageKey(key) ? translate(language, key) : undefined;
}

/** What a reference names, in words: 'enhet', 'person', 'mål'. */
export function refNoun(ctx: Pick<ValueContext, 't' | 'language'>, target: RefTarget): string {
  if (target === 'goal') return ctx.t('tactical.goal').toLowerCase();
  if (target === 'team') return ctx.t('order.team').toLowerCase();
  return kindWord(ctx.t, ctx.language, target as KindName);
}

/** The flags of `styr new`, typed from its declaration in program.ts. */
export type NewFlags = Omit<OptionsOf<'new'>, 'data' | 'lang' | 'today' | 'color' | 'yes' | 'body' | 'draft' | 'noticeOutcome' | 'noticeDecision' | 'noticeDate'>;

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

/** A unit's authorised orderers, when it names any: the only people `styr new order` offers as orderer. */
export function authorisedOrderers(ws: Pick<ValueContext, 'model'>, unitId: unknown): readonly string[] | undefined {
  const unit = typeof unitId === 'string' ? ws.model.records.unit.get(unitId) : undefined;
  const orderers = unit?.valid ? (unit.data.orderers ?? []) : [];
  return orderers.length > 0 ? orderers : undefined;
}

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

/** The enum value named by its value or by its label in either language ('ändring' or 'change'). */
function choiceFor(spec: FieldSpec, value: string): string | undefined {
  return matchEnumValue(value, spec.choices ?? [], spec.enumGroup);
}

/** Check and convert one value for a field; `flag` names where it came from in messages. */
export function coerce(spec: FieldSpec, raw: unknown, flag: string, ctx: ValueContext): unknown {
  const { model, t } = ctx;
  const fail = (why: string): never => {
    throw new UsageError(`${flag}: ${why}`);
  };
  const text = typeof raw === 'string' ? raw : undefined;
  const shown = String(raw);
  switch (spec.type) {
    case 'string':
      if (text === undefined || text.trim() === '') fail(t('prompt.value.required'));
      if (spec.pattern && !new RegExp(spec.pattern).test(text!)) fail(t('prompt.value.pattern', { value: text!, pattern: spec.pattern }));
      if (spec.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text!.trim())) fail(t('edit.value.email', { value: text! }));
      return text;
    case 'date':
      if (text === undefined || !isIsoDate(text)) fail(t('prompt.value.date', { value: shown }));
      return text;
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(text);
      if (text !== undefined && text.trim() === '') fail(t('prompt.value.numberRequired'));
      if (!Number.isFinite(n)) fail(t('prompt.value.notNumber', { value: shown }));
      if (spec.type === 'integer' && !Number.isInteger(n)) fail(t('prompt.value.notInteger', { value: shown }));
      if ((spec.minimum !== undefined && n < spec.minimum) || (spec.maximum !== undefined && n > spec.maximum)) {
        fail(t('prompt.value.range', { value: n, min: spec.minimum ?? '−∞', max: spec.maximum ?? '∞' }));
      }
      return n;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const v = (text ?? '').trim().toLowerCase();
      if (['true', 'yes', 'ja'].includes(v)) return true;
      if (['false', 'no', 'nej'].includes(v)) return false;
      return fail(t('prompt.value.boolean', { value: shown }));
    }
    case 'enum': {
      const value = text === undefined ? undefined : choiceFor(spec, text);
      if (value === undefined) {
        const values = spec.choices ?? [];
        const guess = text === undefined ? undefined : guessEnumValue(text, values, ctx.language, spec.enumGroup);
        fail(
          `${t('prompt.value.enum', { value: shown, values: allowedEnumValues(values, ctx.language, spec.enumGroup) })}${guess ? t('cli.didYouMean', { guess }) : ''}`,
        );
      }
      return value;
    }
    case 'ref': {
      if (text === undefined || text === '') return fail(t('prompt.value.idRequired'));
      if (!refExists(model, spec.ref!, text)) {
        const guess = suggest(text, refIds(model, spec.ref!));
        fail(`${t('cli.unknownId', { what: refNoun(ctx, spec.ref!), value: text })}${guess ? t('cli.didYouMean', { guess }) : ''}`);
      }
      return text;
    }
    case 'ref-list': {
      const list = Array.isArray(raw)
        ? raw.map(String)
        : String(raw)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
      for (const id of list) coerce({ ...spec, type: 'ref' }, id, flag, ctx);
      if (new Set(list).size !== list.length) fail(t('prompt.value.twice'));
      return list;
    }
    case 'string-list':
      return Array.isArray(raw)
        ? raw.map(String)
        : String(raw)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    case 'complex':
      return raw;
  }
}

function parseYamlValue(t: Translate, text: string, flag: string): unknown {
  try {
    return yamlLib().parse(text);
  } catch (error) {
    throw new UsageError(`${flag}: ${t('prompt.value.yaml', { reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) })}`);
  }
}

/** Field values from the flags, checked. Throws UsageError for a flag that does not apply or a bad value. */
export function valuesFromFlags(kind: KindDefinition, specs: readonly FieldSpec[], flags: NewFlags, ctx: ValueContext): Values {
  const { t } = ctx;
  const kinds = kindWord(ctx.t, ctx.language, kind.name, 'many');
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: Values = {};
  for (const [flag, fields] of Object.entries(FLAG_FIELDS)) {
    const raw = flags[flag as keyof NewFlags];
    if (raw === undefined) continue;
    const spec = fields.map((f) => byName.get(f)).find((s) => s !== undefined);
    if (!spec) throw new UsageError(t('prompt.flag.notApplicable', { flag: `--${kebab(flag)}`, kinds }));
    let value: unknown = raw;
    if (Array.isArray(raw) && spec.type !== 'ref-list' && spec.type !== 'string-list') {
      if (raw.length > 1) throw new UsageError(t('prompt.flag.oneValue', { flag: `--${kebab(flag)}`, kinds }));
      value = raw[0];
    }
    values[spec.name] = coerce(spec, value, `--${kebab(flag)}`, ctx);
  }
  const estimates: Record<string, unknown> = {};
  for (const flag of ESTIMATE_FLAGS) {
    const raw = flags[flag];
    if (raw === undefined) continue;
    if (kind.name !== 'order') throw new UsageError(t('prompt.flag.only', { flag: `--${kebab(flag)}`, kinds: kindWord(ctx.t, ctx.language, 'order', 'many') }));
    const name = `--${kebab(flag)}`;
    if (flag === 'size') {
      const size = raw.toUpperCase();
      if (!(ORDER_SIZES as readonly string[]).includes(size)) throw new UsageError(`${name}: ${t('prompt.value.enum', { value: raw, values: ORDER_SIZES.join(', ') })}`);
      estimates.size = size;
    } else {
      const rating = flag === 'benefit' || flag === 'strategicFit' || flag === 'riskIfNotDone' || flag === 'riskIfDone';
      const spec: FieldSpec = {
        name: flag,
        flag: name,
        required: false,
        type: rating ? 'integer' : 'number',
        title: { sv: flag, en: flag },
        description: { sv: '', en: '' },
        minimum: rating ? 1 : 0,
      };
      if (rating) spec.maximum = 5;
      estimates[flag] = coerce(spec, raw, name, ctx);
    }
  }
  if (Object.keys(estimates).length > 0) values.estimates = estimates;
  for (const assignment of flags.set ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) throw new UsageError(t('prompt.set.form', { value: assignment }));
    const name = assignment.slice(0, eq).trim();
    const text = assignment.slice(eq + 1);
    const spec = byName.get(name);
    const dot = name.indexOf('.');
    if (!spec && dot > 0 && byName.get(name.slice(0, dot))?.type === 'complex') {
      // A nested field (`renewal.type=automatic`): the value is read as YAML; the schema check of the whole record judges it.
      const path = name.split('.');
      let at = values as Record<string, unknown>;
      for (const key of path.slice(0, -1)) {
        const next = at[key];
        at = (at[key] = next !== null && typeof next === 'object' && !Array.isArray(next) ? next : Object.create(null)) as Record<string, unknown>;
      }
      at[path[path.length - 1]!] = parseYamlValue(t, text, `--set ${name}`);
      continue;
    }
    if (!spec) {
      const guess = suggest(name, byName.keys());
      throw new UsageError(`--set: ${t('prompt.set.noField', { kinds, field: name })}${guess ? t('cli.didYouMean', { guess }) : ''}`);
    }
    const raw = spec.type === 'string' || spec.type === 'date' || spec.type === 'enum' || spec.type === 'ref' ? text : parseYamlValue(t, text, `--set ${name}`);
    values[name] = coerce(spec, raw, `--set ${name}`, ctx);
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
export function freshOrderId(t: Translate, today: string, taken: (id: string) => boolean): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = orderId(today, randomBytes(4));
    if (!taken(id)) return id;
  }
  throw new UsageError(t('prompt.noFreeId', { date: today }));
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
