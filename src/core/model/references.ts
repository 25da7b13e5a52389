// Reference checking: every id a record names must resolve, to the right kind.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { toPointer } from '../diagnostics/diagnostic.js';
import { KINDS, kindByName } from '../kinds/registry.js';
import type { KindName, RefTarget } from '../kinds/registry.js';
import { suggest } from '../text/suggest.js';
import type { RepositoryModel } from './repository.js';

export interface FoundValue {
  segments: (string | number)[];
  value: unknown;
  isKey: boolean;
}

/** Every value a registry path points at, with where it stands. */
export function collectAt(data: unknown, path: string): FoundValue[] {
  const out: FoundValue[] = [];
  const parts = path.split('/');
  const walk = (node: unknown, i: number, segments: (string | number)[]): void => {
    if (i === parts.length) {
      out.push({ segments, value: node, isKey: false });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const part = parts[i]!;
    if (part === '*') {
      if (!Array.isArray(node)) return;
      node.forEach((item, index) => walk(item, i + 1, [...segments, index]));
    } else if (part === '{key}') {
      if (Array.isArray(node)) return;
      for (const key of Object.keys(node)) out.push({ segments: [...segments, key], value: key, isKey: true });
    } else {
      if (Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, part)) return;
      walk((node as Record<string, unknown>)[part], i + 1, [...segments, part]);
    }
  };
  walk(data, 0, []);
  return out;
}

const TARGET_LABEL: Record<RefTarget, string> = {
  unit: 'unit',
  person: 'person',
  role: 'role',
  raci: 'RACI matrix',
  system: 'system',
  service: 'service',
  plan: 'management plan',
  order: 'order',
  decision: 'decision',
  contract: 'contract',
  direction: 'direction',
  maturity: 'maturity assessment',
  goal: 'goal',
  team: 'team',
};

function targetIds(model: RepositoryModel, target: RefTarget): Iterable<string> {
  if (target === 'goal') return model.goals.keys();
  if (target === 'team') return (model.config.teams ?? []).map((t) => t.id);
  return model.records[target].keys();
}

function targetHas(model: RepositoryModel, target: RefTarget, id: string): boolean {
  if (target === 'goal') return model.goals.has(id);
  if (target === 'team') return (model.config.teams ?? []).some((t) => t.id === id);
  return model.records[target].has(id);
}

export function checkReferences(model: RepositoryModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const kind of KINDS) {
    for (const rec of model.records[kind.name].values()) {
      if (!rec.valid) continue;
      for (const ref of kind.references) {
        for (const found of collectAt(rec.data, ref.path)) {
          if (typeof found.value !== 'string') continue;
          const id = found.value;
          if (targetHas(model, ref.target, id)) continue;
          const where = ref.target === 'team' ? 'styr.yaml teams' : ref.target === 'goal' ? 'the direction goals' : `${kindByName(ref.target as KindName).folder}/`;
          const otherKind = KINDS.find((k) => k.name !== ref.target && model.records[k.name].has(id));
          const guess = suggest(id, targetIds(model, ref.target));
          const diagnostic: Diagnostic = {
            rule: otherKind ? 'ref/wrong-kind' : `ref/unknown-${ref.target}`,
            severity: 'error',
            message: otherKind
              ? `'${id}' is a ${TARGET_LABEL[otherKind.name]}, but '${found.segments.join('.')}' must name a ${TARGET_LABEL[ref.target]}`
              : `unknown ${TARGET_LABEL[ref.target]} '${id}' in '${found.segments.join('.')}'`,
            file: rec.file,
            pointer: toPointer(found.segments),
            hint: guess ? `Did you mean '${guess}'?` : `No ${TARGET_LABEL[ref.target]} with that id exists in ${where}.`,
          };
          if (found.isKey) diagnostic.pointsToKey = true;
          out.push(diagnostic);
        }
      }
    }
  }
  return out;
}
