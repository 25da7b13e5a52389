// Filtering and sorting orders for `styr order list`.
import type { Order, OrderStatus, OrderType } from '../model/types.js';
import { STATUS_ORDER } from './lifecycle.js';
import { daysInStatus } from './status-time.js';

export const ORDER_SORTS = ['id', 'created', 'status', 'score', 'wanted-by'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export interface OrderFilter {
  statuses?: ReadonlySet<OrderStatus>;
  unit?: string;
  type?: OrderType;
  system?: string;
  orderer?: string;
  /** More than this many days in the current status. */
  olderThan?: number;
}

export interface ListedOrder {
  order: Order;
  score: number;
  daysInStatus: number;
}

export function matchesFilter(order: Order, filter: OrderFilter, today: string): boolean {
  if (filter.statuses && !filter.statuses.has(order.status)) return false;
  if (filter.unit !== undefined && order.unit !== filter.unit) return false;
  if (filter.type !== undefined && order.type !== filter.type) return false;
  if (filter.system !== undefined && !(order.systems ?? []).includes(filter.system)) return false;
  if (filter.orderer !== undefined && order.orderer !== filter.orderer) return false;
  if (filter.olderThan !== undefined && daysInStatus(order, today) <= filter.olderThan) return false;
  return true;
}

const byId = (a: ListedOrder, b: ListedOrder) => (a.order.id < b.order.id ? -1 : a.order.id > b.order.id ? 1 : 0);
const statusRank = new Map(STATUS_ORDER.map((s, i) => [s, i]));

/** Sort a copy; every sort ends on the id so the output is stable. */
export function sortOrders(orders: readonly ListedOrder[], sort: OrderSort): ListedOrder[] {
  const compare = (a: ListedOrder, b: ListedOrder): number => {
    switch (sort) {
      case 'id':
        return 0;
      case 'created':
        return a.order.created < b.order.created ? -1 : a.order.created > b.order.created ? 1 : 0;
      case 'status':
        return statusRank.get(a.order.status)! - statusRank.get(b.order.status)!;
      case 'score':
        return b.score - a.score;
      case 'wanted-by': {
        const wa = a.order.wantedBy;
        const wb = b.order.wantedBy;
        if (wa === wb) return 0;
        if (wa === undefined) return 1;
        if (wb === undefined) return -1;
        return wa < wb ? -1 : 1;
      }
    }
  };
  return [...orders].sort((a, b) => compare(a, b) || byId(a, b));
}

/** Orders that name `id` in dependsOn, by id. */
export function dependentsOf(orders: Iterable<Order>, id: string): string[] {
  const out: string[] = [];
  for (const o of orders) if ((o.dependsOn ?? []).includes(id)) out.push(o.id);
  return out.sort();
}
