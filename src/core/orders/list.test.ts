import { describe, expect, it } from 'vitest';
import type { Order } from '../model/types.js';
import { dependentsOf, matchesFilter, sortOrders } from './list.js';

const o = (id: string, extra: Partial<Order> = {}): Order => ({
  id,
  title: id,
  description: '-',
  orderer: 'eva',
  unit: 'skola',
  type: 'change',
  status: 'received',
  created: '2026-11-01',
  ...extra,
});

describe('order list', () => {
  it('filters by status, unit, type, system, orderer and days in status', () => {
    const order = o('A', { systems: ['s1'], history: [{ date: '2026-11-20', to: 'in-preparation', actor: 'k' }], status: 'in-preparation' });
    const today = '2026-12-01';
    expect(matchesFilter(order, { statuses: new Set(['in-preparation']), unit: 'skola', type: 'change', system: 's1', orderer: 'eva' }, today)).toBe(true);
    expect(matchesFilter(order, { statuses: new Set(['received']) }, today)).toBe(false);
    expect(matchesFilter(order, { system: 's2' }, today)).toBe(false);
    expect(matchesFilter(order, { olderThan: 10 }, today)).toBe(true);
    expect(matchesFilter(order, { olderThan: 11 }, today)).toBe(false);
  });

  it('sorts stably, ending on the id', () => {
    const list = [o('C', { wantedBy: '2027-01-01' }), o('A'), o('B', { wantedBy: '2026-12-24' })].map((order, i) => ({
      order,
      score: [10, 20, 10][i]!,
      daysInStatus: 0,
    }));
    expect(sortOrders(list, 'wanted-by').map((x) => x.order.id)).toEqual(['B', 'C', 'A']);
    expect(sortOrders(list, 'score').map((x) => x.order.id)).toEqual(['A', 'B', 'C']);
    expect(sortOrders(list, 'id').map((x) => x.order.id)).toEqual(['A', 'B', 'C']);
  });

  it('finds the orders that depend on one', () => {
    expect(dependentsOf([o('A', { dependsOn: ['X'] }), o('B'), o('C', { dependsOn: ['Y', 'X'] })], 'X')).toEqual(['A', 'C']);
  });
});
