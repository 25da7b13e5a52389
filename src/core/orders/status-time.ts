// How long an order has been in its current status.
import { daysBetween } from '../dates.js';
import type { IsoDate, Order } from '../model/types.js';

/** The date the order entered its current status: its last history entry, else its creation. */
export function statusSince(order: Pick<Order, 'history' | 'created'>): IsoDate {
  const history = order.history ?? [];
  return history.length > 0 ? history[history.length - 1]!.date : order.created;
}

export function daysInStatus(order: Pick<Order, 'history' | 'created'>, today: IsoDate): number {
  return daysBetween(statusSince(order), today);
}
