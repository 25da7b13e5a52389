// The managed object (förvaltningsobjekt) and what hangs on it. The object
// record holds its name, owner, management leads, services and the units it
// serves; which systems belong to it is said once, by each system's
// managedObject, and computed here. A plan may name its own object owner and
// management leads; where it does not, the object's apply.
import type { ValidRecord, RepositoryModel } from './repository.js';
import { validRecords } from './repository.js';

export function objectRecord(model: RepositoryModel, id: string | undefined): ValidRecord<'object'> | undefined {
  if (!id) return undefined;
  const rec = model.records.object.get(id);
  return rec?.valid ? rec : undefined;
}

/** The managed object's name, else its id (an unknown object is a reference error elsewhere). */
export function objectName(model: RepositoryModel, id: string): string {
  return objectRecord(model, id)?.data.name ?? id;
}

/** The systems whose managedObject is this object, in id order. */
export function objectSystems(model: RepositoryModel, id: string): ValidRecord<'system'>[] {
  return validRecords(model, 'system').filter((s) => s.data.managedObject === id);
}

/** The management plan of an object for a year, else its latest earlier plan, else its earliest later one. */
export function planFor(model: RepositoryModel, object: string, year: number): ValidRecord<'plan'> | undefined {
  let best: ValidRecord<'plan'> | undefined;
  for (const rec of validRecords(model, 'plan')) {
    if (rec.data.managedObject !== object) continue;
    const d = rec.data.year;
    if (d === year) return rec;
    const b = best?.data.year;
    if (b === undefined || (d < year && (b > year || d > b)) || (d > year && b > year && d < b)) best = rec;
  }
  return best;
}

/** The plan's object owner: its own, else its managed object's. */
export function planObjectOwner(model: RepositoryModel, plan: ValidRecord<'plan'>): string | undefined {
  return plan.data.objectOwner ?? objectRecord(model, plan.data.managedObject)?.data.objectOwner;
}

/** The plan's management leads: its own, else its managed object's. */
export function planManagementLeads(model: RepositoryModel, plan: ValidRecord<'plan'>): readonly string[] {
  const own = plan.data.managementLeads;
  if (own?.length) return own;
  return objectRecord(model, plan.data.managedObject)?.data.managementLeads ?? [];
}
