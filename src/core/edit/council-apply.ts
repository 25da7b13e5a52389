// What applying a council decision means for each order it lists: the move
// its outcome calls for (approved, deferred, rejected; referred back to
// preparation), or none (tabled and noted orders stay where they are; an
// order already there is left alone). Pure: the cli edits the files.
import type { LoadedRecord } from '../model/repository.js';
import type { Decision, DecisionOutcome, IsoDate, OrderStatus } from '../model/types.js';
import { planMove } from '../orders/move.js';
import type { MoveChanges, MoveChecks, MoveRefusal } from '../orders/move.js';

/** The status an outcome moves an order to; undefined when the order stays. */
export function statusForOutcome(outcome: DecisionOutcome): OrderStatus | undefined {
  switch (outcome) {
    case 'approved':
    case 'deferred':
    case 'rejected':
      return outcome;
    case 'referred-back':
      return 'in-preparation';
    case 'tabled':
    case 'noted':
      return undefined;
  }
}

export type CouncilStep =
  | { kind: 'move'; order: string; title: string; file: string; from: OrderStatus; to: OrderStatus; changes: MoveChanges }
  | { kind: 'stays'; order: string; title: string; outcome: DecisionOutcome; status: OrderStatus }
  | { kind: 'already'; order: string; title: string; status: OrderStatus }
  | { kind: 'unknown-order'; order: string }
  | { kind: 'invalid-order'; order: string; file: string }
  | { kind: 'refused'; order: string; title: string; refusal: MoveRefusal };

export interface CouncilRequest {
  date: IsoDate;
  actor: string;
}

/** One step per order the decision lists, in the decision's order. */
export function planCouncilApply(
  decision: Decision,
  orders: ReadonlyMap<string, LoadedRecord<'order'>>,
  decisionIds: ReadonlySet<string>,
  request: CouncilRequest,
  checks: MoveChecks = {},
): CouncilStep[] {
  return (decision.orders ?? []).map((entry): CouncilStep => {
    const rec = orders.get(entry.order);
    if (!rec) return { kind: 'unknown-order', order: entry.order };
    if (!rec.valid) return { kind: 'invalid-order', order: entry.order, file: rec.file };
    const order = rec.data;
    const to = statusForOutcome(entry.outcome);
    if (to === undefined) return { kind: 'stays', order: order.id, title: order.title, outcome: entry.outcome, status: order.status };
    if (order.status === to) return { kind: 'already', order: order.id, title: order.title, status: to };
    const note = entry.note?.trim() ? entry.note : undefined;
    const plan = planMove(order, { to, date: request.date, actor: request.actor, decision: decision.id, ...(note ? { note } : {}) }, decisionIds, checks);
    if (!plan.ok) return { kind: 'refused', order: order.id, title: order.title, refusal: plan.refusal };
    return { kind: 'move', order: order.id, title: order.title, file: rec.file, from: order.status, to, changes: plan.changes };
  });
}
