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
import { addDaysIso, addMonthsIso, daysBetween, noticeDeadlineFor, termEnd } from '../dates.js';
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
  /**
   * The notice deadline to act on; none once `ended` is recorded. The current
   * period's, except when it has passed and the notice period is as long as
   * a renewal or longer: then the next deadline that can still be met (the
   * first period ending on or after today whose deadline is on or after today).
   */
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
  /** Last day in force of the period `noticeDeadline` is for. */
  noticeEnd?: IsoDate;
  /** The last day in force that a recorded decision to terminate gives (none once `ended` is recorded). */
  endsByDecision?: IsoDate;
  /**
   * The current period's notice deadline has passed without a decision and the
   * contract thereby runs into another period that notice in time would have
   * avoided (rule contract/notice-passed). Only when the notice period is
   * shorter than a renewal.
   */
  missed: boolean;
  /** No period can follow the one `noticeDeadline` is for (renewal none, renewals used up, `latestEnd`, a termination, `ended`). */
  final: boolean;
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
 * The first period from period `from` on (at most `last`) whose notice
 * deadline is on or after `date`, or undefined when there is none. Deadlines
 * grow with the period, so this jumps close by the notice period and steps:
 * renewals without limit can be many.
 */
function firstMeetable(schedule: ContractSchedule, contract: Contract, date: IsoDate, from: number, last = Infinity): ContractPeriod | undefined {
  const first = from <= last ? schedule.period(from) : undefined;
  if (!first || first.noticeDeadline >= date) return first;
  let q = schedule.periodOn(addMonthsIso(date, contract.noticeMonths ?? 0), last);
  if (q.index <= from) q = first;
  while (q.index > from + 1) {
    const before = schedule.period(q.index - 1)!;
    if (before.noticeDeadline < date) break;
    q = before;
  }
  while (q.noticeDeadline < date) {
    const next = q.index < last ? schedule.period(q.index + 1) : undefined;
    if (!next) return undefined;
    q = next;
  }
  return q;
}

/**
 * The period a notice decision to terminate was given for, by its date d:
 * - automatic renewal: the first period whose notice deadline is on or after
 *   d: the period in which it was made when it met that period's deadline,
 *   else a later one (notice given too late cannot stop a renewal that is
 *   already bound, so the contract runs on until the first end the notice
 *   still reaches — several periods when the notice period is longer than a
 *   renewal);
 * - option (and none): the period in which d falls: not exercising an option
 *   ends the contract with the period running, however late it is decided.
 * A decision dated before the start is for the first period, one after the
 * last period for the last. Without a date the decision is taken to be for
 * the period current on "today" (rule contract/notice-decision-undated asks
 * for the date).
 */
function terminationPeriod(schedule: ContractSchedule, contract: Contract, today: IsoDate): number {
  const date = contract.noticeDecision?.date;
  if (date === undefined) return schedule.periodOn(today).index;
  const p = schedule.periodOn(date);
  if (contract.renewal?.type !== 'automatic' || p.end < date) return p.index;
  return (firstMeetable(schedule, contract, date, p.index) ?? schedule.periodOn('9999-12-31')).index;
}

export function contractTerms(contract: Contract, today: IsoDate): ContractTerms {
  const schedule = new ContractSchedule(contract);
  const decision = contract.noticeDecision;
  const terminates = decision?.outcome === 'terminate';
  const last = terminates ? terminationPeriod(schedule, contract, today) : Infinity;
  const endsByDecision = terminates && contract.ended === undefined ? schedule.period(last)?.end : undefined;
  const ended = contract.ended;
  const current = schedule.periodOn(ended !== undefined && ended < today ? ended : today, last);
  const renewals = current.index - 1;
  if (ended !== undefined) {
    return { periodStart: current.start, currentEnd: ended, expired: ended < today, decided: true, terminated: terminates, renewals, missed: false, final: true };
  }
  const after = (p: ContractPeriod) => (p.index < last ? schedule.period(p.index + 1) : undefined);
  // The period whose deadline is shown (see the header): the current one,
  // unless its deadline has passed and the notice period is as long as a
  // renewal or longer; then the first later one whose deadline can be met.
  let target = current;
  const rolling = (contract.noticeMonths ?? 0) >= schedule.renewalMonths;
  if (current.noticeDeadline < today && rolling && after(current)) {
    target = firstMeetable(schedule, contract, today, current.index + 1, last) ?? schedule.periodOn('9999-12-31', last);
  }
  // A decision covers a period when it was made after the previous period's
  // notice deadline: a decision made then, even after this period's own
  // deadline has passed, answers this period's question.
  const previous = schedule.period(target.index - 1);
  const decided =
    (decision !== undefined && (decision.date === undefined || previous === undefined || decision.date > previous.noticeDeadline)) ||
    (terminates && target.index >= last);
  const final = after(target) === undefined;
  return {
    periodStart: current.start,
    currentEnd: current.end,
    noticeDeadline: target.noticeDeadline,
    noticeEnd: target.end,
    daysToNoticeDeadline: daysBetween(today, target.noticeDeadline),
    expired: current.end < today,
    decided,
    terminated: terminates && current.index === last,
    ...(endsByDecision !== undefined ? { endsByDecision } : {}),
    renewals,
    missed: !decided && !final && target.noticeDeadline < today && current.end >= today,
    final,
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
