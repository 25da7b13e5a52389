// KPIs that measure themselves: a tactical-plan KPI with a `measure` gets its
// outcome computed from the records as of "today", beside its target. Each
// measure returns the value and the counts behind it, never text; the
// renderer words it. Definitions (README "KPI measures"):
// - received = the order's `created` date (an order is received when it is
//   recorded; its first history entry is the move out of received);
// - decided = the date of the first history entry to approved, deferred or
//   rejected; delivered = the date of the first history entry to delivered;
// - the lead times and the on-time share count the orders decided or
//   delivered within the period: the 12 months up to and including today;
// - stuck orders, systems with plan and continuity, and licence utilisation
//   are the state on today.
// The stuck orders are the very findings of rule order/status-duration, and
// a reviewed continuity plan is one rule continuity/stale-review does not
// flag, so the KPI and `styr validate` never disagree.
import { contractTerms } from '../contracts/terms.js';
import { addDaysIso, addMonthsIso, daysBetween } from '../dates.js';
import type { IsoDate } from '../dates.js';
import { ACTIVE_LIFECYCLES, plansBySystem } from '../model/queries.js';
import type { RepositoryModel } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { DirectionKpi, Order, OrderStatus } from '../model/types.js';
import { continuityStaleReview } from '../rules/continuity-stale-review.js';
import { orderStatusDuration } from '../rules/order-status-duration.js';
import type { Finding, Rule } from '../rules/rule.js';

export type KpiMeasure = NonNullable<DirectionKpi['measure']>;

export { KPI_MEASURES } from '../model/types.js';

/** Measures where a lower outcome is better (the rest: higher is better). */
export const LOWER_IS_BETTER: ReadonlySet<KpiMeasure> = new Set(['lead-time-to-decision', 'lead-time-to-delivery', 'stuck-orders']);

/** A span of days, both ends included. */
export interface KpiPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface KpiOutcome {
  measure: KpiMeasure;
  /** The outcome: days, percent or a count; undefined when there is nothing to measure. */
  value?: number;
  /**
   * How many things were measured: orders decided or delivered in the period,
   * delivered orders with a wanted-by date, stuck orders, active systems,
   * licences counted.
   */
  count: number;
  /** The part of `count` that meets the measure: on time, with plan and continuity, licences used. */
  part?: number;
  /** The whole `part` is a share of when it is not `count`: licences bought. */
  total?: number;
  /** Orders left out for want of a date (delivered without a wanted-by date). */
  excluded?: number;
  /** The period measured; absent for a state on today. */
  period?: KpiPeriod;
}

/** The 12 months up to and including today. */
export function kpiPeriod(today: IsoDate): KpiPeriod {
  return { from: addDaysIso(addMonthsIso(today, -12), 1), to: today };
}

const DECIDED: ReadonlySet<OrderStatus> = new Set(['approved', 'deferred', 'rejected']);

/** The date an order was received: its `created` date. */
export function receivedDate(order: Pick<Order, 'created'>): IsoDate {
  return order.created;
}

/** The earliest date the order's history moves it to one of `statuses`. */
function firstMoveTo(order: Pick<Order, 'history'>, statuses: ReadonlySet<OrderStatus>): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const entry of order.history ?? []) if (statuses.has(entry.to) && (first === undefined || entry.date < first)) first = entry.date;
  return first;
}

/** The date of the first decision (approved, deferred or rejected). */
export function decidedDate(order: Pick<Order, 'history'>): IsoDate | undefined {
  return firstMoveTo(order, DECIDED);
}

/** The date the order was first delivered. */
export function deliveredDate(order: Pick<Order, 'history'>): IsoDate | undefined {
  return firstMoveTo(order, new Set(['delivered']));
}

/** The median, or undefined for no values. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const within = (date: IsoDate | undefined, p: KpiPeriod): date is IsoDate => date !== undefined && date >= p.from && date <= p.to;
const percent = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : (100 * part) / whole);

/** Median days from received to the event, over the orders whose event falls in the period. */
function leadTime(measure: KpiMeasure, orders: readonly Order[], period: KpiPeriod, event: (o: Order) => IsoDate | undefined): KpiOutcome {
  const days = orders.flatMap((o) => {
    const at = event(o);
    return within(at, period) ? [daysBetween(receivedDate(o), at)] : [];
  });
  const value = median(days);
  return { measure, count: days.length, ...(value !== undefined ? { value } : {}), period };
}

export function leadTimeToDecision(orders: readonly Order[], period: KpiPeriod): KpiOutcome {
  return leadTime('lead-time-to-decision', orders, period, decidedDate);
}

export function leadTimeToDelivery(orders: readonly Order[], period: KpiPeriod): KpiOutcome {
  return leadTime('lead-time-to-delivery', orders, period, deliveredDate);
}

/** Share of the orders delivered in the period that were delivered on or before their wanted-by date. */
export function deliveredOnTime(orders: readonly Order[], period: KpiPeriod): KpiOutcome {
  let count = 0;
  let part = 0;
  let excluded = 0;
  for (const o of orders) {
    const at = deliveredDate(o);
    if (!within(at, period)) continue;
    if (o.wantedBy === undefined) {
      excluded++;
      continue;
    }
    count++;
    if (at <= o.wantedBy) part++;
  }
  const value = percent(part, count);
  return { measure: 'delivered-on-time', count, part, excluded, period, ...(value !== undefined ? { value } : {}) };
}

function findings(model: RepositoryModel, today: IsoDate, rule: Rule): Finding[] {
  const found: Finding[] = [];
  rule.check({ model, today, report: (f) => found.push(f) });
  return found;
}

/** The orders rule order/status-duration reports on today. */
export function stuckOrders(model: RepositoryModel, today: IsoDate): KpiOutcome {
  const ids = new Set(findings(model, today, orderStatusDuration).map((f) => f.record.id));
  return { measure: 'stuck-orders', count: ids.size, value: ids.size };
}

/**
 * Share of the active systems (introduction, production, phase-out) that an
 * approved management plan for the planning year covers, with a continuity
 * plan that has been reviewed within `continuityReviewMonths`.
 */
export function systemsWithPlanAndContinuity(model: RepositoryModel, today: IsoDate): KpiOutcome {
  const stale = new Set(findings(model, today, continuityStaleReview).map((f) => f.record.id));
  const byPlan = plansBySystem(model, model.config.planningYear);
  let count = 0;
  let part = 0;
  for (const system of validRecords(model, 'system')) {
    if (!ACTIVE_LIFECYCLES.has(system.data.lifecycle)) continue;
    count++;
    const plans = byPlan.get(system.id) ?? [];
    if (plans.some((p) => p.data.status === 'approved' && p.data.continuity?.lastReviewed !== undefined && !stale.has(p.id))) part++;
  }
  const value = percent(part, count);
  return { measure: 'systems-with-plan-and-continuity', count, part, ...(value !== undefined ? { value } : {}) };
}

/**
 * Licences used of licences bought, over the licences of contracts in force
 * today that record how many are used and have not ended.
 */
export function licenceUtilisation(model: RepositoryModel, today: IsoDate): KpiOutcome {
  let count = 0;
  let used = 0;
  let bought = 0;
  for (const contract of validRecords(model, 'contract')) {
    if (!contract.data.licences?.length || contractTerms(contract.data, today).expired) continue;
    for (const licence of contract.data.licences) {
      if (licence.used === undefined || (licence.endDate !== undefined && licence.endDate < today)) continue;
      count++;
      used += licence.used;
      bought += licence.quantity;
    }
  }
  const value = percent(used, bought);
  return { measure: 'licence-utilisation', count, part: used, total: bought, ...(value !== undefined ? { value } : {}) };
}

/** The outcome of one measure on the repository as of today. */
export function measureKpi(model: RepositoryModel, measure: KpiMeasure, today: IsoDate): KpiOutcome {
  const orders = () => validRecords(model, 'order').map((r) => r.data);
  const period = kpiPeriod(today);
  switch (measure) {
    case 'lead-time-to-decision':
      return leadTimeToDecision(orders(), period);
    case 'lead-time-to-delivery':
      return leadTimeToDelivery(orders(), period);
    case 'delivered-on-time':
      return deliveredOnTime(orders(), period);
    case 'stuck-orders':
      return stuckOrders(model, today);
    case 'systems-with-plan-and-continuity':
      return systemsWithPlanAndContinuity(model, today);
    case 'licence-utilisation':
      return licenceUtilisation(model, today);
  }
}

/** Whether an outcome meets a numeric target, by the measure's direction; undefined when either is missing. */
export function meetsTarget(outcome: KpiOutcome, target: number | string): boolean | undefined {
  if (outcome.value === undefined || typeof target !== 'number') return undefined;
  return LOWER_IS_BETTER.has(outcome.measure) ? outcome.value <= target : outcome.value >= target;
}
