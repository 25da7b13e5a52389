// What a contract and an order cost in one calendar year.
//
// A contract costs its yearly cost for every whole year it is in force, and in
// proportion to its days in force in a year it starts or ends in. The last
// day in force is the contract's current end date (contractTerms, "t.o.m."),
// taking renewals into account as `styr contracts` does; a decision to
// terminate ends it at the end of the period the decision fell in.
//
// An order commits money from its decision on: approved, planned and in
// progress. Its one-off cost falls in the year of delivery; its yearly cost
// runs from delivery on: the quarters after the delivery quarter in that year,
// the whole of every year after. Delivery is the end of the quarter that
// `styr plan` places the order's last work in; an order the plan cannot place
// is delivered in the quarter of its wanted-by date, else at the end of the
// planning year. Delivered and closed orders commit nothing more: by then
// their running cost belongs in a management plan's budget or a contract.
import { contractTerms } from '../contracts/terms.js';
import { daysBetween } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Contract, Order, OrderStatus } from '../model/types.js';

export const COMMITTING_STATUSES: ReadonlySet<OrderStatus> = new Set(['approved', 'planned', 'in-progress']);

const yearStart = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01`;
const yearEnd = (year: number): IsoDate => `${String(year).padStart(4, '0')}-12-31`;

/** Days of `year` the contract is in force, and the days of the year. */
export function contractDaysInYear(contract: Contract, year: number): { days: number; daysInYear: number } {
  const first = yearStart(year);
  const last = yearEnd(year);
  const daysInYear = daysBetween(first, last) + 1;
  if (contract.start > last) return { days: 0, daysInYear };
  let end = contract.ended ?? contractTerms(contract, last).currentEnd;
  const decision = contract.noticeDecision;
  if (!contract.ended && decision?.outcome === 'terminate') {
    const terminatedAt = contractTerms(contract, decision.date ?? contract.start).currentEnd;
    if (terminatedAt < end) end = terminatedAt;
  }
  const from = contract.start > first ? contract.start : first;
  const to = end < last ? end : last;
  return { days: to < from ? 0 : daysBetween(from, to) + 1, daysInYear };
}

/** The contract's cost in `year`: its yearly cost, pro rata for the days in force. */
export function contractCostInYear(contract: Contract, year: number): number {
  const cost = contract.yearlyCost ?? 0;
  if (cost === 0) return 0;
  const { days, daysInYear } = contractDaysInYear(contract, year);
  return days >= daysInYear ? cost : Math.round((cost * days) / daysInYear);
}

/** 'YYYY-Qn' */
export interface Delivery {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parseQuarter(label: string): Delivery | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(label);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Delivery['quarter'] } : undefined;
}

export interface OrderYearCost {
  oneOff: number;
  yearly: number;
}

/** What an order commits in `year`, given when it is delivered; nothing unless approved, planned or in progress. */
export function orderCostInYear(order: Pick<Order, 'status' | 'estimates'>, delivery: Delivery, year: number): OrderYearCost {
  if (!COMMITTING_STATUSES.has(order.status)) return { oneOff: 0, yearly: 0 };
  const oneOff = year === delivery.year ? (order.estimates?.costOneOff ?? 0) : 0;
  const perYear = order.estimates?.costYearly ?? 0;
  const yearly = year < delivery.year ? 0 : year === delivery.year ? Math.round((perYear * (4 - delivery.quarter)) / 4) : perYear;
  return { oneOff, yearly };
}
