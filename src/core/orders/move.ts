// Planning one status move of an order: whether the lifecycle allows it, what
// it requires (a decision, a rationale), and exactly which fields change.
// A refusal is data (a code and its details); the cli words it. The IO layer
// turns the plan into a minimal edit of the file.
import type { HistoryEntry, IsoDate, Order, OrderStatus } from '../model/types.js';
import { suggest } from '../text/suggest.js';
import type { MissingRequirement } from './gate.js';
import { APPROVED_OR_LATER, NEEDS_DECISION, NEEDS_RATIONALE, TERMINAL, allowedMoves, canMove, pathBetween } from './lifecycle.js';

export interface MoveRequest {
  to: OrderStatus;
  date: IsoDate;
  actor: string;
  decision?: string;
  note?: string;
}

export interface MoveChanges {
  status: OrderStatus;
  /** Set when the move is decided by the council. */
  decision?: string;
  /** Set when the move needs a rationale (deferred, rejected). */
  rationale?: string;
  entry: HistoryEntry;
}

export type RefusalCode = 'same-status' | 'not-allowed' | 'incomplete' | 'needs-decision' | 'unknown-decision' | 'decision-later' | 'needs-note' | 'date-order';

/** Why the lifecycle forbids a move (for 'not-allowed'). */
export type NotAllowedReason = 'ends-flow' | 'one-step' | 'not-approved' | 'prepared-only' | 'no-such-move';

/** A status the order may move to, and the options that move needs. */
export interface AllowedMove {
  status: OrderStatus;
  needs: readonly ('--decision' | '--note')[];
}

/** A refused move, as data: the cli words it in the output language. */
export interface MoveRefusal {
  code: RefusalCode;
  order: string;
  from: OrderStatus;
  to: OrderStatus;
  allowed: readonly AllowedMove[];
  /** 'not-allowed': why, and the shortest way there when there is one. */
  why?: NotAllowedReason;
  path?: readonly OrderStatus[];
  /** 'unknown-decision': the id given and the closest known one. */
  decision?: string;
  guess?: string;
  /** 'date-order': the move's date and the last history entry's; 'decision-later': the move's date. */
  date?: IsoDate;
  last?: IsoDate;
  /** 'incomplete': everything the order lacks for the status, in the configured order. */
  missing?: readonly MissingRequirement[];
  /** 'decision-later': the cited decision's date, and today when the move is dated before it. */
  decisionDate?: IsoDate;
  today?: IsoDate;
}

/** What a move is checked against beyond the lifecycle (the preparation gate, the decisions' dates). */
export interface MoveChecks {
  /** What the order lacks to be moved to `to`; every item is listed in the refusal. */
  missing?: (order: Order, to: OrderStatus) => readonly MissingRequirement[];
  /** Decision dates by id: a move may not cite a decision dated after the move or after today. */
  decisionDates?: ReadonlyMap<string, IsoDate>;
  today?: IsoDate;
}

export type MovePlan = { ok: true; changes: MoveChanges } | { ok: false; refusal: MoveRefusal };

/** Statuses whose move sets the order's `rationale` as well as the history note. */
const SETS_RATIONALE: ReadonlySet<OrderStatus> = new Set(['deferred', 'rejected']);

function requirements(to: OrderStatus): AllowedMove {
  const needs: ('--decision' | '--note')[] = [];
  if (NEEDS_DECISION.has(to)) needs.push('--decision');
  if (NEEDS_RATIONALE.has(to)) needs.push('--note');
  return { status: to, needs };
}

function notAllowedReason(from: OrderStatus, to: OrderStatus): NotAllowedReason {
  if (TERMINAL.has(from)) return 'ends-flow';
  if (to === 'planned' || to === 'in-progress' || to === 'delivered' || to === 'closed') return APPROVED_OR_LATER.has(from) ? 'one-step' : 'not-approved';
  if (NEEDS_DECISION.has(to)) return 'prepared-only';
  return 'no-such-move';
}

export function planMove(order: Order, request: MoveRequest, decisionIds: ReadonlySet<string>, checks: MoveChecks = {}): MovePlan {
  const from = order.status;
  const { to } = request;
  const allowed = allowedMoves(from).map(requirements);
  const refuse = (code: RefusalCode, details: Partial<MoveRefusal> = {}): MovePlan => ({ ok: false, refusal: { code, order: order.id, from, to, allowed, ...details } });
  if (from === to) return refuse('same-status');
  if (!canMove(from, to)) {
    const path = pathBetween(from, to);
    return refuse('not-allowed', path ? { why: notAllowedReason(from, to), path } : { why: notAllowedReason(from, to) });
  }
  // The gate before the options: an order that is not ready is refused whatever the flags say.
  const missing = checks.missing?.(order, to) ?? [];
  if (missing.length > 0) return refuse('incomplete', { missing });
  let decision = request.decision;
  // Taking a planned order back to approved keeps the decision that approved it.
  if (decision === undefined && to === 'approved' && APPROVED_OR_LATER.has(from)) decision = order.decision;
  if (NEEDS_DECISION.has(to) && decision === undefined) return refuse('needs-decision');
  if (decision !== undefined && !decisionIds.has(decision)) {
    const guess = suggest(decision, decisionIds);
    return refuse('unknown-decision', guess ? { decision, guess } : { decision });
  }
  const decided = decision === undefined ? undefined : checks.decisionDates?.get(decision);
  if (decided !== undefined && (decided > request.date || (checks.today !== undefined && decided > checks.today))) {
    return refuse('decision-later', { decision: decision!, decisionDate: decided, date: request.date, ...(checks.today !== undefined ? { today: checks.today } : {}) });
  }
  const note = request.note?.trim() === '' ? undefined : request.note;
  if (NEEDS_RATIONALE.has(to) && note === undefined) return refuse('needs-note');
  const history = order.history ?? [];
  const last = history[history.length - 1];
  if (last && request.date < last.date) return refuse('date-order', { date: request.date, last: last.date });
  const entry: HistoryEntry = { date: request.date, from, to, actor: request.actor };
  if (decision !== undefined) entry.decision = decision;
  if (note !== undefined) entry.note = note;
  const changes: MoveChanges = { status: to, entry };
  if (NEEDS_DECISION.has(to) && decision !== undefined) changes.decision = decision;
  if (SETS_RATIONALE.has(to) && note !== undefined) changes.rationale = note;
  return { ok: true, changes };
}

/** The order's data after the move: what the edited file must parse to. */
export function applyMove(order: Order, changes: MoveChanges): Order {
  const next: Order = { ...order, status: changes.status, history: [...(order.history ?? []), changes.entry] };
  if (changes.decision !== undefined) next.decision = changes.decision;
  if (changes.rationale !== undefined) next.rationale = changes.rationale;
  return next;
}
