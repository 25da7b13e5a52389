// styr new on a terminal, after the schema's questions: what the rules will
// require too, found by trying — an empty field whose filling takes away an
// error the new record would bring is asked for — then the record as it will
// be written and what validation says about it. When validation refuses, the
// answers are kept and the user picks the one to change; nothing is retyped.
import { select } from '@inquirer/prompts';
import { errorsIntroducedBy } from '../../core/change/introduced-errors.js';
import type { FieldSpec } from '../../core/create/fields.js';
import { recordText } from '../../core/create/record-text.js';
type JsonSchema = Record<string, unknown>;
import { summarize } from '../../core/diagnostics/diagnostic.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { loadFormatter } from '../../formatters/index.js';
import { askField } from './new-prompts.js';
import { confirmIn } from './new-confirm.js';
import { needsPlan, offerPlan, PLAN_RULE } from './new-companion.js';
import { refIds } from './new-values.js';
import type { Values } from './new-values.js';
import type { PlannedWrite } from './safe-write.js';
import { displayPath } from './workspace.js';
import type { Workspace } from './workspace.js';

export interface ReviewInput {
  /** Confirm before writing a record that validates (every field was asked). */
  confirm: boolean;
  ws: Workspace;
  kind: KindDefinition;
  specs: readonly FieldSpec[];
  schema: JsonSchema;
  schemaPath: string;
  values: Values;
  id: string;
  path: string;
  taken: (id: string) => boolean;
  /** The `$schema=` path for a new file of a kind (for a record created alongside). */
  schemaPathFor: (kind: KindDefinition) => string;
  /** --draft: the record is a draft; what the rules require of a finished one is not asked. */
  draft: boolean;
}

export interface Reviewed {
  values: Values;
  /** Records written in the same step (a system's management plan). */
  companions: PlannedWrite[];
}

const CANCEL = '\u0000cancel';

function errorsOf(input: ReviewInput, values: Values, companions: readonly PlannedWrite[] = []): Diagnostic[] {
  const { ws } = input;
  const text = recordText(input.kind, { id: input.id, ...values }, input.schema, input.schemaPath);
  return errorsIntroducedBy(ws.input, ws.result, [{ path: input.path, text }, ...companions], {
    validator: ws.validator,
    today: ws.context.today,
    language: ws.result.language,
  }).filter((d) => d.severity === 'error');
}

function errorKey(d: Diagnostic): string {
  return `${d.file}\u0000${d.rule}\u0000${d.pointer}\u0000${d.messageId}\u0000${JSON.stringify(d.data)}`;
}

/** A stand-in value for trying whether a field would take an error away. */
function sampleValue(input: ReviewInput, spec: FieldSpec): unknown {
  switch (spec.type) {
    case 'ref':
    case 'ref-list': {
      const ids = refIds(input.ws.model, spec.ref!);
      if (ids.length === 0) return undefined;
      return spec.type === 'ref' ? ids[0] : [ids[0]];
    }
    case 'date':
      return input.ws.context.today;
    case 'string':
      return spec.pattern || spec.format ? undefined : 'x';
    default:
      return undefined;
  }
}

/** Empty fields whose filling takes away one of the errors: what the rules require. */
export function fieldsRulesRequire(input: ReviewInput, values: Values, errors: readonly Diagnostic[]): FieldSpec[] {
  const out: FieldSpec[] = [];
  // A system's missing management plan is offered as a companion record (new-companion.ts), not asked field by field.
  const asked = input.kind.name === 'system' ? errors.filter((e) => e.rule !== PLAN_RULE) : errors;
  for (const spec of input.specs) {
    if (spec.name === 'id' || values[spec.name] !== undefined) continue;
    const sample = sampleValue(input, spec);
    if (sample === undefined) continue;
    // Relevant when one of the errors goes away (another may take its place: 'owner and administrator missing' → 'administrator missing').
    const after = new Set(errorsOf(input, { ...values, [spec.name]: sample }).map(errorKey));
    if (asked.some((e) => !after.has(errorKey(e)))) out.push(spec);
  }
  return out;
}

/**
 * Ask what the rules require, show the record and its validation, and let the
 * user change answers until it validates. Returns the values to write, or
 * undefined when the user cancels.
 */
export async function reviewRecord(input: ReviewInput): Promise<Reviewed | undefined> {
  const { ws } = input;
  const { t, context } = ws;
  const { io } = context;
  const values: Values = { ...input.values };
  const prompt = { ws, kind: input.kind, specs: input.specs, values, given: new Set<string>(), full: false, id: input.id, taken: input.taken };
  const ask = async (spec: FieldSpec, required: boolean) => {
    const answer = await askField({ ...prompt, values }, { ...spec, required });
    if (answer === undefined) delete values[spec.name];
    else values[spec.name] = answer;
  };
  const companions: PlannedWrite[] = [];
  let errors = errorsOf(input, values);
  if (errors.length > 0 && !input.draft) {
    for (const spec of fieldsRulesRequire(input, values, errors)) await ask(spec, true);
    errors = errorsOf(input, values);
  }
  // A system that needs a management plan: offer to create the plan (or add the system to its object's plan) in the same step.
  if (input.kind.name === 'system' && needsPlan(errors)) {
    const plan = await offerPlan({
      ws,
      id: input.id,
      values,
      schemaPathFor: input.schemaPathFor,
      ask: (spec, current) => askField({ ...prompt, values: { ...values, [spec.name]: current } }, spec),
    });
    if (plan) {
      companions.push(...plan);
      errors = errorsOf(input, values, companions);
    }
  }
  const stylish = await loadFormatter('stylish');
  const file = displayPath(context, input.path);
  for (;;) {
    const text = recordText(input.kind, { id: input.id, ...values }, input.schema, input.schemaPath);
    io.stdout.write(`\n${t('new.review.preview', { file })}\n\n${text.replace(/^/gm, '    ')}\n`);
    for (const c of companions) {
      io.stdout.write(
        `${t(c.expected === 'absent' ? 'new.review.preview' : 'new.review.previewChanged', { file: displayPath(context, c.path) })}\n\n${c.text.replace(/^/gm, '    ')}\n`,
      );
    }
    if (errors.length === 0) io.stdout.write(`${t('new.review.valid')}\n`);
    else {
      io.stdout.write(
        stylish(errors, {
          summary: summarize(errors, 1),
          displayPrefix: displayPath(context, ''),
          files: [input.path, ...companions.map((c) => c.path)],
          color: context.color,
          language: ws.result.language,
        }),
      );
    }
    if (errors.length === 0) {
      if (!input.confirm) return { values, companions };
      return (await confirmIn(t, t('prompt.create', { file }), true)) ? { values, companions } : undefined;
    }
    const pointed = new Set(errors.map((d) => d.pointer.split('/')[1]).filter((f): f is string => f !== undefined));
    const fields = input.specs.filter((s) => s.name !== 'id');
    fields.sort((a, b) => Number(pointed.has(b.name)) - Number(pointed.has(a.name)));
    const choices = [
      ...fields.map((s) => ({ name: `${s.title[ws.language]}${values[s.name] !== undefined ? `: ${JSON.stringify(values[s.name])}` : ''}`, value: s.name })),
      { name: t('new.review.cancel'), value: CANCEL },
    ];
    const chosen = await select({ message: t('new.review.fix'), choices, pageSize: 14 });
    if (chosen === CANCEL) return undefined;
    const spec = input.specs.find((s) => s.name === chosen)!;
    await ask(spec, spec.required);
    errors = errorsOf(input, values, companions);
  }
}
