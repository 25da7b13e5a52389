// styr new system on a terminal: a system in production (or introduction,
// phase-out) needs a management plan for the planning year that lists it, and
// a plan cannot list a system that does not exist yet. So the plan is offered
// in the same step: a new draft plan listing the system, or the system added
// to the plan that the managed object already has. The plan is written in the
// same writeChecked call as the system: both files or neither.
import type { FieldSpec } from '../../core/create/fields.js';
import { fieldSpecs } from '../../core/create/fields.js';
import { recordText } from '../../core/create/record-text.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { kindByName, recordExtensions } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { contentHash } from '../../io/atomic-write.js';
import { loadSchemas } from '../../io/files.js';
import { confirmIn } from './new-prompts.js';
import { defaultsFor, derivedId } from './new-values.js';
import type { Values } from './new-values.js';
import type { PlannedWrite } from './safe-write.js';
import { editRecordFile } from './set.js';
import type { Workspace } from './workspace.js';

/** The rule whose error a companion record takes away. */
export const PLAN_RULE = 'system/management-plan';

export interface CompanionInput {
  ws: Workspace;
  /** The new system's id and answers (managedObject may be filled in here). */
  id: string;
  values: Values;
  /** The `$schema=` path for a new file of a kind. */
  schemaPathFor: (kind: KindDefinition) => string;
  /** Ask one field (new-prompts askField with the prompt's context). */
  ask: (spec: FieldSpec, current: unknown) => Promise<unknown>;
}

export function needsPlan(errors: readonly Diagnostic[]): boolean {
  return errors.some((d) => d.rule === PLAN_RULE);
}

/**
 * Offer the plan. Returns the planned write (a new plan file, or the existing
 * plan with the system appended), or undefined when the user says no.
 */
export async function offerPlan(input: CompanionInput): Promise<PlannedWrite | undefined> {
  const { ws, id, values } = input;
  const { t } = ws;
  const year = ws.model.config.planningYear;
  const object = typeof values.managedObject === 'string' ? values.managedObject : id;
  const existing = [...ws.model.records.plan.values()].find((p) => p.valid && p.data.managedObject === object && p.data.year === year);
  if (existing) {
    if (!(await confirmIn(t, t('new.plan.offerAdd', { plan: existing.id, year }), true))) return undefined;
    const edit = editRecordFile(ws, kindByName('plan'), existing.file, existing.data, [{ op: 'append', path: ['systems'], value: id }]);
    if (!edit) return undefined;
    const source = ws.input.files.find((f) => f.path === existing.file)!;
    values.managedObject = object;
    return { path: existing.file, text: edit.after, expected: { hash: contentHash(source.bytes!) } };
  }
  if (!(await confirmIn(t, t('new.plan.offer', { year }), true))) return undefined;
  const kind = kindByName('plan');
  const schema = loadSchemas().get(kind.schema) as Record<string, unknown>;
  const specs = fieldSpecs(kind, schema);
  const nameSpec = specs.find((s) => s.name === 'name')!;
  const systemName = typeof values.name === 'string' ? values.name : id;
  const name = await input.ask({ ...nameSpec, required: true }, t('new.plan.name', { name: systemName, year }));
  const plan: Values = { ...defaultsFor(kind, ws.model, ws.context.today), name, managedObject: object, year, status: 'draft', systems: [id] };
  const planId = derivedId(kind, plan)!;
  values.managedObject = object;
  const text = recordText(kind, { id: planId, ...plan }, schema, input.schemaPathFor(kind));
  return { path: `${kind.folder}/${planId}${recordExtensions(kind)[0]!}`, text, expected: 'absent' };
}
