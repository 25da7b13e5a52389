// Follow-up that knows the plan. An order planned for a quarter is on time
// until that quarter has ended: only then is a planned order that has not
// started late. Other statuses are measured in days against statusLimits.
// A delivered order of a type that promised benefits is followed up a number
// of months after delivery (styr.yaml orderFlow, default 6 months, project and
// procurement): realised benefit, note and date.
import { addMonthsIso, daysBetween, daysInMonth } from '../dates.js';
import type { IsoDate, Order, OrderType, StyrConfig } from '../model/types.js';
import { daysInStatus } from './status-time.js';

export const DEFAULT_BENEFIT_MONTHS = 6;
export const DEFAULT_BENEFIT_TYPES: readonly OrderType[] = ['project', 'procurement'];

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The last day of a quarter label ('2027-Q2' → '2027-06-30'); undefined for a label that is not one. */
export function quarterEnd(label: string): IsoDate | undefined {
  const m = QUARTER.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]) * 3;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** Why an order counts as stuck: too many days in its status, or planned for a quarter that has ended. */
export type Stuck = { kind: 'days'; days: number; limit: number } | { kind: 'quarter'; days: number; quarter: string; end: IsoDate };

/**
 * Whether an order is stuck on `today`. A planned order with a quarter is
 * measured against the plan: late the day after its quarter's last day, not
 * before, however long it has been planned. Everything else (and a planned
 * order without a quarter) against statusLimits: stuck when it has been in its
 * status more days than the limit. Whether anyone owns the next step is the
 * caller's concern (next-step.ts).
 */
export function stuckState(order: Order, config: Pick<StyrConfig, 'statusLimits'>, today: IsoDate): Stuck | undefined {
  const days = daysInStatus(order, today);
  if (order.status === 'planned' && order.quarter !== undefined) {
    const end = quarterEnd(order.quarter);
    if (end !== undefined) return today > end ? { kind: 'quarter', days, quarter: order.quarter, end } : undefined;
  }
  const limit = config.statusLimits?.[order.status];
  if (limit === undefined || days <= limit) return undefined;
  return { kind: 'days', days, limit };
}

/** The date the order was delivered: its last move to delivered. */
export function deliveredOn(order: Pick<Order, 'history'>): IsoDate | undefined {
  const entries = (order.history ?? []).filter((h) => h.to === 'delivered');
  return entries[entries.length - 1]?.date;
}

export interface BenefitFollowUpSettings {
  months: number;
  types: ReadonlySet<OrderType>;
}

export function benefitSettings(config: Pick<StyrConfig, 'orderFlow'>): BenefitFollowUpSettings {
  return {
    months: config.orderFlow?.benefitFollowUpMonths ?? DEFAULT_BENEFIT_MONTHS,
    types: new Set(config.orderFlow?.benefitTypes ?? DEFAULT_BENEFIT_TYPES),
  };
}

/**
 * When the benefit of a delivered (or since closed) order is to be followed
 * up: `months` calendar months after the delivery date (addMonthsIso: the same
 * day of the month, or that month's last day when it has no such day, so
 * 2026-08-31 + 6 months is 2027-02-28). Undefined for an order of a type whose
 * benefit is not followed up, or that has not been delivered.
 */
export function benefitFollowUpDate(order: Order, settings: BenefitFollowUpSettings): IsoDate | undefined {
  if (!settings.types.has(order.type)) return undefined;
  if (order.status !== 'delivered' && order.status !== 'closed') return undefined;
  const delivered = deliveredOn(order);
  return delivered === undefined ? undefined : addMonthsIso(delivered, settings.months);
}

/** An order whose benefit follow-up is overdue on `today`: due before today and not recorded. The due day itself is on time. */
export function benefitFollowUpOverdue(order: Order, settings: BenefitFollowUpSettings, today: IsoDate): { delivered: IsoDate; due: IsoDate; days: number } | undefined {
  if (order.benefitFollowUp !== undefined) return undefined;
  const due = benefitFollowUpDate(order, settings);
  if (due === undefined || today <= due) return undefined;
  return { delivered: deliveredOn(order)!, due, days: daysBetween(due, today) };
}
