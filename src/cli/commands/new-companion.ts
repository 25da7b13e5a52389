// styr new system on a terminal: a system in production (or introduction,
// phase-out) needs a management plan for the planning year that lists it, and
// a plan cannot list a system that does not exist yet. So the plan is offered
// in the same step: a new draft plan listing the system, or the system added
// to a plan of the planning year (its managed object's own plan first). A new plan
// for a managed object that has no record yet brings the object record (objects/)
// with it, named like the system. The plan (and object) are written in the same
// writeChecked call as the system: all files or none.
import type { FieldSpec } from '../../core/create/fields.js';
import { fieldSpecs } from '../../core/create/fields.js';
import { recordText } from '../../core/create/record-text.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { kindByName, recordExtensions } from '../../core/kinds/registry.js';
import type { KindDefinition } from '../../core/kinds/registry.js';
import { validRecords } from '../../core/model/repository.js';
import { contentHash } from '../../io/atomic-write.js';
import { loadSchemas } from '../../io/files.js';
import { select } from '@inquirer/prompts';
import { defaultsFor } from './new-values.js';
import type { Values } from './new-values.js';
import type { PlannedWrite } from './safe-write.js';
import { editRecordFile } from './set.js';
import type { Workspace } from './workspace.js';

const NEW = '\u0000new';
const SKIP = '\u0000skip';

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
 * Offer the plan. Returns the planned writes (a new plan file and, when the
 * managed object has no record, the object's; or the existing plan with the
 * system appended), or undefined when the user says no.
 */
export async function offerPlan(input: CompanionInput): Promise<PlannedWrite[] | undefined> {
  const { ws, id, values } = input;
  const { t } = ws;
  const year = ws.model.config.planningYear;
  const object = typeof values.managedObject === 'string' ? values.managedObject : id;
  const kind = kindByName('plan');
  const newId = `${object}-${year}`;
  const plans = [...validRecords(ws.model, 'plan')].filter((p) => p.data.year === year);
  // The managed object's own plan first; a new plan only when the object has none.
  plans.sort((a, b) => Number(b.data.managedObject === object) - Number(a.data.managedObject === object) || a.id.localeCompare(b.id));
  const own = plans.some((p) => p.data.managedObject === object) || ws.model.records.plan.has(newId);
  const choices = [
    ...(own ? [] : [{ name: t('new.plan.create', { plan: newId }), value: NEW }]),
    ...plans.map((p) => ({ name: t('new.plan.addTo', { plan: p.id, name: p.data.name }), value: p.id })),
    { name: t('new.plan.skip'), value: SKIP },
  ];
  const chosen = await select({ message: t('new.plan.offer', { year }), choices, pageSize: 12 });
  if (chosen === SKIP) return undefined;
  if (chosen !== NEW) {
    const existing = plans.find((p) => p.id === chosen)!;
    const edit = editRecordFile(ws, kind, existing.file, existing.data, [{ op: 'append', path: ['systems'], value: id }]);
    if (!edit) return undefined;
    const source = ws.input.files.find((f) => f.path === existing.file)!;
    values.managedObject = existing.data.managedObject;
    return [{ path: existing.file, text: edit.after, expected: { hash: contentHash(source.bytes!) } }];
  }
  const schema = loadSchemas().get(kind.schema) as Record<string, unknown>;
  const specs = fieldSpecs(kind, schema);
  const nameSpec = specs.find((s) => s.name === 'name')!;
  const systemName = typeof values.name === 'string' ? values.name : id;
  const name = await input.ask({ ...nameSpec, required: true }, t('new.plan.name', { name: systemName, year }));
  const plan: Values = { ...defaultsFor(kind, ws.model, ws.context.today), name, managedObject: object, year, status: 'draft', systems: [id] };
  values.managedObject = object;
  const text = recordText(kind, { id: newId, ...plan }, schema, input.schemaPathFor(kind));
  const writes: PlannedWrite[] = [{ path: `${kind.folder}/${newId}${recordExtensions(kind)[0]!}`, text, expected: 'absent' }];
  if (!ws.model.records.object.has(object)) {
    const objectKind = kindByName('object');
    const objectSchema = loadSchemas().get(objectKind.schema) as Record<string, unknown>;
    const objectText = recordText(objectKind, { id: object, name: systemName }, objectSchema, input.schemaPathFor(objectKind));
    writes.unshift({ path: `${objectKind.folder}/${object}${recordExtensions(objectKind)[0]!}`, text: objectText, expected: 'absent' });
  }
  return writes;
}
