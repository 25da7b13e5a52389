// `styr systems`: the valid systems with owner, administrator, management plan
// for the planning year and number of integrations, filtered and sorted by
// business area and name.
import type { Language } from '../i18n/language.js';
import { plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import type { RepositoryModel } from '../model/repository.js';
import type { Integration, IntegrationDirection, Lifecycle } from '../model/types.js';
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
  /** Integrations that are not retired, declared by this system or by the system at the other end; one documented at both ends counts once. */
  integrations: number;
}

const INVERSE: Readonly<Record<IntegrationDirection, IntegrationDirection>> = { outbound: 'inbound', inbound: 'outbound', bidirectional: 'bidirectional' };

/** A direction seen from the other end. */
export function inverseDirection(direction: IntegrationDirection): IntegrationDirection {
  return INVERSE[direction];
}

/**
 * One integration between two systems, however many ends document it. An
 * exchange is often written down at both ends (outbound in the sending system,
 * inbound in the receiving one, with the same data); that is one integration.
 */
export interface IntegrationLink {
  /** The system whose declaration represents the link: the sending end when the two ends agree on a direction. */
  from: string;
  /** The system at the other end. */
  to: string;
  /** The integration as seen from `from`; with both ends documented, the two declarations merged (active if either is). */
  integration: Integration;
  /** Whether the other end documents the same integration too. */
  bothEnds: boolean;
}

/** Data descriptions written at the two ends match regardless of case and spacing. */
function sameData(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

function merged(rep: Integration, other: Integration): Integration {
  const out: Integration = { ...rep };
  const protocol = rep.protocol ?? other.protocol;
  const format = rep.format ?? other.format;
  const frequency = rep.frequency ?? other.frequency;
  if (protocol !== undefined) out.protocol = protocol;
  if (format !== undefined) out.format = format;
  if (frequency !== undefined) out.frequency = frequency;
  const active = (i: Integration) => (i.status ?? 'active') === 'active';
  if (active(rep) || active(other)) delete out.status;
  return out;
}

/**
 * Every non-retired integration between valid systems, once: a declaration at
 * one end pairs with the declaration at the other end that names it back, in
 * the opposite direction (both bidirectional), with the same data. Each
 * declaration pairs at most once; the order is by declaring system id, then
 * as written.
 */
export function integrationLinks(model: RepositoryModel): IntegrationLink[] {
  const systems = validRecords(model, 'system').sort((a, b) => compareIds(a.id, b.id));
  const declared = new Map<string, Integration[]>();
  for (const rec of systems)
    declared.set(
      rec.id,
      (rec.data.integrations ?? []).filter((i) => i.status !== 'retired'),
    );
  const paired = new Set<Integration>();
  const links: IntegrationLink[] = [];
  for (const rec of systems) {
    for (const integration of declared.get(rec.id)!) {
      if (paired.has(integration)) continue;
      const counterpart =
        integration.target === rec.id
          ? undefined
          : declared
              .get(integration.target)
              ?.find((o) => !paired.has(o) && o.target === rec.id && o.direction === INVERSE[integration.direction] && sameData(o.data, integration.data));
      if (!counterpart) {
        links.push({ from: rec.id, to: integration.target, integration, bothEnds: false });
        continue;
      }
      paired.add(integration).add(counterpart);
      // The sending end represents the link; a bidirectional one, the declaring system met first.
      if (integration.direction === 'inbound') {
        links.push({ from: integration.target, to: rec.id, integration: merged(counterpart, integration), bothEnds: true });
      } else {
        links.push({ from: rec.id, to: integration.target, integration: merged(integration, counterpart), bothEnds: true });
      }
    }
  }
  return links;
}

/** Non-retired integrations per system, each counted once at each of its two ends (as the service catalog lists them). */
export function integrationCounts(model: RepositoryModel): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const link of integrationLinks(model)) {
    add(link.from);
    if (link.to !== link.from) add(link.to);
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
