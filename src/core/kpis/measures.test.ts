import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { Order } from '../model/types.js';
import {
  decidedDate,
  deliveredDate,
  deliveredOnTime,
  kpiPeriod,
  leadTimeToDecision,
  leadTimeToDelivery,
  licenceUtilisation,
  measureKpi,
  median,
  meetsTarget,
  stuckOrders,
  systemsWithPlanAndContinuity,
} from './measures.js';

type Move = [date: string, from: Order['status'], to: Order['status']];

function order(id: string, created: string, moves: Move[], wantedBy?: string): Order {
  return {
    id,
    title: id,
    description: 'x',
    orderer: 'p',
    unit: 'u',
    type: 'change',
    status: moves.length ? moves[moves.length - 1]![2] : 'received',
    created,
    ...(wantedBy ? { wantedBy } : {}),
    history: moves.map(([date, from, to]) => ({ date, from, to, actor: 'p' })),
  } as Order;
}

const PERIOD = kpiPeriod('2026-12-01');

describe('KPI measures', () => {
  it('measure the 12 months up to and including today', () => {
    expect(PERIOD).toEqual({ from: '2025-12-02', to: '2026-12-01' });
    expect(kpiPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('take the median of an odd and an even number of values, and none of no values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeUndefined();
  });

  it('date the decision by the first move to approved, deferred or rejected, and the delivery by the first move to delivered', () => {
    const o = order('A', '2026-01-01', [
      ['2026-01-10', 'received', 'in-preparation'],
      ['2026-02-01', 'in-preparation', 'prepared'],
      ['2026-03-01', 'prepared', 'deferred'],
      ['2026-05-01', 'deferred', 'approved'],
      ['2026-06-01', 'approved', 'planned'],
      ['2026-07-01', 'planned', 'in-progress'],
      ['2026-08-01', 'in-progress', 'delivered'],
      ['2026-08-15', 'delivered', 'in-progress'],
      ['2026-09-01', 'in-progress', 'delivered'],
    ]);
    expect(decidedDate(o)).toBe('2026-03-01');
    expect(deliveredDate(o)).toBe('2026-08-01');
    expect(decidedDate(order('B', '2026-01-01', []))).toBeUndefined();
  });

  it('give the median days from received (created) to decision over the orders decided in the period', () => {
    const orders = [
      order('A', '2026-01-01', [['2026-01-31', 'prepared', 'approved']]), // 30 days
      order('B', '2026-02-01', [['2026-02-11', 'prepared', 'rejected']]), // 10 days
      order('C', '2026-03-01', [['2026-04-20', 'prepared', 'deferred']]), // 50 days
      order('D', '2025-01-01', [['2025-12-01', 'prepared', 'approved']]), // decided before the period: left out
      order('E', '2026-11-01', [['2026-11-05', 'received', 'in-preparation']]), // not decided
    ];
    expect(leadTimeToDecision(orders, PERIOD)).toEqual({ measure: 'lead-time-to-decision', count: 3, value: 30, period: PERIOD });
  });

  it('give the median days from received to delivered over the orders delivered in the period', () => {
    const orders = [
      order('A', '2026-01-01', [['2026-03-02', 'in-progress', 'delivered']]), // 60 days
      order('B', '2026-01-01', [['2026-01-21', 'in-progress', 'delivered']]), // 20 days
      order('C', '2026-01-01', [['2026-12-02', 'in-progress', 'delivered']]), // after today: left out
    ];
    expect(leadTimeToDelivery(orders, PERIOD)).toMatchObject({ count: 2, value: 40 });
  });

  it('have no value, not NaN, when no order was decided or delivered', () => {
    for (const outcome of [leadTimeToDecision([], PERIOD), leadTimeToDelivery([], PERIOD), deliveredOnTime([], PERIOD)]) {
      expect(outcome.count).toBe(0);
      expect(outcome.value).toBeUndefined();
      expect(meetsTarget(outcome, 10)).toBeUndefined();
    }
  });

  it('count an order delivered on its wanted-by date as on time, one after it as late, and leave out one without a date', () => {
    const orders = [
      order('A', '2026-01-01', [['2026-06-30', 'in-progress', 'delivered']], '2026-06-30'),
      order('B', '2026-01-01', [['2026-07-01', 'in-progress', 'delivered']], '2026-06-30'),
      order('C', '2026-01-01', [['2026-05-01', 'in-progress', 'delivered']], '2026-09-30'),
      order('D', '2026-01-01', [['2026-05-01', 'in-progress', 'delivered']]),
      order('E', '2026-01-01', [], '2026-06-30'),
    ];
    const outcome = deliveredOnTime(orders, PERIOD);
    expect(outcome).toMatchObject({ count: 3, part: 2, excluded: 1 });
    expect(outcome.value).toBeCloseTo(66.67, 2);
  });

  it('compare with the target by the measure’s direction', () => {
    expect(meetsTarget({ measure: 'stuck-orders', count: 0, value: 0 }, 0)).toBe(true);
    expect(meetsTarget({ measure: 'stuck-orders', count: 1, value: 1 }, 0)).toBe(false);
    expect(meetsTarget({ measure: 'licence-utilisation', count: 1, value: 95 }, 90)).toBe(true);
    expect(meetsTarget({ measure: 'licence-utilisation', count: 1, value: 95 }, 'high')).toBeUndefined();
  });

  it('count as stuck exactly the orders rule order/status-duration reports', () => {
    // ORD-261115-A3BC was received 2026-11-25; the limit for received is 14 days.
    const model = loadTree(validTree()).model;
    expect(stuckOrders(model, '2026-12-09')).toMatchObject({ count: 0, value: 0 });
    expect(stuckOrders(model, '2026-12-10')).toMatchObject({ count: 1, value: 1 });
  });

  it('count an active system only when an approved plan with a continuity plan reviewed within continuityReviewMonths covers it', () => {
    // The fixture's plan covers both production systems, reviewed 2026-09-01, approved.
    const tree = validTree();
    expect(systemsWithPlanAndContinuity(loadTree(tree).model, '2026-12-01')).toMatchObject({ count: 2, part: 2, value: 100 });
    // Twelve months after the review it is stale.
    expect(systemsWithPlanAndContinuity(loadTree(tree).model, '2027-09-02')).toMatchObject({ count: 2, part: 0, value: 0 });
    const draft = edit(tree, 'plans/skola-2027.yaml', (p) => {
      p.status = 'draft';
      delete p.approved;
    });
    expect(systemsWithPlanAndContinuity(loadTree(draft).model, '2026-12-01')).toMatchObject({ part: 0 });
    const retired = edit(tree, 'systems/katalog.yaml', (s) => {
      s.lifecycle = 'retired';
    });
    expect(systemsWithPlanAndContinuity(loadTree(retired).model, '2026-12-01')).toMatchObject({ count: 1, part: 1 });
  });

  it('give no share, not NaN, without active systems or licences', () => {
    const none = edit(
      edit(validTree(), 'systems/katalog.yaml', (s) => (s.lifecycle = 'retired')),
      'systems/skolsystem.yaml',
      (s) => (s.lifecycle = 'retired'),
    );
    const outcome = systemsWithPlanAndContinuity(loadTree(none).model, '2026-12-01');
    expect(outcome.count).toBe(0);
    expect(outcome.value).toBeUndefined();
    const noLicences = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => delete c.licences);
    expect(licenceUtilisation(loadTree(noLicences).model, '2026-12-01')).toEqual({ measure: 'licence-utilisation', count: 0, part: 0, total: 0 });
  });

  it('sum licences used of bought over licences with recorded use that have not ended', () => {
    const tree = edit(validTree(), 'contracts/avtal-skola.yaml', (c) => {
      c.licences = [
        { product: 'A', metric: 'user', quantity: 100, used: 90 },
        { product: 'B', metric: 'user', quantity: 50 }, // no recorded use: left out
        { product: 'C', metric: 'device', quantity: 100, used: 120, endDate: '2026-12-31' },
        { product: 'D', metric: 'device', quantity: 400, used: 1, endDate: '2026-11-30' }, // ended: left out
      ];
    });
    const outcome = licenceUtilisation(loadTree(tree).model, '2026-12-01');
    expect(outcome).toMatchObject({ count: 2, part: 210, total: 200, value: 105 });
    expect(measureKpi(loadTree(tree).model, 'licence-utilisation', '2026-12-01')).toEqual(outcome);
  });
});
