// A department's view (beställarsida, report §3 and §6.5.3): its authorised
// orderers and IT contact, its orders with status, rank, planned quarters and
// who owns the next step, the systems it owns or uses with their management
// plans, its contracts and its share of the year's IT costs. The department
// pages (`styr render units`) and `styr unit` print this one shape.
import { objectUnitWeights } from '../costs/ledger.js';
import type { CostAmounts, CostReport } from '../costs/report.js';
import { contractTerms } from '../contracts/terms.js';
import type { IsoDate } from '../dates.js';
import { plansBySystem } from '../model/queries.js';
import type { RepositoryModel, ValidRecord } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { Lifecycle, OrderStatus, PlanStatus, Unit } from '../model/types.js';
import { STATUS_ORDER, TERMINAL } from '../orders/lifecycle.js';
import { nextStep } from '../orders/next-step.js';
import type { NextStep } from '../orders/next-step.js';
import type { PlanResult } from '../orders/planning.js';
import { rankOrders } from '../orders/ranking.js';
import { compareIds } from './common.js';

export interface UnitPerson {
  id: string;
  name: string;
}

export interface UnitOrder {
  id: string;
  title: string;
  status: OrderStatus;
  /** Place in the backlog (`styr order rank`), for prepared and approved orders. */
  rank?: number;
  /** The plan's quarters ('2027-Q2' or '2027-Q2–2027-Q3'), when `styr plan` places the order. */
  quarter?: string;
  wantedBy?: IsoDate;
  /** Who owns the next step; undefined once the order has left the flow. */
  nextStep?: NextStep;
}

export type SystemRelation = 'owns' | 'uses';

export interface UnitSystem {
  id: string;
  name: string;
  /** Owns: the system's owning department. Uses: it orders changes to it, or its management plan charges the department. */
  relation: SystemRelation;
  lifecycle: Lifecycle;
  /** The management plans for the planning year that cover the system. */
  plans: { id: string; name: string; status: PlanStatus }[];
}

export type ContractRelation = 'owns' | 'shares';

export interface UnitContract {
  id: string;
  title: string;
  supplier: string;
  /** Owns: the contract's unit. Shares: the department bears part of its yearly cost. */
  relation: ContractRelation;
  /** The department's share of the yearly cost in percent, when the allocation gives shares. */
  share?: number;
  currentEnd: IsoDate;
  noticeDeadline?: IsoDate;
  expired: boolean;
}

export interface UnitOverview {
  unit: ValidRecord<'unit'>;
  orderers: UnitPerson[];
  itContact?: UnitPerson;
  orders: UnitOrder[];
  systems: UnitSystem[];
  contracts: UnitContract[];
  /** The department's row of the year's costs by department; all zero when nothing is allocated to it. */
  costs: CostAmounts;
}

/** The units that get a department page: the departments, by id. */
export function departmentUnits(model: RepositoryModel): ValidRecord<'unit'>[] {
  return validRecords(model, 'unit')
    .filter((u) => u.data.kind === 'department')
    .sort((a, b) => compareIds(a.id, b.id));
}

function person(model: RepositoryModel, id: string): UnitPerson {
  const rec = model.records.person.get(id);
  return { id, name: rec?.valid ? rec.data.name : id };
}

function quarters(plan: PlanResult, id: string): string | undefined {
  const placed = plan.placed.find((p) => p.id === id);
  if (!placed) return undefined;
  return placed.start === placed.end ? placed.start : `${placed.start}–${placed.end}`;
}

/**
 * The department's overview on `today`. `plan` is the repository's plan for
 * that day (`planRepository`) and `costsByUnit` the year's costs cut by
 * department, so a render computes them once for every page.
 */
export function unitOverview(model: RepositoryModel, unit: ValidRecord<'unit'>, today: IsoDate, plan: PlanResult, costsByUnit: CostReport): UnitOverview {
  const data: Unit = unit.data;
  const year = model.config.planningYear;
  const ranks = new Map(rankOrders(model).map((r) => [r.order.id, r.rank]));
  const orderRecords = validRecords(model, 'order').filter((o) => o.data.unit === unit.id);
  const statusIndex = (s: OrderStatus) => STATUS_ORDER.indexOf(s);
  const orders: UnitOrder[] = orderRecords
    .map((rec) => {
      const o = rec.data;
      const out: UnitOrder = { id: o.id, title: o.title, status: o.status };
      const rank = ranks.get(o.id);
      if (rank !== undefined) out.rank = rank;
      const q = quarters(plan, o.id);
      if (q !== undefined) out.quarter = q;
      if (o.wantedBy !== undefined) out.wantedBy = o.wantedBy;
      const step = TERMINAL.has(o.status) ? undefined : nextStep(model, o, today);
      if (step) out.nextStep = step;
      return out;
    })
    .sort((a, b) => statusIndex(a.status) - statusIndex(b.status) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareIds(a.id, b.id));

  // Systems: owned by the department, or used by it — named in its orders, or
  // charged to it by the management plan of the system's managed object.
  const ordered = new Set(orderRecords.filter((o) => !TERMINAL.has(o.data.status)).flatMap((o) => o.data.systems ?? []));
  const byPlan = plansBySystem(model, year);
  const systems: UnitSystem[] = [];
  for (const rec of validRecords(model, 'system')) {
    const s = rec.data;
    if (s.lifecycle === 'retired') continue;
    const charged = s.managedObject !== undefined && objectUnitWeights(model, s.managedObject, year).has(unit.id);
    const relation: SystemRelation | undefined = s.unit === unit.id ? 'owns' : ordered.has(rec.id) || charged ? 'uses' : undefined;
    if (!relation) continue;
    const plans = (byPlan.get(rec.id) ?? []).map((p) => ({ id: p.id, name: p.data.name, status: p.data.status })).sort((a, b) => compareIds(a.id, b.id));
    systems.push({ id: rec.id, name: s.name, relation, lifecycle: s.lifecycle, plans });
  }
  systems.sort((a, b) => Number(a.relation === 'uses') - Number(b.relation === 'uses') || compareIds(a.id, b.id));

  const contracts: UnitContract[] = [];
  for (const rec of validRecords(model, 'contract')) {
    const c = rec.data;
    const part = (c.costAllocation ?? []).find((a) => a.unit === unit.id);
    const relation: ContractRelation | undefined = c.unit === unit.id ? 'owns' : part ? 'shares' : undefined;
    if (!relation) continue;
    const terms = contractTerms(c, today);
    if (terms.expired) continue;
    const out: UnitContract = { id: rec.id, title: c.title, supplier: c.supplier, relation, currentEnd: terms.currentEnd, expired: terms.expired };
    if (part?.share !== undefined && (c.allocationKey ?? 'shares') === 'shares') out.share = part.share;
    if (terms.noticeDeadline !== undefined) out.noticeDeadline = terms.noticeDeadline;
    contracts.push(out);
  }
  contracts.sort((a, b) => Number(a.relation === 'shares') - Number(b.relation === 'shares') || compareIds(a.id, b.id));

  const row = costsByUnit.rows.find((r) => r.key === unit.id);
  const costs: CostAmounts = row
    ? { budget: row.budget, outcome: row.outcome, committed: row.committed, contracts: row.contracts, overhead: row.overhead, total: row.total }
    : { budget: 0, outcome: 0, committed: 0, contracts: 0, overhead: 0, total: 0 };

  const overview: UnitOverview = { unit, orderers: (data.orderers ?? []).map((id) => person(model, id)), orders, systems, contracts, costs };
  if (data.itContact !== undefined) overview.itContact = person(model, data.itContact);
  return overview;
}
