// `styr contracts`: the valid contracts with their current end date and
// notice deadline (from contractTerms, renewals included), most urgent first.
import { compareUrgency, contractTerms } from '../contracts/terms.js';
import type { ContractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import type { RepositoryModel } from '../model/repository.js';
import type { NoticeOutcome, RenewalType } from '../model/types.js';
import { contractNoticePassed } from '../rules/contract-notice-passed.js';
import { compareIds, containsText, recordsFlaggedBy } from './common.js';

export interface ContractQuery {
  /**
   * Notice deadline at most this many days from today; a passed deadline
   * counts only while no decision covers the period (rule contract/notice-passed).
   */
  noticeWithin?: number;
  /** Supplier contains this text (case-insensitive). */
  supplier?: string;
  /** Covers this system: named in the contract's `systems` or the system's `contracts`. */
  system?: string;
  /** Include contracts that have ended or run out. */
  all?: boolean;
}

export interface ContractRow {
  id: string;
  number: string;
  title: string;
  supplier: string;
  systems: string[];
  /** End of the current period, or the date the contract ended. */
  currentEnd: string;
  noticeDeadline: string | null;
  /** Negative when the deadline has passed; null for a contract that has ended. */
  daysToNoticeDeadline: number | null;
  renewal: RenewalType;
  /** Length of each renewal (the initial term when the contract does not say); null without renewal. */
  renewalPeriodMonths: number | null;
  yearlyCost: number | null;
  /** The notice decision that covers the current period, if one does. */
  noticeDecision: NoticeOutcome | null;
  /**
   * The last day in force that a recorded decision to terminate gives: later
   * than currentEnd when the notice came after the current period's deadline
   * (the contract runs on until the first end the notice reaches).
   */
  endsByDecision: string | null;
  /** The notice deadline passed without a decision (rule contract/notice-passed). */
  noticePassed: boolean;
  ended: boolean;
}

export function queryContracts(model: RepositoryModel, query: ContractQuery, today: string): ContractRow[] {
  const passed = recordsFlaggedBy(contractNoticePassed, model, today);
  const listedBySystem = new Set<string>();
  if (query.system !== undefined) {
    const system = model.records.system.get(query.system);
    if (system?.valid) for (const id of system.data.contracts ?? []) listedBySystem.add(id);
  }
  const rows: ContractRow[] = [];
  const termsById = new Map<string, ContractTerms>();
  for (const { id, data } of validRecords(model, 'contract')) {
    const terms = contractTerms(data, today);
    termsById.set(id, terms);
    if (terms.expired && !query.all) continue;
    if (query.supplier !== undefined && !containsText(data.supplier, query.supplier)) continue;
    if (query.system !== undefined && !(data.systems ?? []).includes(query.system) && !listedBySystem.has(id)) continue;
    if (query.noticeWithin !== undefined) {
      const days = terms.daysToNoticeDeadline;
      if (terms.expired || days === undefined || days > query.noticeWithin) continue;
      // A passed deadline counts while notice-passed fires, or in the last period while nothing is decided (it ends anyway).
      if (days < 0 && !passed.has(id) && !(terms.final && !terms.decided)) continue;
    }
    const renewal = data.renewal?.type ?? 'none';
    rows.push({
      id,
      number: data.number,
      title: data.title,
      supplier: data.supplier,
      systems: [...(data.systems ?? [])],
      currentEnd: terms.currentEnd,
      noticeDeadline: terms.noticeDeadline ?? null,
      daysToNoticeDeadline: terms.expired ? null : (terms.daysToNoticeDeadline ?? null),
      renewal,
      renewalPeriodMonths: renewal === 'none' ? null : (data.renewal?.periodMonths ?? data.initialTermMonths),
      yearlyCost: data.yearlyCost ?? null,
      noticeDecision: terms.decided ? (data.noticeDecision?.outcome ?? null) : null,
      endsByDecision: terms.endsByDecision ?? null,
      noticePassed: passed.has(id),
      ended: terms.expired,
    });
  }
  // The contracts document's order (compareUrgency); ended contracts (with --all) last.
  return rows
    .map((row) => ({ row, terms: termsById.get(row.id)! }))
    .sort((a, b) => Number(a.row.ended) - Number(b.row.ended) || compareUrgency(a.terms, b.terms) || compareIds(a.row.id, b.row.id))
    .map(({ row }) => row);
}
