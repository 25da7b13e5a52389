// `styr raci`: the HUKI/RACI matrices (one per process), one matrix as
// activities × roles, and every letter one role holds. Letters are the
// records' own H/U/K/I in every language, as in the rendered RACI document.
import type { Language } from '../i18n/language.js';
import { dictionary, ownValue } from '../model/own.js';
import { validRecords } from '../model/repository.js';
import type { ValidRecord, RepositoryModel } from '../model/repository.js';
import { LEVELS, SIDES } from '../model/types.js';
import type { RaciLetter, RaciProcess } from '../model/types.js';
import { compareIds, textCompare } from './common.js';

export interface ProcessRow {
  id: string;
  name: string;
  process: RaciProcess | null;
  activities: number;
  /** Roles with a letter in any activity, in column order. */
  roles: string[];
}

export interface ActivityRow {
  process: string;
  activity: string;
  name: string;
  /** Role id → letter, in the matrix's column order. */
  roles: Record<string, RaciLetter>;
}

export interface RaciMatrix {
  id: string;
  name: string;
  /** The columns: roles with a letter in any activity. */
  roles: string[];
  activities: ActivityRow[];
}

export interface RoleAssignment {
  process: string;
  processName: string;
  activity: string;
  activityName: string;
  role: string;
  letter: RaciLetter;
}

/** Roles by level (strategic first), side (orderer first), name, id; roles without a valid record last. As the rendered matrices order their columns. */
export function roleOrder(model: RepositoryModel, language: Language): (a: string, b: string) => number {
  const compare = textCompare(language);
  const role = (id: string) => {
    const rec = model.records.role.get(id);
    return rec?.valid ? rec.data : undefined;
  };
  return (a, b) => {
    const ra = role(a);
    const rb = role(b);
    const rank = (r: typeof ra) => (r ? LEVELS.indexOf(r.level) * 10 + SIDES.indexOf(r.side) : 1000);
    return rank(ra) - rank(rb) || compare(ra?.name ?? a, rb?.name ?? b) || compareIds(a, b);
  };
}

/** Matrices by name, then id. */
function matrices(model: RepositoryModel, language: Language): ValidRecord<'raci'>[] {
  const compare = textCompare(language);
  return validRecords(model, 'raci').sort((a, b) => compare(a.data.name, b.data.name) || compareIds(a.id, b.id));
}

function rolesUsed(rec: ValidRecord<'raci'>, order: (a: string, b: string) => number): string[] {
  return [...new Set(rec.data.activities.flatMap((a) => Object.keys(a.roles)))].sort(order);
}

export function listProcesses(model: RepositoryModel, language: Language): ProcessRow[] {
  const order = roleOrder(model, language);
  return matrices(model, language).map((rec) => ({
    id: rec.id,
    name: rec.data.name,
    process: rec.data.process ?? null,
    activities: rec.data.activities.length,
    roles: rolesUsed(rec, order),
  }));
}

/** One matrix, activities in the record's order; undefined when there is no valid matrix with that id. */
export function raciMatrix(model: RepositoryModel, id: string, language: Language): RaciMatrix | undefined {
  const rec = model.records.raci.get(id);
  if (!rec?.valid) return undefined;
  const roles = rolesUsed(rec, roleOrder(model, language));
  return {
    id: rec.id,
    name: rec.data.name,
    roles,
    activities: rec.data.activities.map((a) => {
      const letters = dictionary<RaciLetter>();
      for (const role of roles) {
        const letter = ownValue(a.roles, role);
        if (letter) letters[role] = letter;
      }
      return { process: rec.id, activity: a.id, name: a.name, roles: letters };
    }),
  };
}

/** Every activity where the role has a letter: matrices by name, activities in their order; only `process` when given. */
export function roleAssignments(model: RepositoryModel, role: string, language: Language, process?: string): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  for (const rec of matrices(model, language)) {
    if (process !== undefined && rec.id !== process) continue;
    for (const a of rec.data.activities) {
      const letter = ownValue(a.roles, role);
      if (letter) out.push({ process: rec.id, processName: rec.data.name, activity: a.id, activityName: a.name, role, letter });
    }
  }
  return out;
}
