// `styr set` planned on the data: each assignment checked against the kind's
// schema (the field exists, the value has its type, references name records)
// and turned into a field edit. Nothing here reads or writes files.
import { ENUM_GROUPS } from '../create/fields.js';
import type { KindDefinition, RefTarget } from '../kinds/registry.js';
import type { Language } from '../i18n/language.js';
import type { RepositoryModel } from '../model/repository.js';
import type { Assignment } from './assignment.js';
import { formatEditPath } from './edit-path.js';
import type { EditPath, FieldEdit } from './edit-path.js';
import { candidateIds } from './ids.js';
import { coerceValue, guessField, itemsOf, schemaAt } from './schema-values.js';
import type { JsonSchema, ValueProblem } from './schema-values.js';

export type SetProblem = ValueProblem & {
  /** For an unknown reference: what it should name, and the ids that match what was typed. */
  ref?: { target: RefTarget; value: string; candidates: string[] };
};

export type SetPlan = { ok: true; edits: FieldEdit[] } | { ok: false; assignment: Assignment; problem: SetProblem };

/** The ids a reference of this target may name. */
export function refIdsOf(model: RepositoryModel, target: RefTarget): string[] {
  if (target === 'goal') return [...model.goals.keys()];
  if (target === 'team') return (model.config.teams ?? []).map((t) => t.id);
  return [...model.records[target].keys()];
}

/** The reference path form of an edit path (`integrations/*\/target`). */
function refPath(path: EditPath): string {
  return path.map((s) => (typeof s === 'string' ? s : '*')).join('/');
}

function refTargetFor(kind: KindDefinition, path: string): RefTarget | undefined {
  return kind.references.find((r) => r.path === path)?.target;
}

function checkRef(model: RepositoryModel, target: RefTarget, value: unknown): SetProblem | undefined {
  if (typeof value !== 'string') return undefined;
  const ids = refIdsOf(model, target);
  if (ids.includes(value)) return undefined;
  return { key: 'cli.unknownId', data: { value, what: target }, ref: { target, value, candidates: candidateIds(value, ids) } };
}

export interface SetInput {
  kind: KindDefinition;
  schema: JsonSchema;
  model: RepositoryModel;
  language: Language;
  assignments: readonly Assignment[];
}

/** Check the assignments and turn them into edits, or say what is wrong with the first that fails. */
export function planSet(input: SetInput): SetPlan {
  const { kind, schema, model, language } = input;
  const edits: FieldEdit[] = [];
  for (const a of input.assignments) {
    const failWith = (problem: SetProblem): SetPlan => ({ ok: false, assignment: a, problem });
    if (a.path[0] === 'id') return failWith({ key: 'edit.idField', data: {} });
    const at = schemaAt(schema, a.path);
    if (!at.ok) {
      const guess = guessField(at.field, at.known);
      return failWith({ key: 'edit.unknownField', data: { field: at.field, fields: at.known.join(', ') }, ...(guess ? { guess } : {}) });
    }
    const enumGroup = a.path.length === 1 && typeof a.path[0] === 'string' ? ENUM_GROUPS[`${kind.name}.${a.path[0]}`] : undefined;
    const options = { language, ...(enumGroup ? { enumGroup } : {}) };
    const ref = refPath(a.path);
    if (at.mapKey) {
      const keyTarget = refTargetFor(kind, `${refPath(a.path.slice(0, -1))}/{key}`);
      const problem = keyTarget ? checkRef(model, keyTarget, a.path[a.path.length - 1]) : undefined;
      if (problem) return failWith(problem);
    }
    if (a.op === '=') {
      if (a.raw.trim() === '') {
        edits.push({ op: 'unset', path: a.path });
        continue;
      }
      const value = coerceValue(schema, at.node, a.raw, options);
      if (!value.ok) return failWith(value.problem);
      const single = refTargetFor(kind, ref);
      const listTarget = refTargetFor(kind, `${ref}/*`);
      const problem =
        single !== undefined
          ? checkRef(model, single, value.value)
          : listTarget !== undefined && Array.isArray(value.value)
            ? value.value.map((v) => checkRef(model, listTarget, v)).find((p) => p !== undefined)
            : undefined;
      if (problem) return failWith(problem);
      edits.push({ op: 'set', path: a.path, value: value.value });
      continue;
    }
    const items = itemsOf(schema, at.node);
    if (!items) return failWith({ key: 'edit.notList', data: { field: formatEditPath(a.path) } });
    const target = refTargetFor(kind, `${ref}/*`);
    const parts = items.type === 'object' ? [a.raw] : a.raw.split(',').filter((p) => p.trim() !== '');
    if (parts.length === 0) return failWith({ key: 'edit.value.empty', data: {} });
    for (const part of parts) {
      const value = coerceValue(schema, items, part, options);
      if (!value.ok) return failWith(value.problem);
      if (a.op === '+=' && target !== undefined) {
        const problem = checkRef(model, target, value.value);
        if (problem) return failWith(problem);
      }
      edits.push({ op: a.op === '+=' ? 'append' : 'remove', path: a.path, value: value.value });
    }
  }
  return { ok: true, edits };
}
