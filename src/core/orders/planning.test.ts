import { describe, expect, it } from 'vitest';
import type { Order, Team } from '../model/types.js';
import { planOrders } from './planning.js';
import type { PlanInput } from './planning.js';

const TEAMS: Team[] = [
  { id: 'drift', name: 'Drift', capacity: { Q1: 40, Q2: 40, Q3: 20, Q4: 40 } },
  { id: 'utv', name: 'Utveckling', capacity: { Q1: 10, Q2: 10, Q3: 10, Q4: 10 } },
];

let seq = 0;
function order(id: string, extra: Partial<Order> = {}): Order {
  seq++;
  return {
    id,
    title: id,
    description: '-',
    orderer: 'p',
    unit: 'u',
    type: 'change',
    status: 'approved',
    team: 'drift',
    created: `2026-01-${String(10 + (seq % 10)).padStart(2, '0')}`,
    ...extra,
  };
}

function plan(orders: Order[], extra: Partial<PlanInput> = {}) {
  return planOrders({ orders, teams: TEAMS, planningYear: 2027, weights: { benefit: 1 }, ...extra });
}

const spans = (p: ReturnType<typeof plan>) => p.placed.map((o) => `${o.id} ${o.start}–${o.end}`);

describe('planOrders', () => {
  it('places approved orders in rank order, spilling over consecutive quarters', () => {
    const p = plan([
      order('LOW', { estimates: { benefit: 2, effortDays: 30 } }),
      order('LOWER', { estimates: { benefit: 1, effortDays: 30 } }),
      order('HIGH', { estimates: { benefit: 5, effortDays: 50 } }),
    ]);
    expect(spans(p)).toEqual(['HIGH 2027-Q1–2027-Q2', 'LOW 2027-Q2–2027-Q2', 'LOWER 2027-Q3–2027-Q4']);
    expect(p.placed[0]!.allocations).toEqual([
      { quarter: '2027-Q1', days: 40 },
      { quarter: '2027-Q2', days: 10 },
    ]);
    expect(p.placed[1]!.allocations).toEqual([{ quarter: '2027-Q2', days: 30 }]);
    expect(p.placed[2]!.allocations).toEqual([
      { quarter: '2027-Q3', days: 20 },
      { quarter: '2027-Q4', days: 10 },
    ]);
    expect(p.teams[0]!.quarters.slice(0, 4).map((q) => q.free)).toEqual([0, 0, 0, 30]);
  });

  it('starts a planned order no earlier than its planned quarter; a past quarter or none starts it now', () => {
    const p = plan(
      [
        order('LATER', { status: 'planned', quarter: '2027-Q3', estimates: { effortDays: 10 } }),
        order('PAST', { status: 'planned', quarter: '2026-Q3', estimates: { effortDays: 10 } }),
        order('NONE', { status: 'planned', estimates: { effortDays: 10 } }),
        order('BEYOND', { status: 'planned', quarter: '2031-Q1', estimates: { effortDays: 10 } }),
      ],
      { today: '2026-12-01' },
    );
    expect(spans(p).sort()).toEqual(['BEYOND 2028-Q4–2028-Q4', 'LATER 2027-Q3–2027-Q3', 'NONE 2027-Q1–2027-Q1', 'PAST 2027-Q1–2027-Q1']);
  });

  it('starts an order after the quarter its dependency ends, pulling a lower-ranked dependency forward', () => {
    const p = plan([
      order('DEP', { estimates: { benefit: 1, size: 'S' } }),
      order('MAIN', { estimates: { benefit: 5, effortDays: 10 }, dependsOn: ['DEP'] }),
      order('DONE', { status: 'delivered', estimates: { effortDays: 99 } }),
      order('AFTER-DONE', { estimates: { benefit: 4, effortDays: 5 }, dependsOn: ['DONE'] }),
    ]);
    // Listed in rank order; DEP ranks last but is placed first because MAIN needs it.
    expect(spans(p)).toEqual(['MAIN 2027-Q2–2027-Q2', 'AFTER-DONE 2027-Q1–2027-Q1', 'DEP 2027-Q1–2027-Q1']);
  });

  it('puts committed work first, ahead of approved work of higher rank', () => {
    const p = plan([
      order('NEW', { estimates: { benefit: 5, effortDays: 10 } }),
      order('RUN1', { status: 'in-progress', created: '2026-01-01', estimates: { effortDays: 30 } }),
      order('RUN2', { status: 'planned', created: '2026-02-01', estimates: { effortDays: 30 } }),
    ]);
    expect(spans(p)).toEqual(['RUN1 2027-Q1–2027-Q1', 'RUN2 2027-Q1–2027-Q2', 'NEW 2027-Q2–2027-Q2']);
    expect(p.placed.map((o) => o.committed)).toEqual([true, true, false]);
    // Both commitments start in Q1 and together need more than Q1 has, but nothing is wanted by a date: no promise is broken.
    expect(p.overAllocated).toEqual([]);
    expect(p.teams[0]!.quarters[1]).toEqual({ quarter: '2027-Q2', capacity: 40, demand: 0, committed: 20, approved: 10, free: 10, over: 0 });
  });

  it('places committed work earliest wanted-by date first, so a promise rank order would break is kept', () => {
    const p = plan([
      // BIG outranks SOON (higher benefit) but is wanted later; SOON fits in Q1 only if it goes first.
      order('BIG', { status: 'in-progress', wantedBy: '2027-12-31', estimates: { benefit: 5, effortDays: 40 } }),
      order('SOON', { status: 'planned', wantedBy: '2027-03-31', estimates: { benefit: 1, effortDays: 30 } }),
      order('UNDATED', { status: 'planned', estimates: { benefit: 5, effortDays: 10 } }),
      order('NEXT', { estimates: { benefit: 5, effortDays: 10 } }),
    ]);
    expect(spans(p)).toEqual(['SOON 2027-Q1–2027-Q1', 'BIG 2027-Q1–2027-Q2', 'UNDATED 2027-Q2–2027-Q2', 'NEXT 2027-Q3–2027-Q3']);
    expect(p.placed.map((o) => o.rank)).toEqual([1, 2, 3, 4]);
    expect(p.late).toEqual([]);
  });

  it('reports over-allocation when committed work wanted by a quarter exceeds the capacity until then', () => {
    const p = plan([
      order('A', { status: 'in-progress', created: '2026-01-01', wantedBy: '2027-03-31', estimates: { effortDays: 30 } }),
      order('B', { status: 'planned', created: '2026-01-02', wantedBy: '2027-06-30', estimates: { effortDays: 40 } }),
      order('C', { status: 'planned', created: '2026-01-03', wantedBy: '2027-05-15', estimates: { effortDays: 20 } }),
      // Approved work is not a promise: it can be late, never over-allocate.
      order('D', { wantedBy: '2027-03-31', estimates: { benefit: 5, effortDays: 40 } }),
    ]);
    // By the end of Q1: 30 due, 40 available. By the end of Q2: 90 due, 80 available.
    expect(p.overAllocated).toEqual([{ team: 'drift', quarter: '2027-Q2', capacity: 80, demand: 90, over: 10, orders: ['A', 'C', 'B'] }]);
    expect(p.teams[0]!.quarters.slice(0, 3).map((q) => [q.quarter, q.demand, q.over])).toEqual([
      ['2027-Q1', 30, 0],
      ['2027-Q2', 60, 10],
      ['2027-Q3', 0, 0],
    ]);
    // By the end of Q3 (20 more days) the 90 fit in 100: only Q2 is over-allocated.
    expect(p.late.map((l) => l.id)).toContain('D');
  });

  it('counts what committed work depends on as due a quarter earlier', () => {
    const p = plan([
      // X is due in Q2 and starts only after Y ends: Y (wanted in Q4) must be done in Q1, where 40 days are all there is.
      order('X', { status: 'planned', wantedBy: '2027-06-30', dependsOn: ['Y'], estimates: { effortDays: 30 } }),
      order('Y', { status: 'planned', wantedBy: '2027-12-31', estimates: { effortDays: 25 } }),
      order('Z', { status: 'in-progress', wantedBy: '2027-03-31', estimates: { effortDays: 20 } }),
    ]);
    expect(p.overAllocated).toEqual([{ team: 'drift', quarter: '2027-Q1', capacity: 40, demand: 45, over: 5, orders: ['Z', 'Y'] }]);
    expect(p.teams[0]!.quarters.slice(0, 2).map((q) => q.demand)).toEqual([45, 30]);
  });

  it('ends when committed work depends on itself or on a cycle', () => {
    const self = plan([order('SELF', { status: 'planned', wantedBy: '2027-06-30', dependsOn: ['SELF'], estimates: { effortDays: 10 } })]);
    expect(self.unplaced.map((u) => `${u.id} ${u.reason}`)).toEqual(['SELF cycle']);
    const cycle = plan([
      order('A', { status: 'planned', wantedBy: '2027-06-30', dependsOn: ['B'], estimates: { effortDays: 30 } }),
      order('B', { status: 'planned', wantedBy: '2027-09-30', dependsOn: ['A'], estimates: { effortDays: 30 } }),
    ]);
    expect(cycle.unplaced.map((u) => u.reason).sort()).toEqual(['cycle', 'dependency']);
    // Both are due in the first open quarter (each must precede the other): 60 days against 40.
    expect(cycle.overAllocated).toEqual([{ team: 'drift', quarter: '2027-Q1', capacity: 40, demand: 60, over: 20, orders: ['A', 'B'] }]);
  });

  it('counts overdue committed work as due in the first open quarter', () => {
    const p = plan(
      [
        order('OLD', { status: 'in-progress', wantedBy: '2026-11-30', estimates: { effortDays: 35 } }),
        order('NOW', { status: 'planned', wantedBy: '2027-06-30', estimates: { effortDays: 10 } }),
      ],
      {
        today: '2027-04-10',
      },
    );
    // Q1 is past: the overdue order is due in Q2, which has 40 days; together with NOW 45 are due.
    expect(p.overAllocated).toEqual([{ team: 'drift', quarter: '2027-Q2', capacity: 40, demand: 45, over: 5, orders: ['OLD', 'NOW'] }]);
  });

  it('reports orders without a team, with an unknown team, and without an effort estimate', () => {
    const p = plan([
      order('NOTEAM', { team: undefined, estimates: { effortDays: 5 } }),
      order('ODDTEAM', { team: 'okänt', estimates: { effortDays: 5 } }),
      order('NOEFFORT', { estimates: { benefit: 3 } }),
    ]);
    expect(p.placed).toEqual([]);
    expect(p.unplaced.map((u) => `${u.id} ${u.reason}`).sort()).toEqual(['NOEFFORT not-estimated', 'NOTEAM unassigned', 'ODDTEAM unknown-team']);
  });

  it('cannot place an order whose dependency is not planned at all, and says which', () => {
    const p = plan([
      order('WAITING', { status: 'in-preparation', estimates: { effortDays: 5 } }),
      order('BLOCKED', { estimates: { effortDays: 5 }, dependsOn: ['WAITING'] }),
      order('CHAINED', { estimates: { effortDays: 5 }, dependsOn: ['BLOCKED'] }),
      order('GHOST', { estimates: { effortDays: 5 }, dependsOn: ['ORD-000000-NONE'] }),
    ]);
    const byId = new Map(p.unplaced.map((u) => [u.id, u]));
    expect(byId.get('BLOCKED')).toMatchObject({ reason: 'dependency', dependency: { id: 'WAITING', status: 'in-preparation' } });
    expect(byId.get('CHAINED')).toMatchObject({ reason: 'dependency', dependency: { id: 'BLOCKED', unplaced: true } });
    expect(byId.get('GHOST')).toMatchObject({ reason: 'dependency', dependency: { id: 'ORD-000000-NONE' } });
  });

  it('reports a dependency cycle instead of looping', () => {
    const p = plan([order('A', { estimates: { effortDays: 5 }, dependsOn: ['B'] }), order('B', { estimates: { effortDays: 5 }, dependsOn: ['A'] })]);
    expect(p.placed).toEqual([]);
    expect(p.unplaced.find((u) => u.reason === 'cycle')?.cycle).toEqual(['A', 'B', 'A']);
  });

  it('reports what does not fit in the eight quarters and lets smaller orders use the room', () => {
    const p = plan([
      order('HUGE', { team: 'utv', estimates: { benefit: 5, effortDays: 81 } }),
      order('SMALL', { team: 'utv', estimates: { benefit: 1, effortDays: 80 } }),
    ]);
    expect(p.unplaced).toMatchObject([{ id: 'HUGE', reason: 'does-not-fit', needed: 81, free: 80 }]);
    expect(spans(p)).toEqual(['SMALL 2027-Q1–2028-Q4']);
  });

  it('flags orders that end after the quarter of their wanted-by date', () => {
    const p = plan([
      order('FIRST', { estimates: { benefit: 5, effortDays: 40 } }),
      order('LATE', { estimates: { benefit: 4, effortDays: 10 }, wantedBy: '2027-03-31' }),
      order('ONTIME', { estimates: { benefit: 3, effortDays: 10 }, wantedBy: '2027-06-01' }),
    ]);
    expect(p.late).toEqual([{ id: 'LATE', wantedBy: '2027-03-31', wantedQuarter: '2027-Q1', end: '2027-Q2' }]);
    expect(p.placed.find((o) => o.id === 'ONTIME')?.late).toBe(false);
  });

  it('uses no quarter that is over before today', () => {
    const p = plan([order('X', { estimates: { effortDays: 10 } })], { today: '2027-05-10' });
    expect(p.quarters.filter((q) => q.past).map((q) => q.label)).toEqual(['2027-Q1']);
    expect(spans(p)).toEqual(['X 2027-Q2–2027-Q2']);
  });

  it('is deterministic: the same orders in another order give the same plan', () => {
    const orders = [
      order('A', { estimates: { benefit: 3, effortDays: 30 } }),
      order('B', { estimates: { benefit: 3, effortDays: 30 }, wantedBy: '2027-06-30' }),
      order('C', { estimates: { benefit: 3, effortDays: 30 }, dependsOn: ['A'] }),
    ];
    expect(plan([...orders].reverse())).toEqual(plan(orders));
  });
});
