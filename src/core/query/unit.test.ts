import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { costReport } from '../costs/report.js';
import { planRepository } from '../orders/planning.js';
import { departmentUnits, unitOverview } from './unit.js';

const TODAY = '2026-12-01';

function overview(tree: FileTree, unit: string) {
  const model = loadTree(tree, TODAY).model;
  const rec = model.records.unit.get(unit);
  if (!rec?.valid) throw new Error(`no unit ${unit}`);
  const costs = costReport(model, { year: 2027, by: 'unit', today: TODAY, names: { category: (c) => c, none: () => '' } });
  return unitOverview(model, rec, TODAY, planRepository(model, TODAY), costs);
}

describe('a department’s overview', () => {
  it('gives pages to the departments only', () => {
    expect(departmentUnits(loadTree(validTree(), TODAY).model).map((u) => u.id)).toEqual(['utbildning']);
  });

  it('names the orderers and the IT contact', () => {
    const o = overview(validTree(), 'utbildning');
    expect(o.orderers).toEqual([{ id: 'eva-exempelsson', name: 'Eva Exempelsson' }]);
    expect(o.itContact).toEqual({ id: 'per-provlund', name: 'Per Provlund' });
  });

  it('lists its orders in lifecycle order with rank, plan quarter and the next step', () => {
    const o = overview(validTree(), 'utbildning');
    expect(o.orders.map((x) => [x.id, x.status])).toEqual([
      ['ORD-261115-A3BC', 'received'],
      ['ORD-261020-7KQ2', 'approved'],
    ]);
    const [received, approved] = o.orders;
    expect(received).toMatchObject({ nextStep: { kind: 'ordering-function' } });
    expect(received!.rank).toBeUndefined();
    expect(approved).toMatchObject({ rank: 1, nextStep: { kind: 'team', name: 'Drift' } });
    expect(approved!.quarter).toMatch(/^2027-Q\d(–2027-Q\d)?$/);
  });

  it('has no next step for an order that has left the flow', () => {
    const tree = edit(validTree(), 'orders/ORD-261115-A3BC.yaml', (x) => {
      x.status = 'withdrawn';
    });
    expect(overview(tree, 'utbildning').orders.find((x) => x.id === 'ORD-261115-A3BC')!.nextStep).toBeUndefined();
  });

  it('tells the systems it owns from those it uses, with their management plans', () => {
    // skolsystem is the department's; katalog it does not own and does not use.
    expect(overview(validTree(), 'utbildning').systems.map((s) => [s.id, s.relation])).toEqual([['skolsystem', 'owns']]);
    // An open order names katalog: the department uses it.
    const ordered = edit(validTree(), 'orders/ORD-261115-A3BC.yaml', (x) => {
      x.systems = ['katalog'];
    });
    const o = overview(ordered, 'utbildning');
    expect(o.systems.map((s) => [s.id, s.relation])).toEqual([
      ['skolsystem', 'owns'],
      ['katalog', 'uses'],
    ]);
    expect(o.systems[0]!.plans).toEqual([{ id: 'skola-2027', name: 'Förvaltningsplan Skola 2027', status: 'approved' }]);
    // So does the management plan of its managed object when it charges the department.
    const charged = edit(validTree(), 'plans/skola-2027.yaml', (p) => {
      p.costAllocation = [{ unit: 'utbildning', share: 100 }];
    });
    expect(overview(charged, 'utbildning').systems.map((s) => s.relation)).toEqual(['owns', 'uses']);
    // A retired system is left out.
    const retired = edit(ordered, 'systems/katalog.yaml', (s) => {
      s.lifecycle = 'retired';
    });
    expect(overview(retired, 'utbildning').systems.map((s) => s.id)).toEqual(['skolsystem']);
  });

  it('lists the contracts whose cost it shares, with its share, and its costs', () => {
    const o = overview(validTree(), 'utbildning');
    expect(o.contracts).toEqual([
      expect.objectContaining({ id: 'avtal-skola', relation: 'shares', share: 100, noticeDeadline: expect.any(String), currentEnd: expect.any(String) }),
    ]);
    expect(o.costs.contracts).toBe(450000);
    expect(o.costs.total).toBeGreaterThanOrEqual(o.costs.contracts);
  });

  it('gives a unit without orderers, orders, systems or contracts empty lists and zero costs', () => {
    const o = overview(validTree(), 'it-enheten');
    expect(o).toMatchObject({ orderers: [], orders: [], systems: [], contracts: [] });
    expect(o.itContact).toBeUndefined();
    expect(o.costs).toEqual({ budget: 0, outcome: 0, committed: 0, contracts: 0, overhead: 0, total: 0 });
  });
});
