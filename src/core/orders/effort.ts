// An order's effort in person-days: the estimate in days, else its rough size.
import type { Order, OrderSize } from '../model/types.js';

/** Person-days a rough size stands for when no estimate in days is given. */
export const SIZE_DAYS: Readonly<Record<OrderSize, number>> = { S: 5, M: 15, L: 40, XL: 80, XXL: 160 };

export interface Effort {
  days: number;
  /** Where the figure comes from. */
  source: 'days' | 'size';
}

export function effortOf(order: Pick<Order, 'estimates'>): Effort | undefined {
  const e = order.estimates;
  if (e?.effortDays !== undefined) return { days: e.effortDays, source: 'days' };
  if (e?.size !== undefined) return { days: SIZE_DAYS[e.size], source: 'size' };
  return undefined;
}
