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
 * Most urgent first: contracts whose current period still needs a decision
 * before those a notice decision already covers, then the fewest days to the
 * notice deadline (a passed deadline is negative, so first), no deadline last.
 */
export function compareUrgency(a: ContractTerms, b: ContractTerms): number {
  return Number(a.decided) - Number(b.decided) || (a.daysToNoticeDeadline ?? Infinity) - (b.daysToNoticeDeadline ?? Infinity) || 0;
}
