// Planning one status move of an order: whether the lifecycle allows it, what
// it requires (a decision, a rationale), and exactly which fields change.
// The IO layer turns the plan into a minimal edit of the file.
import type { HistoryEntry, IsoDate, Order, OrderStatus } from '../model/types.js';
import { suggest } from '../text/suggest.js';
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

export type RefusalCode = 'same-status' | 'not-allowed' | 'needs-decision' | 'unknown-decision' | 'needs-note' | 'date-order';

export type MovePlan =
  | { ok: true; changes: MoveChanges }
  | { ok: false; code: RefusalCode; message: string; hint?: string; allowed: readonly OrderStatus[] };

/** Statuses whose move sets the order's `rationale` as well as the history note. */
const SETS_RATIONALE: ReadonlySet<OrderStatus> = new Set(['deferred', 'rejected']);

function allowedText(from: OrderStatus): string {
  const allowed = allowedMoves(from);
  if (allowed.length === 0) return `'${from}' ends the flow: no moves are allowed from it.`;
  return `Allowed from '${from}': ${allowed.map((s) => requirementText(s)).join(', ')}.`;
}

function requirementText(to: OrderStatus): string {
  const needs: string[] = [];
  if (NEEDS_DECISION.has(to)) needs.push('--decision');
  if (NEEDS_RATIONALE.has(to)) needs.push('--note');
  return needs.length ? `${to} (${needs.join(', ')})` : to;
}

export function planMove(order: Order, request: MoveRequest, decisionIds: ReadonlySet<string>): MovePlan {
  const from = order.status;
  const { to } = request;
  const allowed = allowedMoves(from);
  const refuse = (code: RefusalCode, message: string, hint?: string): MovePlan => {
    const plan: MovePlan = { ok: false, code, message, allowed };
    if (hint !== undefined) plan.hint = hint;
    return plan;
  };
  if (from === to) return refuse('same-status', `${order.id} is already '${to}'`, allowedText(from));
  if (!canMove(from, to)) {
    let why: string;
    if (TERMINAL.has(from)) why = `'${from}' ends the flow`;
    else if (to === 'planned' || to === 'in-progress' || to === 'delivered' || to === 'closed') {
      why = APPROVED_OR_LATER.has(from) ? 'the lifecycle goes one step at a time' : 'an order must be approved by the decision council before it is planned or worked on';
    } else if (NEEDS_DECISION.has(to)) why = 'the decision council decides on prepared orders only';
    else why = 'the lifecycle has no such move';
    const path = pathBetween(from, to);
    const way = path && path.length > 2 ? ` The way there: ${path.join(' → ')}.` : '';
    return refuse('not-allowed', `cannot move ${order.id} from '${from}' to '${to}': ${why}`, `${allowedText(from)}${way}`);
  }
  let decision = request.decision;
  // Taking a planned order back to approved keeps the decision that approved it.
  if (decision === undefined && to === 'approved' && APPROVED_OR_LATER.has(from)) decision = order.decision;
  if (NEEDS_DECISION.has(to) && decision === undefined) {
    return refuse(
      'needs-decision',
      `moving ${order.id} to '${to}' needs the decision behind it: --decision <id>`,
      'Cite the decision record in decisions/ (e.g. the decision council meeting) that settled the order.',
    );
  }
  if (decision !== undefined && !decisionIds.has(decision)) {
    const guess = suggest(decision, decisionIds);
    return refuse('unknown-decision', `unknown decision '${decision}'`, guess ? `Did you mean '${guess}'?` : 'No decision with that id exists in decisions/; create it first (styr new decision).');
  }
  const note = request.note?.trim() === '' ? undefined : request.note;
  if (NEEDS_RATIONALE.has(to) && note === undefined) {
    return refuse('needs-note', `moving ${order.id} to '${to}' needs a rationale: --note <text>`, `The orderer is owed the reason why the order is ${to}.`);
  }
  const history = order.history ?? [];
  const last = history[history.length - 1];
  if (last && request.date < last.date) {
    return refuse('date-order', `the move's date ${request.date} is before the order's last history entry (${last.date})`, 'Give --today a date on or after the last entry.');
  }
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
