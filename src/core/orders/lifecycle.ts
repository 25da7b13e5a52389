// The order lifecycle: statuses, allowed moves, and what each move requires.
import type { OrderStatus } from '../model/types.js';

export const LIFECYCLE: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  received: ['in-preparation', 'withdrawn'],
  'in-preparation': ['prepared', 'received', 'withdrawn'],
  prepared: ['approved', 'deferred', 'rejected', 'in-preparation', 'withdrawn'],
  deferred: ['approved', 'rejected', 'in-preparation', 'withdrawn'],
  approved: ['planned', 'withdrawn'],
  planned: ['in-progress', 'approved', 'withdrawn'],
  'in-progress': ['delivered', 'planned', 'withdrawn'],
  delivered: ['closed', 'in-progress'],
  rejected: [],
  closed: [],
  withdrawn: [],
};

/** Statuses reached only by a decision of the council: the move must cite it. */
export const NEEDS_DECISION: ReadonlySet<OrderStatus> = new Set(['approved', 'deferred', 'rejected']);

/** Statuses that need a written rationale in the move's note. */
export const NEEDS_RATIONALE: ReadonlySet<OrderStatus> = new Set(['deferred', 'rejected', 'withdrawn']);

/** Statuses at or after approval: the order's decision must have approved it. */
export const APPROVED_OR_LATER: ReadonlySet<OrderStatus> = new Set(['approved', 'planned', 'in-progress', 'delivered', 'closed']);

/** Statuses in which an order waits for the decision council. */
export const AWAITING_DECISION: ReadonlySet<OrderStatus> = new Set(['prepared']);

/** Statuses that end the flow. */
export const TERMINAL: ReadonlySet<OrderStatus> = new Set(['rejected', 'closed', 'withdrawn']);

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return LIFECYCLE[from].includes(to);
}

/** The outcome a decision record must give for an order in this status. */
export function expectedOutcome(status: OrderStatus): 'approved' | 'deferred' | 'rejected' | undefined {
  if (APPROVED_OR_LATER.has(status)) return 'approved';
  if (status === 'deferred') return 'deferred';
  if (status === 'rejected') return 'rejected';
  return undefined;
}

/** Every status in lifecycle order, for sorting and listing. */
export const STATUS_ORDER: readonly OrderStatus[] = [
  'received',
  'in-preparation',
  'prepared',
  'deferred',
  'approved',
  'planned',
  'in-progress',
  'delivered',
  'closed',
  'rejected',
  'withdrawn',
];

/** The statuses an order may move to from `from`. */
export function allowedMoves(from: OrderStatus): readonly OrderStatus[] {
  return LIFECYCLE[from];
}

/** The shortest path of moves from one status to another (for hints), or undefined if there is none. */
export function pathBetween(from: OrderStatus, to: OrderStatus): OrderStatus[] | undefined {
  const previous = new Map<OrderStatus, OrderStatus>();
  const queue: OrderStatus[] = [from];
  const seen = new Set<OrderStatus>([from]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) {
      const path: OrderStatus[] = [to];
      let at = to;
      while (previous.has(at)) {
        at = previous.get(at)!;
        path.unshift(at);
      }
      return path;
    }
    for (const next of LIFECYCLE[current]) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return undefined;
}
