// A contract's periods, current end date and notice deadline, renewals
// included. The one definition of contract dates (README "Contract dates /
// Avtalsdatum"), the Swedish "t.o.m." convention: an end date is the last day
// the contract is in force.
//
// - Period k (1, 2, …) ends on termEnd(start, months of periods 1…k): the day
//   before the date that lies that many months after the START date (same
//   day of the month, always counted from the start, never from a previous
//   end), or that month's last day where the date does not exist. Period 1 is
//   the initial term, every later one a renewal of `renewal.periodMonths`
//   (the initial term when not given). Period k + 1 starts the day after
//   period k ends, so the periods tile the calendar.
// - Renewal `none` gives one period; `automatic` and `option` as many as
//   `maxRenewals` allows (no limit without it). An option is assumed to be
//   exercised while the contract runs: record `ended` (or a decision to
//   terminate) when one is not.
// - `latestEnd` caps the periods: a period ends on it at the latest and no
//   period starts after it.
// - The notice deadline of a period is the last day notice can be given:
//   noticeDeadlineFor(end, noticeMonths) (see dates.ts). A deadline that falls
//   today can still be met (0 days left); it has passed from the next day.
// - A contract is in force on its end date and has ended from the next day,
//   whether the end is computed, capped by `latestEnd` or recorded in `ended`.
// - A notice decision with outcome terminate stops renewal: the contract ends
//   with the period the decision was given for (see terminationPeriod).
import { addDaysIso, daysBetween, noticeDeadlineFor, termEnd } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Contract } from '../model/types.js';

export interface ContractPeriod {
  /** 1 for the initial term, k + 1 after k renewals. */
  index: number;
  start: IsoDate;
  /** Last day in force (t.o.m.). */
  end: IsoDate;
  /** Last day to give notice (or decide on renewal) for this period. */
  noticeDeadline: IsoDate;
}

export interface ContractTerms {
  /** Start of the period that is current on "today" (the last period once the contract has ended). */
  periodStart: IsoDate;
  /** Last day in force of the current period, or the date recorded in `ended`. */
  currentEnd: IsoDate;
  /** Last day to give notice (or decide on renewal) for the current period; none once `ended` is recorded. */
  noticeDeadline?: IsoDate;
  /** Days from today to the notice deadline: 0 when it is today, negative when it has passed. */
  daysToNoticeDeadline?: number;
  /** True from the day after the contract's last day in force. */
  expired: boolean;
  /** True when a notice decision covers the current period (or the contract's end is recorded). */
  decided: boolean;
  /** True when a recorded decision to terminate makes the current period the last one. */
  terminated: boolean;
  /** Renewals counted to reach the current period. */
  renewals: number;
}

/**
 * A contract's periods as the definition above gives them, without
 * `ended` or a notice decision (those are applied by contractTerms).
 */
export class ContractSchedule {
  readonly initialMonths: number;
  readonly renewalMonths: number;
  /** Number of periods the contract can have (Infinity: renews without limit). */
  readonly maxPeriods: number;

  constructor(private readonly contract: Contract) {
    this.initialMonths = contract.initialTermMonths;
    const renewal = contract.renewal;
    const renews = renewal !== undefined && renewal.type !== 'none';
    this.renewalMonths = renews ? (renewal.periodMonths ?? contract.initialTermMonths) : contract.initialTermMonths;
    this.maxPeriods = renews ? (renewal.maxRenewals ?? Infinity) + 1 : 1;
  }

  /** Months from the start to the end of period k, before any cap. */
  private months(k: number): number {
    return this.initialMonths + (k - 1) * this.renewalMonths;
  }

  /** Period k (1-based), or undefined when the contract has no such period. */
  period(k: number): ContractPeriod | undefined {
    if (k < 1 || k > this.maxPeriods || !Number.isSafeInteger(k)) return undefined;
    const { start: first, latestEnd } = this.contract;
    const start = k === 1 ? first : addDaysIso(termEnd(first, this.months(k - 1)), 1);
    if (k > 1 && latestEnd !== undefined && start > latestEnd) return undefined;
    let end = termEnd(first, this.months(k));
    if (latestEnd !== undefined && end > latestEnd) end = latestEnd;
    return { index: k, start, end, noticeDeadline: noticeDeadlineFor(end, this.contract.noticeMonths ?? 0) };
  }

  /**
   * The period a date falls in (start ≤ date ≤ end); the first period for a
   * date before the start and the last one for a date after the last end.
   * `last` caps the periods (a termination).
   */
  periodOn(date: IsoDate, last = Infinity): ContractPeriod {
    // Jump close by the months elapsed, then step: renewals without limit can be many.
    const elapsed = (Number(date.slice(0, 4)) - Number(this.contract.start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(this.contract.start.slice(5, 7));
    let k = elapsed < this.initialMonths ? 1 : 1 + Math.floor((elapsed - this.initialMonths) / this.renewalMonths);
    k = Math.max(1, Math.min(k, last, this.maxPeriods));
    let p = this.period(k);
    // A cap by latestEnd can leave k beyond the last period: step back to it.
    while (!p) p = this.period(--k);
    while (p.start > date && p.index > 1) p = this.period(p.index - 1)!;
    for (;;) {
      if (p.end >= date || p.index >= last) return p;
      const next = this.period(p.index + 1);
      if (!next) return p;
      p = next;
    }
  }
}

/**
 * The period a notice decision to terminate was given for, by its date d:
 * - automatic renewal: the first period whose notice deadline is on or after
 *   d: the period in which it was made when it met that period's deadline,
 *   else the next one (notice given too late cannot stop a renewal that has
 *   already happened, so the contract runs one more period);
 * - option (and none): the period in which d falls: not exercising an option
 *   ends the contract with the period running, however late it is decided.
 * A decision dated before the start is for the first period, one after the
 * last period for the last. Without a date the decision is taken to be for
 * the period current on "today" (record the date so styr can tell).
 */
function terminationPeriod(schedule: ContractSchedule, contract: Contract, today: IsoDate): number {
  const date = contract.noticeDecision?.date;
  if (date === undefined) return schedule.periodOn(today).index;
  const p = schedule.periodOn(date);
  if (contract.renewal?.type === 'automatic' && p.noticeDeadline < date && p.end >= date) return schedule.period(p.index + 1)?.index ?? p.index;
  return p.index;
}

export function contractTerms(contract: Contract, today: IsoDate): ContractTerms {
  const schedule = new ContractSchedule(contract);
  const decision = contract.noticeDecision;
  const terminated = decision?.outcome === 'terminate';
  const last = terminated ? terminationPeriod(schedule, contract, today) : Infinity;
  const ended = contract.ended;
  const current = schedule.periodOn(ended !== undefined && ended < today ? ended : today, last);
  if (ended !== undefined) {
    return { periodStart: current.start, currentEnd: ended, expired: ended < today, decided: true, terminated, renewals: current.index - 1 };
  }
  // A decision covers the current period when it was made after the previous
  // period's notice deadline: a decision made then, even after this period's
  // own deadline has passed, answers this period's question.
  const previous = schedule.period(current.index - 1);
  const decided = decision !== undefined && (decision.date === undefined || previous === undefined || decision.date > previous.noticeDeadline);
  return {
    periodStart: current.start,
    currentEnd: current.end,
    noticeDeadline: current.noticeDeadline,
    daysToNoticeDeadline: daysBetween(today, current.noticeDeadline),
    expired: current.end < today,
    decided: decided || (terminated && current.index === last),
    terminated: terminated && current.index === last,
    renewals: current.index - 1,
  };
}

/**
 * Most urgent first, by days to the notice deadline (a passed deadline is
 * negative, so first), then the current end date. Contracts already settled
 * (a notice decision covers a deadline that has passed, or there is no
 * deadline) come last: nothing is left to do for them. A decision whose
 * deadline is still ahead keeps its place: the notice must still be sent.
 */
export function compareUrgency(a: ContractTerms, b: ContractTerms): number {
  const settled = (t: ContractTerms) => Number(t.decided && (t.daysToNoticeDeadline === undefined || t.daysToNoticeDeadline < 0));
  return (
    settled(a) - settled(b) ||
    (a.daysToNoticeDeadline ?? Infinity) - (b.daysToNoticeDeadline ?? Infinity) ||
    (a.currentEnd < b.currentEnd ? -1 : a.currentEnd > b.currentEnd ? 1 : 0)
  );
}
