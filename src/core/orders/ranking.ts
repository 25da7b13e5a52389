// The ranked backlog: legal requirements first, then score, then the earlier
// wanted-by date (none last), the earlier created date and finally the id, so
// that the same records always give the same order.
import type { ValidRecord, RepositoryModel } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { Order, OrderStatus, ScoreWeights } from '../model/types.js';
import { effectiveWeights, factorsJson, scoreOrder } from './scoring.js';
import type { OrderScore } from './scoring.js';

/** The statuses `styr order rank` lists: waiting for, or holding, a decision to go ahead. */
export const RANKED_STATUSES: ReadonlySet<OrderStatus> = new Set(['prepared', 'approved']);

export interface ScoredOrder {
  order: Order;
  /** File relative to the data folder. */
  file: string;
  legal: boolean;
  score: OrderScore;
}

export interface RankedOrder extends ScoredOrder {
  /** 1-based position in the ranking. */
  rank: number;
}

export function scoreOrders(records: readonly ValidRecord<'order'>[], weights: ScoreWeights | undefined): ScoredOrder[] {
  const w = effectiveWeights(weights);
  return records.map((rec) => ({ order: rec.data, file: rec.file, legal: rec.data.legalRequirement === true, score: scoreOrder(rec.data, w) }));
}

export function compareRanked(a: ScoredOrder, b: ScoredOrder): number {
  if (a.legal !== b.legal) return a.legal ? -1 : 1;
  if (a.score.score !== b.score.score) return b.score.score - a.score.score;
  const wa = a.order.wantedBy;
  const wb = b.order.wantedBy;
  if (wa !== wb) {
    if (wa === undefined) return 1;
    if (wb === undefined) return -1;
    return wa < wb ? -1 : 1;
  }
  if (a.order.created !== b.order.created) return a.order.created < b.order.created ? -1 : 1;
  return a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0;
}

/** Rank the given orders (any statuses) by the ranking rules. */
export function rankScored(orders: readonly ScoredOrder[]): RankedOrder[] {
  return [...orders].sort(compareRanked).map((o, i) => ({ ...o, rank: i + 1 }));
}

/** The backlog: valid orders in `statuses` (default prepared and approved), ranked. */
export function rankOrders(model: RepositoryModel, statuses: ReadonlySet<OrderStatus> = RANKED_STATUSES): RankedOrder[] {
  const records = validRecords(model, 'order').filter((r) => statuses.has(r.data.status));
  return rankScored(scoreOrders(records, model.config.weights));
}

/** Score and backlog rank of every valid order (rank only for ranked statuses): what `styr diff` reports. */
export function orderScores(model: RepositoryModel): Map<string, { score: number; rank?: number }> {
  const all = scoreOrders(validRecords(model, 'order'), model.config.weights);
  const out = new Map<string, { score: number; rank?: number }>();
  for (const o of all) out.set(o.order.id, { score: o.score.score });
  for (const r of rankScored(all.filter((o) => RANKED_STATUSES.has(o.order.status)))) out.get(r.order.id)!.rank = r.rank;
  return out;
}

/** The ranked backlog as `styr order rank --json` prints it. */
export function rankJson(ranked: readonly RankedOrder[]) {
  return ranked.map((r) => ({
    rank: r.rank,
    id: r.order.id,
    title: r.order.title,
    status: r.order.status,
    legalRequirement: r.legal,
    score: r.score.score,
    wantedBy: r.order.wantedBy ?? null,
    created: r.order.created,
    factors: factorsJson(r.score.factors),
  }));
}
