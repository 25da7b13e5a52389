// Lookups shared by rules and renderers.
import type { ValidRecord, RepositoryModel } from './repository.js';
import { validRecords } from './repository.js';
import type { ClassLevel, Lifecycle } from './types.js';

export const ACTIVE_LIFECYCLES: ReadonlySet<Lifecycle> = new Set(['introduction', 'production', 'phase-out']);

const CLASS_RANK: Record<ClassLevel, number> = {
  none: 0,
  moderate: 1,
  significant: 2,
  serious: 3,
  'exceptionally-serious': 4,
};

export function classAtLeast(level: ClassLevel | undefined, min: ClassLevel): boolean {
  return level !== undefined && CLASS_RANK[level] >= CLASS_RANK[min];
}

/** Management plans of one year, by the systems they cover. */
export function plansBySystem(model: RepositoryModel, year: number): Map<string, ValidRecord<'plan'>[]> {
  const out = new Map<string, ValidRecord<'plan'>[]>();
  for (const plan of validRecords(model, 'plan')) {
    if (plan.data.year !== year) continue;
    for (const system of plan.data.systems) {
      const list = out.get(system) ?? [];
      list.push(plan);
      out.set(system, list);
    }
  }
  return out;
}
