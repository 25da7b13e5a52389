// The cost items of one year, each with its amount and how it is spread over
// departments (units) and managed objects: the management plans' budgets and
// outcomes by category, the contracts, what decided orders commit, and the IT
// unit's overhead. Every cut of the costs (report.ts) splits these items.
import { quarterOf } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { RepositoryModel, ValidRecord } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import { planFor } from '../model/objects.js';
import type { CostCategory, Financing, Order } from '../model/types.js';
import { COST_CATEGORIES } from '../model/types.js';
import { budgetByCategory } from './budget.js';
import { planRepository } from '../orders/planning.js';
import { allocate, compose, equal, UNALLOCATED, weights, whole } from './allocation.js';
import type { Allocation, Weights } from './allocation.js';
import { contractCostInYear, COMMITTING_STATUSES, orderCostInYear, parseQuarter } from './periods.js';
import type { Delivery } from './periods.js';

export { COST_CATEGORIES };

/** The columns of the cost report. `total` is budget + committed + contracts + overhead; outcome is compared with the budget, not added. */
export type CostColumn = 'budget' | 'outcome' | 'committed' | 'contracts' | 'overhead';
export const COST_COLUMNS: readonly CostColumn[] = ['budget', 'outcome', 'committed', 'contracts', 'overhead'];

export type CostSource =
  { kind: 'plan'; id: string } | { kind: 'contract'; id: string } | { kind: 'order'; id: string; part: 'one-off' | 'yearly' } | { kind: 'overhead' };

export interface CostItem {
  column: CostColumn;
  /** Whole kronor. */
  amount: number;
  category: CostCategory;
  /** Supplier name; '' when the cost has none (own work, budgets, orders). */
  supplier: string;
  /** Weights by unit id ('' = unallocated). */
  units: Weights;
  /** Weights by managed object id ('' = none). */
  objects: Weights;
  source: CostSource;
}

export interface CostLedger {
  year: number;
  items: CostItem[];
  /** When each committing order is delivered. */
  deliveries: Map<string, Delivery>;
}

export interface LedgerContext {
  model: RepositoryModel;
  year: number;
  /** Orders are placed by `styr plan` as of this day. */
  today: IsoDate;
}

export { planFor };

/** Managed objects known from the object records, systems and plans. */
export function knownObjects(model: RepositoryModel): Set<string> {
  const out = new Set<string>(model.records.object.keys());
  for (const rec of validRecords(model, 'plan')) out.add(rec.data.managedObject);
  for (const rec of validRecords(model, 'system')) if (rec.data.managedObject) out.add(rec.data.managedObject);
  return out;
}

function unitWeights(a: Allocation): Map<string, number> {
  return weights(a.parts.filter((p) => p.recipient.kind === 'unit').map((p) => [p.recipient.id, p.fraction] as const));
}

/** How a managed object's costs are spread over departments: its management plan's allocation (unallocated without one). */
export function objectUnitWeights(model: RepositoryModel, object: string, year: number): Weights {
  const plan = planFor(model, object, year);
  const w = plan ? unitWeights(planAllocation(plan)) : new Map<string, number>();
  return w.size === 0 ? whole(UNALLOCATED) : w;
}

export function planAllocation(plan: ValidRecord<'plan'>): Allocation {
  return allocate(plan.data.allocationKey, plan.data.costAllocation);
}

export function overheadAllocation(model: RepositoryModel): Allocation | undefined {
  const o = model.config.costs?.overhead;
  return o ? allocate(o.allocationKey, o.costAllocation) : undefined;
}

export function buildLedger({ model, year, today }: LedgerContext): CostLedger {
  const items: CostItem[] = [];
  const objectUnitsCache = new Map<string, Weights>();
  /** How a managed object's costs are spread over departments: its plan's allocation. */
  const objectUnits = (object: string): Weights => {
    let w = objectUnitsCache.get(object);
    if (!w) objectUnitsCache.set(object, (w = objectUnitWeights(model, object, year)));
    return w;
  };
  const systemObjects = (systems: readonly string[] | undefined): string[] => {
    const out: string[] = [];
    for (const id of systems ?? []) {
      const rec = model.records.system.get(id);
      if (rec?.valid && rec.data.managedObject) out.push(rec.data.managedObject);
    }
    return out;
  };
  const overhead = overheadAllocation(model);
  const itUnit = validRecords(model, 'unit').find((u) => u.data.kind === 'it-unit')?.id;
  const centralUnits: Weights = overhead && overhead.parts.length ? unitWeights(overhead) : whole(itUnit ?? UNALLOCATED);

  // Management plans: budget and outcome by category.
  for (const plan of validRecords(model, 'plan')) {
    if (plan.data.year !== year) continue;
    const units = objectUnits(plan.data.managedObject);
    const objects = whole(plan.data.managedObject);
    const budget = plan.data.budget;
    if (budget) {
      const b = budgetByCategory(budget);
      const named = COST_CATEGORIES.filter((c) => b[c] !== undefined);
      for (const c of named) items.push({ column: 'budget', amount: b[c] ?? 0, category: c, supplier: '', units, objects, source: { kind: 'plan', id: plan.id } });
      if (named.length === 0 && budget.total !== undefined)
        items.push({ column: 'budget', amount: budget.total, category: 'other', supplier: '', units, objects, source: { kind: 'plan', id: plan.id } });
    }
    for (const o of plan.data.outcome ?? []) {
      if (Number(o.period.slice(0, 4)) !== year) continue;
      items.push({ column: 'outcome', amount: o.amount, category: o.category ?? 'other', supplier: '', units, objects, source: { kind: 'plan', id: plan.id } });
    }
  }

  // Contracts: the year's cost, allocated to departments directly or through managed objects.
  for (const rec of validRecords(model, 'contract')) {
    const amount = contractCostInYear(rec.data, year);
    if (amount === 0) continue;
    const a = allocate(rec.data.allocationKey, rec.data.costAllocation);
    const outer = weights(a.parts.map((p) => [`${p.recipient.kind}:${p.recipient.id}`, p.fraction] as const));
    const units = compose(outer, (key) => (key.startsWith('unit:') ? whole(key.slice(5)) : objectUnits(key.slice(7))));
    const toObjects = a.parts.filter((p) => p.recipient.kind === 'object');
    const rest = 1 - toObjects.reduce((s, p) => s + p.fraction, 0);
    const own = equal(systemObjects(rec.data.systems));
    const objects = weights([...toObjects.map((p) => [p.recipient.id, p.fraction] as const), ...[...own].map(([k, w]) => [k, w * rest] as const)]);
    items.push({
      column: 'contracts',
      amount,
      category: rec.data.costCategory ?? 'licences',
      supplier: rec.data.supplier,
      units,
      objects,
      source: { kind: 'contract', id: rec.id },
    });
  }

  // Orders: what approved, planned and in-progress orders commit this year.
  const deliveries = orderDeliveries(model, today);
  for (const rec of validRecords(model, 'order')) {
    const delivery = deliveries.get(rec.id);
    if (!delivery) continue;
    const cost = orderCostInYear(rec.data, delivery, year);
    const own = systemObjects(rec.data.systems);
    const spread = (f: Financing | undefined): { units: Weights; objects: Weights } => {
      switch (f?.budget) {
        case 'object':
          return f.object ? { units: objectUnits(f.object), objects: whole(f.object) } : { units: whole(rec.data.unit), objects: equal(own) };
        case 'unit':
          return { units: whole(f.unit ?? rec.data.unit), objects: equal(own) };
        case 'central':
          return { units: centralUnits, objects: equal(own) };
        default:
          return { units: whole(rec.data.unit), objects: equal(own) };
      }
    };
    if (cost.oneOff > 0)
      items.push({
        column: 'committed',
        amount: cost.oneOff,
        category: 'development',
        supplier: '',
        ...spread(rec.data.financing),
        source: { kind: 'order', id: rec.id, part: 'one-off' },
      });
    if (cost.yearly > 0)
      items.push({
        column: 'committed',
        amount: cost.yearly,
        category: 'operations',
        supplier: '',
        ...spread(rec.data.yearlyFinancing ?? rec.data.financing),
        source: { kind: 'order', id: rec.id, part: 'yearly' },
      });
  }

  // The IT unit's overhead.
  const o = model.config.costs?.overhead;
  if (o && o.yearly > 0) {
    const units = overhead && overhead.parts.length ? unitWeights(overhead) : whole(UNALLOCATED);
    items.push({ column: 'overhead', amount: o.yearly, category: o.category ?? 'staff', supplier: '', units, objects: whole(UNALLOCATED), source: { kind: 'overhead' } });
  }
  return { year, items, deliveries };
}

/** When each approved, planned or in-progress order is delivered (see periods.ts). */
export function orderDeliveries(model: RepositoryModel, today: IsoDate): Map<string, Delivery> {
  const plan = planRepository(model, today);
  const placed = new Map(plan.placed.map((p) => [p.id, p.end]));
  const out = new Map<string, Delivery>();
  for (const rec of validRecords(model, 'order')) {
    if (!COMMITTING_STATUSES.has(rec.data.status)) continue;
    out.set(rec.id, deliveryOf(rec.data, placed.get(rec.id), model.config.planningYear));
  }
  return out;
}

function deliveryOf(order: Order, placedEnd: string | undefined, planningYear: number): Delivery {
  const placed = placedEnd ? parseQuarter(placedEnd) : undefined;
  if (placed) return placed;
  if (order.wantedBy) return { year: Number(order.wantedBy.slice(0, 4)), quarter: quarterOf(order.wantedBy) as Delivery['quarter'] };
  return { year: planningYear, quarter: 4 };
}
