// Reference checking: every id a record names must resolve, to the right kind.
import { createProblem, labelValue } from '../diagnostics/create.js';
import type { LabelValue, ProblemValue } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ID_LABEL } from '../diagnostics/problems.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
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

/** A reference target by its label ('person id'); `data` keeps the target itself. */
function idOf(target: RefTarget): LabelValue {
  return labelValue(ID_LABEL[target], target);
}

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

export function checkReferences(model: RepositoryModel, language: Language = DEFAULT_LANGUAGE): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const kind of KINDS) {
    for (const rec of model.records[kind.name].values()) {
      if (!rec.valid) continue;
      for (const ref of kind.references) {
        for (const found of collectAt(rec.data, ref.path)) {
          if (typeof found.value !== 'string') continue;
          const id = found.value;
          if (targetHas(model, ref.target, id)) continue;
          const otherKind = KINDS.find((k) => k.name !== ref.target && model.records[k.name].has(id));
          const guess = suggest(id, targetIds(model, ref.target));
          const path = found.segments.join('.');
          const location = { file: rec.file, pointer: toPointer(found.segments), pointsToKey: found.isKey };
          const where: ProblemValue =
            ref.target === 'team'
              ? labelValue('validate.where.teams', 'teams')
              : ref.target === 'goal'
                ? labelValue('validate.where.goals', 'goals')
                : `${kindByName(ref.target as KindName).folder}/`;
          if (otherKind) {
            out.push(
              createProblem(
                language,
                {
                  id: 'ref/wrong-kind',
                  message: 'wrongKind',
                  data: { id, path, expected: idOf(ref.target), actual: idOf(otherKind.name), ...(guess ? { suggestion: guess } : { where }) },
                  hint: guess ? 'didYouMean' : 'none',
                },
                location,
              ),
            );
            continue;
          }
          out.push(
            createProblem(
              language,
              {
                id: `ref/unknown-${ref.target}`,
                message: 'unknown',
                data: { target: idOf(ref.target), id, path, ...(guess ? { suggestion: guess } : { where }) },
                hint: guess ? 'didYouMean' : 'none',
              },
              location,
            ),
          );
        }
      }
    }
  }
  return out;
}
