// styr new on a terminal: ask for the fields (choices drawn from the
// repository), check each answer as it is given, and confirm. Ctrl-C ends the
// prompt with ExitPromptError, which main.ts turns into exit 130.
import { checkbox, input, search, select } from '@inquirer/prompts';
import { isIsoDate } from '../../core/dates.js';
import type { FieldSpec } from '../../core/create/fields.js';
import type { KindDefinition, RefTarget } from '../../core/kinds/registry.js';
import { UsageError } from '../errors.js';
import { confirmIn } from './new-confirm.js';
import { authorisedOrderers, coerce, derivedId, enumLabel, missingFields, refIds } from './new-values.js';
import type { Values } from './new-values.js';
import type { Workspace } from './workspace.js';

export interface PromptInput {
  ws: Workspace;
  kind: KindDefinition;
  specs: readonly FieldSpec[];
  values: Values;
  /** Fields set by flags: never asked. */
  given: ReadonlySet<string>;
  /** No field flags at all: ask the useful optional fields too, and confirm. */
  full: boolean;
  id?: string;
  taken: (id: string) => boolean;
}

/** Optional fields worth asking for a new order, after the required ones. */
const ORDER_OPTIONAL = ['category', 'systems', 'goal', 'wantedBy', 'legalRequirement'];
const ORDER_ASK_ORDER = ['title', 'description', 'unit', 'orderer', 'type', ...ORDER_OPTIONAL];
const askOrder = (name: string) => {
  const i = ORDER_ASK_ORDER.indexOf(name);
  return i === -1 ? ORDER_ASK_ORDER.length : i;
};

interface Choice {
  name: string;
  value: string;
  description?: string;
}

function refChoices(ws: Workspace, target: RefTarget, values: Values, field?: string): Choice[] {
  const { model } = ws;
  const named = (id: string, name: string | undefined) => ({ name: name && name !== id ? `${name} (${id})` : id, value: id });
  switch (target) {
    case 'goal':
      return [...model.goals.values()].map((g) => named(g.goal.id, `${g.goal.id} ${g.goal.title}`)).map((c) => ({ ...c, name: c.name.replace(/ \([^)]*\)$/, '') }));
    case 'team':
      return (model.config.teams ?? []).map((t) => named(t.id, t.name));
    case 'unit': {
      const units = [...model.records.unit.values()].filter((u) => u.valid);
      // Departments first: they are the ones that order.
      units.sort((a, b) => Number(b.data.kind === 'department') - Number(a.data.kind === 'department') || a.id.localeCompare(b.id));
      return units.map((u) => named(u.id, u.data.name));
    }
    case 'person': {
      // An order's orderer is one of the unit's authorised orderers (rule order/orderer-not-authorised): offer only them.
      const authorised = field === 'orderer' ? authorisedOrderers(ws, values.unit) : undefined;
      if (authorised) {
        return authorised.map((id) => {
          const person = model.records.person.get(id);
          return named(id, person?.valid ? person.data.name : undefined);
        });
      }
      const unit = typeof values.unit === 'string' ? model.records.unit.get(values.unit) : undefined;
      const first = new Set(unit?.valid ? (unit.data.orderers ?? []) : []);
      const people = [...model.records.person.values()].filter((p) => p.valid);
      people.sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)) || a.id.localeCompare(b.id));
      return people.map((p) => named(p.id, p.data.name));
    }
    default:
      return refIds(model, target).map((id) => {
        const rec = model.records[target as Exclude<RefTarget, 'goal' | 'team'>].get(id);
        const data = rec?.data as { name?: string; title?: string } | undefined;
        return named(id, data?.name ?? data?.title);
      });
  }
}

/** A yes/no question whose answer echoes in the output language ('Ja'/'Nej'); y/n are accepted too. */
export async function askField(p: PromptInput, spec: FieldSpec): Promise<unknown> {
  const { t, language: lang } = p.ws;
  // A unit may be a department, the IT unit or the ordering function: "Enhet", whatever the schema's title says.
  const message = spec.ref === 'unit' && spec.type === 'ref' ? t('order.unit') : spec.title[lang];
  const required = spec.required;
  const current = p.values[spec.name];
  const check = (raw: unknown): string | true => {
    try {
      coerce(spec, raw, spec.name, p.ws);
      return true;
    } catch (error) {
      return error instanceof UsageError ? error.message.replace(/^[^:]*: /, '') : String(error);
    }
  };
  switch (spec.type) {
    case 'enum': {
      const choices: Choice[] = (spec.choices ?? []).map((value) => {
        const label = enumLabel(spec, value, lang);
        return { name: label === undefined || label === value ? value : `${label} (${value})`, value };
      });
      if (!required) choices.unshift({ name: t('prompt.none'), value: '' });
      const answer = await select({ message, choices, default: typeof current === 'string' ? current : undefined, pageSize: 12 });
      return answer === '' ? undefined : answer;
    }
    case 'ref': {
      const choices = refChoices(p.ws, spec.ref!, p.values, p.kind.name === 'order' ? spec.name : undefined);
      if (choices.length === 0 && !required) return undefined;
      const options: Choice[] = required ? choices : [{ name: t('prompt.none'), value: '' }, ...choices];
      const answer = await search({
        message: `${message} (${t('prompt.searchHint')})`,
        pageSize: 12,
        source: (term) => {
          const t = (term ?? '').toLowerCase();
          return t === '' ? options : options.filter((c) => c.name.toLowerCase().includes(t) || c.value.toLowerCase().includes(t));
        },
      });
      return answer === '' ? undefined : answer;
    }
    case 'ref-list': {
      const choices = refChoices(p.ws, spec.ref!, p.values);
      if (choices.length === 0) return undefined;
      const chosen = await checkbox({ message, choices, pageSize: 12, required });
      return chosen.length === 0 ? undefined : chosen;
    }
    case 'boolean': {
      const answer = await confirmIn(t, message, current === true);
      return answer ? true : required ? false : undefined;
    }
    case 'date': {
      const answer = await input({
        message: `${message} (${t('prompt.dateShape')})`,
        default: typeof current === 'string' ? current : undefined,
        validate: (v) => {
          const value = v.trim();
          if (value === '') return required ? t('prompt.required') : true;
          if (isIsoDate(value)) return true;
          // The right shape but no such day (2026-02-30): say so, not just the shape.
          return /^\d{4}-\d{2}-\d{2}$/.test(value) ? t('new.date.unreal', { value }) : t('prompt.dateFormat');
        },
      });
      return answer.trim() === '' ? undefined : answer.trim();
    }
    case 'integer':
    case 'number': {
      const answer = await input({
        message,
        default: typeof current === 'number' ? String(current) : undefined,
        validate: (v) =>
          v.trim() === ''
            ? required
              ? t('prompt.required')
              : true
            : check(v.trim()) === true
              ? true
              : spec.minimum !== undefined && spec.maximum !== undefined
                ? t('prompt.numberBetween', { min: spec.minimum, max: spec.maximum })
                : t('prompt.number'),
      });
      return answer.trim() === '' ? undefined : Number(answer.trim());
    }
    case 'string-list': {
      const answer = await input({ message: `${message} (${t('prompt.commaList')})`, validate: (v) => (v.trim() === '' && required ? t('prompt.required') : true) });
      const list = answer
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return list.length === 0 ? undefined : list;
    }
    case 'complex': {
      // A RACI matrix's activities: asked activity by activity and role by role, never as YAML.
      if (p.kind.name === 'raci' && spec.name === 'activities') {
        const { askRaciActivities } = await import('./new-raci.js');
        return askRaciActivities(p.ws);
      }
      const { yamlLib } = await import('../../core/source/yaml-lib.js');
      const answer = await input({
        message: `${message} (${t('prompt.yamlValue')})`,
        validate: (v) => {
          if (v.trim() === '') return required ? t('prompt.required') : true;
          try {
            yamlLib().parse(v);
            return true;
          } catch (error) {
            return error instanceof Error ? error.message.split('\n')[0]! : String(error);
          }
        },
      });
      return answer.trim() === '' ? undefined : yamlLib().parse(answer);
    }
    case 'string': {
      const answer = await input({
        message,
        default: typeof current === 'string' ? current : undefined,
        validate: (v) => (v.trim() === '' ? (required ? t('prompt.required') : true) : check(v.trim())),
      });
      return answer.trim() === '' ? undefined : answer.trim();
    }
  }
}

/** Ask for what is missing. Returns undefined when the user declines to create the record. */
export async function promptRecord(p: PromptInput): Promise<{ values: Values; id?: string } | undefined> {
  const values: Values = { ...p.values };
  const ask = async (spec: FieldSpec) => {
    const answer = await askField({ ...p, values }, spec);
    if (answer === undefined) delete values[spec.name];
    else values[spec.name] = answer;
  };
  const automatic = new Set(p.kind.name === 'order' ? ['id', 'status', 'created'] : ['id']);
  // The unit before the orderer, so that the unit's authorised orderers come first.
  const asked = p.kind.name === 'order' ? [...p.specs].sort((a, b) => askOrder(a.name) - askOrder(b.name)) : p.specs;
  for (const spec of asked) {
    if (automatic.has(spec.name) || p.given.has(spec.name)) continue;
    const wanted = spec.required || (p.full && p.kind.name === 'order' && ORDER_OPTIONAL.includes(spec.name));
    if (wanted) await ask(spec);
  }
  // Requirements that depend on other answers (a tactical plan needs a year, …).
  for (let round = 0; round < 3; round++) {
    const missing = missingFields(p.ws.validator.validate(p.kind.schema, { id: p.id ?? 'x', ...values }, 'new')).filter((f) => f !== 'id');
    const specs = missing.map((name) => p.specs.find((s) => s.name === name)).filter((s): s is FieldSpec => s !== undefined && !p.given.has(s.name));
    if (specs.length === 0) break;
    for (const spec of specs) await ask({ ...spec, required: true });
  }
  let id = p.id;
  const { t } = p.ws;
  if (id === undefined) {
    const suggested = derivedId(p.kind, values);
    id = (
      await input({
        message: t('cli.id'),
        default: suggested,
        validate: (v) => (!p.kind.idPattern.test(v.trim()) ? t('prompt.idFormat', { example: p.kind.idExample }) : p.taken(v.trim()) ? t('prompt.idTaken') : true),
      })
    ).trim();
  }
  // The confirmation comes after the review (new-review.ts), which shows the record and its validation.
  return { values, id };
}
