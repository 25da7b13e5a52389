// What a record with a schema error still says. A rule that reports something
// missing or unused elsewhere ("no management plan lists this system", "no
// matrix uses this role") must count what invalid records say too: one bad cell
// in a matrix or a plan is reported once, as a schema error, and must not make
// every role or system it names look unused or uncovered. Best effort, read
// defensively: an invalid record's data can be anything.
import type { RepositoryModel } from '../model/repository.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every role id that a RACI matrix gives a letter, valid or not. */
export function rolesInMatrices(model: RepositoryModel): Set<string> {
  const used = new Set<string>();
  for (const rec of model.records.raci.values()) {
    const activities = rec.valid ? rec.data.activities : isObject(rec.data) ? rec.data.activities : undefined;
    if (!Array.isArray(activities)) continue;
    for (const activity of activities as unknown[]) {
      if (isObject(activity) && isObject(activity.roles)) for (const role of Object.keys(activity.roles)) used.add(role);
    }
  }
  return used;
}

/**
 * The system ids listed by invalid management plans that may be for `year`
 * (their year is `year`, or unreadable): the valid plans are in plansBySystem.
 */
export function systemsInInvalidPlans(model: RepositoryModel, year: number): Set<string> {
  const listed = new Set<string>();
  for (const rec of model.records.plan.values()) {
    if (rec.valid || !isObject(rec.data)) continue;
    const { year: planYear, systems } = rec.data;
    if (typeof planYear === 'number' && Number.isInteger(planYear) && planYear !== year) continue;
    if (!Array.isArray(systems)) continue;
    for (const id of systems as unknown[]) if (typeof id === 'string') listed.add(id);
  }
  return listed;
}
