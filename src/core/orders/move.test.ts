import { describe, expect, it } from 'vitest';
import type { Order, OrderStatus } from '../model/types.js';
import { pathBetween } from './lifecycle.js';
import { DEFAULT_REQUIREMENTS, missingForMove } from './gate.js';
import type { GateSettings } from './gate.js';
import { quarterEnd } from './follow-up.js';
import { applyMove, planMove } from './move.js';

const DECISIONS = new Set(['2026-11-12-bit-november']);
const base: Order = { id: 'ORD-261020-7KQ2', title: 't', description: 'd', orderer: 'p', unit: 'u', type: 'change', status: 'received', created: '2026-10-20' };

function move(order: Order, to: OrderStatus, extra: { decision?: string; note?: string; date?: string } = {}) {
  return planMove(order, { to, date: extra.date ?? '2026-12-01', actor: 'Karin', ...extra }, DECISIONS);
}

describe('planMove', () => {
  it('walks the whole lifecycle received → closed', () => {
    let order = base;
    const steps: [OrderStatus, { decision?: string; note?: string }][] = [
      ['in-preparation', {}],
      ['prepared', {}],
      ['approved', { decision: '2026-11-12-bit-november' }],
      ['planned', {}],
      ['in-progress', {}],
      ['delivered', {}],
      ['closed', { note: 'Levererat och godkänt' }],
    ];
    for (const [to, extra] of steps) {
      const plan = move(order, to, extra);
      if (!plan.ok) throw new Error(plan.refusal.code);
      order = applyMove(order, plan.changes);
    }
    expect(order.status).toBe('closed');
    expect(order.decision).toBe('2026-11-12-bit-november');
    expect(order.history?.map((h) => `${h.from}→${h.to}`)).toEqual([
      'received→in-preparation',
      'in-preparation→prepared',
      'prepared→approved',
      'approved→planned',
      'planned→in-progress',
      'in-progress→delivered',
      'delivered→closed',
    ]);
    expect(order.history?.[2]).toEqual({ date: '2026-12-01', from: 'prepared', to: 'approved', actor: 'Karin', decision: '2026-11-12-bit-november' });
  });

  it('refuses a move the lifecycle does not have, saying what is allowed and the way there', () => {
    const plan = move(base, 'approved', { decision: '2026-11-12-bit-november' });
    expect(plan).toMatchObject({
      ok: false,
      refusal: {
        code: 'not-allowed',
        why: 'prepared-only',
        allowed: [
          { status: 'in-preparation', needs: [] },
          { status: 'withdrawn', needs: ['--note'] },
        ],
        path: ['received', 'in-preparation', 'prepared', 'approved'],
      },
    });
    expect(move({ ...base, status: 'closed' }, 'received')).toMatchObject({ ok: false, refusal: { code: 'not-allowed', why: 'ends-flow', allowed: [] } });
    expect(move(base, 'planned')).toMatchObject({ ok: false, refusal: { code: 'not-allowed', why: 'not-approved' } });
  });

  it('requires an existing decision for approved, deferred and rejected', () => {
    const prepared = { ...base, status: 'prepared' as const };
    expect(move(prepared, 'approved')).toMatchObject({ ok: false, refusal: { code: 'needs-decision' } });
    const unknown = move(prepared, 'approved', { decision: '2026-11-12-bit-novembr' });
    expect(unknown).toMatchObject({ ok: false, refusal: { code: 'unknown-decision', decision: '2026-11-12-bit-novembr', guess: '2026-11-12-bit-november' } });
  });

  it('requires a rationale for deferred, rejected and withdrawn, and sets it for deferred and rejected', () => {
    const prepared = { ...base, status: 'prepared' as const };
    expect(move(prepared, 'deferred', { decision: '2026-11-12-bit-november' })).toMatchObject({ ok: false, refusal: { code: 'needs-note' } });
    const deferred = move(prepared, 'deferred', { decision: '2026-11-12-bit-november', note: 'Ingen budget 2027' });
    expect(deferred).toMatchObject({ ok: true, changes: { status: 'deferred', decision: '2026-11-12-bit-november', rationale: 'Ingen budget 2027' } });
    const withdrawn = move(base, 'withdrawn', { note: 'Behovet försvann' });
    expect(withdrawn).toMatchObject({ ok: true, changes: { status: 'withdrawn', entry: { note: 'Behovet försvann' } } });
    expect(withdrawn.ok ? withdrawn.changes.rationale : 'refused').toBeUndefined();
  });

  it('keeps the approving decision when a planned order goes back to approved', () => {
    const planned = { ...base, status: 'planned' as const, decision: '2026-11-12-bit-november' };
    expect(move(planned, 'approved')).toMatchObject({ ok: true, changes: { decision: '2026-11-12-bit-november' } });
  });

  it('refuses a move to the same status and a date before the last history entry', () => {
    expect(move(base, 'received')).toMatchObject({ ok: false, refusal: { code: 'same-status' } });
    const moved = { ...base, history: [{ date: '2026-12-05', from: 'received' as const, to: 'in-preparation' as const, actor: 'k' }], status: 'in-preparation' as const };
    expect(move(moved, 'prepared', { date: '2026-12-01' })).toMatchObject({ ok: false, refusal: { code: 'date-order', date: '2026-12-01', last: '2026-12-05' } });
  });

  it('finds the shortest path between statuses', () => {
    expect(pathBetween('received', 'delivered')).toEqual(['received', 'in-preparation', 'prepared', 'approved', 'planned', 'in-progress', 'delivered']);
    expect(pathBetween('closed', 'received')).toBeUndefined();
  });

  describe('the preparation gate and the decision date', () => {
    const settings: GateSettings = { requirements: DEFAULT_REQUIREMENTS, reviewTypes: new Set(['project', 'procurement']), orderingFunction: new Set(['karin']) };
    const checks = { missing: (o: Order, to: OrderStatus) => missingForMove(o, to, settings), decisionDates: new Map([['2026-11-12-bit-november', '2026-11-12']]) };
    const inPreparation: Order = { ...base, type: 'project', status: 'in-preparation', handler: 'olof' };

    it('refuses prepared and lists every missing requirement, in the configured order', () => {
      const plan = planMove(inPreparation, { to: 'prepared', date: '2026-12-01', actor: 'k' }, DECISIONS, checks);
      expect(plan.ok ? [] : plan.refusal.missing).toEqual([
        { requirement: 'handler', outside: 'olof' },
        { requirement: 'benefit' },
        { requirement: 'strategicFit' },
        { requirement: 'riskIfNotDone' },
        { requirement: 'cost' },
        { requirement: 'effort' },
        { requirement: 'team' },
        { requirement: 'review', type: 'project' },
      ]);
    });

    it('lets a complete order through: a size stands for effort, a yearly cost for cost', () => {
      const ready: Order = {
        ...inPreparation,
        handler: 'karin',
        team: 'drift',
        estimates: { benefit: 3, strategicFit: 3, riskIfNotDone: 2, costYearly: 0, size: 'S' },
        reviews: [{ kind: 'security', by: 'olof', date: '2026-11-20', outcome: 'approved' }],
      };
      expect(planMove(ready, { to: 'prepared', date: '2026-12-01', actor: 'k' }, DECISIONS, checks).ok).toBe(true);
    });

    it('asks planned for a team and a quarter', () => {
      const approved: Order = { ...base, status: 'approved', decision: '2026-11-12-bit-november' };
      const plan = planMove(approved, { to: 'planned', date: '2026-12-01', actor: 'k' }, DECISIONS, checks);
      expect(plan).toMatchObject({ ok: false, refusal: { code: 'incomplete', missing: [{ requirement: 'team' }, { requirement: 'quarter' }] } });
      expect(planMove({ ...approved, team: 'drift', quarter: '2027-Q1' }, { to: 'planned', date: '2026-12-01', actor: 'k' }, DECISIONS, checks).ok).toBe(true);
    });

    it('refuses a decision dated after the move or after today, and accepts one of the same day', () => {
      const prepared: Order = { ...base, status: 'prepared' };
      const cite = (date: string, today?: string) =>
        planMove(prepared, { to: 'approved', date, actor: 'k', decision: '2026-11-12-bit-november' }, DECISIONS, { ...checks, ...(today ? { today } : {}) });
      expect(cite('2026-11-11')).toMatchObject({ ok: false, refusal: { code: 'decision-later', decisionDate: '2026-11-12', date: '2026-11-11' } });
      expect(cite('2026-11-12').ok).toBe(true);
      expect(cite('2026-11-12', '2026-11-11')).toMatchObject({ ok: false, refusal: { code: 'decision-later', today: '2026-11-11' } });
    });

    it('ends a quarter on its last day', () => {
      expect(['2027-Q1', '2027-Q2', '2028-Q1', '2026-Q4', 'Q5'].map(quarterEnd)).toEqual(['2027-03-31', '2027-06-30', '2028-03-31', '2026-12-31', undefined]);
    });
  });
});
