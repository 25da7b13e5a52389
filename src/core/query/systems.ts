// `styr systems`: the valid systems with owner, administrator, management plan
// for the planning year and number of integrations, filtered and sorted by
// business area and name.
import type { Language } from '../i18n/language.js';
import { plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import type { RepositoryModel } from '../model/repository.js';
import type { Lifecycle } from '../model/types.js';
import { systemManagementPlan } from '../rules/system-management-plan.js';
import { compareIds, containsText, personName, recordsFlaggedBy, textCompare } from './common.js';

export interface SystemQuery {
  /** Business area contains this text (case-insensitive). */
  area?: string;
  unit?: string;
  owner?: string;
  lifecycle?: Lifecycle;
  /** Supplier contains this text (case-insensitive). */
  supplier?: string;
  /** Only the active systems the rule system/management-plan reports: no plan for the planning year. */
  withoutPlan?: boolean;
}

export interface SystemRow {
  id: string;
  name: string;
  businessArea: string;
  unit: string | null;
  lifecycle: Lifecycle;
  owner: string | null;
  ownerName: string | null;
  administrator: string | null;
  administratorName: string | null;
  supplier: string | null;
  /** Management plans for the planning year that list the system (usually one; empty when none). */
  plans: string[];
  /** Integrations that are not retired, declared by this system or by the system at the other end. */
  integrations: number;
}

/** Non-retired integrations per system, counted at both ends (as the service catalog lists them). */
export function integrationCounts(model: RepositoryModel): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const rec of validRecords(model, 'system')) {
    for (const integration of rec.data.integrations ?? []) {
      if (integration.status === 'retired') continue;
      add(rec.id);
      if (integration.target !== rec.id) add(integration.target);
    }
  }
  return counts;
}

export function querySystems(model: RepositoryModel, query: SystemQuery, options: { language: Language; today: string }): SystemRow[] {
  const plans = plansBySystem(model, model.config.planningYear);
  const integrations = integrationCounts(model);
  const withoutPlan = query.withoutPlan ? recordsFlaggedBy(systemManagementPlan, model, options.today) : undefined;
  const compare = textCompare(options.language);
  return validRecords(model, 'system')
    .filter(({ id, data }) => {
      if (query.area !== undefined && !containsText(data.businessArea, query.area)) return false;
      if (query.unit !== undefined && data.unit !== query.unit) return false;
      if (query.owner !== undefined && data.owner !== query.owner) return false;
      if (query.lifecycle !== undefined && data.lifecycle !== query.lifecycle) return false;
      if (query.supplier !== undefined && !containsText(data.supplier, query.supplier)) return false;
      if (withoutPlan && !withoutPlan.has(id)) return false;
      return true;
    })
    .sort((a, b) => compare(a.data.businessArea, b.data.businessArea) || compare(a.data.name, b.data.name) || compareIds(a.id, b.id))
    .map(({ id, data }) => ({
      id,
      name: data.name,
      businessArea: data.businessArea,
      unit: data.unit ?? null,
      lifecycle: data.lifecycle,
      owner: data.owner ?? null,
      ownerName: data.owner ? personName(model, data.owner) : null,
      administrator: data.administrator ?? null,
      administratorName: data.administrator ? personName(model, data.administrator) : null,
      supplier: data.supplier ?? null,
      plans: (plans.get(id) ?? []).map((p) => p.id).sort(),
      integrations: integrations.get(id) ?? 0,
    }));
}
