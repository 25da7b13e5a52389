// A contract's current period, end date and notice deadline, renewals included.
import { addMonthsIso, daysBetween } from '../dates.js';
import type { IsoDate } from '../dates.js';
import type { Contract } from '../model/types.js';

export interface ContractTerms {
  /** Start of the period that is current on "today". */
  periodStart: IsoDate;
  /** End of the current period (or the date the contract ended). */
  currentEnd: IsoDate;
  /** Last day to give notice (or decide on renewal) for the current period. */
  noticeDeadline?: IsoDate;
  /** Days from today to the notice deadline; negative when it has passed. */
  daysToNoticeDeadline?: number;
  /** True when the contract has ended or run out before today. */
  expired: boolean;
  /** True when a notice decision covers the current period. */
  decided: boolean;
  /** Renewals counted to reach the current period. */
  renewals: number;
}

const MAX_PERIODS = 1000;

export function contractTerms(contract: Contract, today: IsoDate): ContractTerms {
  let periodStart = contract.start;
  let end = addMonthsIso(contract.start, contract.initialTermMonths);
  let renewals = 0;
  const renewal = contract.renewal;
  if (renewal && renewal.type !== 'none') {
    const period = renewal.periodMonths ?? contract.initialTermMonths;
    const maxRenewals = renewal.maxRenewals ?? Infinity;
    while (end < today && renewals < maxRenewals && renewals < MAX_PERIODS) {
      const next = addMonthsIso(end, period);
      if (contract.latestEnd && end >= contract.latestEnd) break;
      periodStart = end;
      end = next;
      renewals++;
    }
  }
  if (contract.latestEnd && end > contract.latestEnd) end = contract.latestEnd;
  if (contract.ended) {
    return {
      periodStart,
      currentEnd: contract.ended,
      expired: contract.ended <= today,
      decided: true,
      renewals,
    };
  }
  const noticeDeadline = addMonthsIso(end, -(contract.noticeMonths ?? 0));
  const decision = contract.noticeDecision;
  const decided = decision !== undefined && (decision.date === undefined || decision.date >= periodStart);
  return {
    periodStart,
    currentEnd: end,
    noticeDeadline,
    daysToNoticeDeadline: daysBetween(today, noticeDeadline),
    expired: end < today,
    decided,
    renewals,
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
