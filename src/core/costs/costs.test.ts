import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import type { Contract } from '../model/types.js';
import { allocate, split, UNALLOCATED } from './allocation.js';
import { budgetByCategory } from './budget.js';
import { buildLedger } from './ledger.js';
import { contractCostInYear, orderCostInYear } from './periods.js';
import { COST_CUTS, costReport } from './report.js';
import type { CostReport } from './report.js';

const NAMES = { category: (c: string) => c, none: () => '(none)' };
const TODAY = '2026-12-01';

/**
 * The valid fixture with money in it. By hand, for 2027:
 * - plan skola-2027: budget 600 000 staff + 100 000 licences = 700 000, outcome Q1 140 000;
 *   allocated 75 % utbildning, 25 % it-enheten.
 * - contract avtal-skola: 450 000 a year, in force all of 2027, allocated 100 % to the
 *   managed object skola, so 75/25 through the plan.
 * - order ORD-261020-7KQ2 (approved, no team, wanted by 2027-06-30 = Q2): one-off
 *   3 500 000 in 2027; yearly 40 000 from delivery, so 2/4 × 40 000 = 20 000 in 2027;
 *   financed by the object skola, so 75/25.
 * - overhead 100 000 by users 300 : 100, so 75 000 and 25 000.
 */
function moneyTree(): FileTree {
  let t = validTree();
  t = edit(t, 'plans/skola-2027.yaml', (r) => {
    r.budget = { total: 700000, staff: 600000, licences: 100000 };
    r.outcome = [{ period: '2027-Q1', category: 'staff', amount: 140000 }];
    r.costAllocation = [
      { unit: 'utbildning', share: 75 },
      { unit: 'it-enheten', share: 25 },
    ];
  });
  t = edit(t, 'contracts/avtal-skola.yaml', (r) => (r.costAllocation = [{ object: 'skola', share: 100 }]));
  t = edit(t, 'orders/ORD-261020-7KQ2.yaml', (r) => {
    r.estimates.costYearly = 40000;
    r.wantedBy = '2027-06-30';
    delete r.team;
    r.financing = { budget: 'object', object: 'skola' };
  });
  t = edit(t, 'styr.yaml', (c) => {
    c.costs = {
      overhead: {
        yearly: 100000,
        allocationKey: 'users',
        costAllocation: [
          { unit: 'utbildning', quantity: 300 },
          { unit: 'it-enheten', quantity: 100 },
        ],
      },
    };
  });
  return t;
}

function report(tree: FileTree, by: (typeof COST_CUTS)[number], year = 2027): CostReport {
  const { model } = loadTree(tree);
  return costReport(model, { year, by, today: TODAY, names: NAMES });
}

describe('allocation', () => {
  it('splits whole kronor that add up exactly, the odd krona to the largest remainder', () => {
    const parts = split(
      100,
      new Map([
        ['a', 1 / 3],
        ['b', 1 / 3],
        ['c', 1 / 3],
      ]),
    );
    expect([...parts.values()].reduce((s, n) => s + n, 0)).toBe(100);
    expect(parts.get('a')).toBe(34);
  });

  it('leaves what fixed shares do not cover unallocated', () => {
    const a = allocate('shares', [
      { unit: 'x', share: 60 },
      { object: 'y', share: 30 },
    ]);
    expect(a.unallocated).toBeCloseTo(0.1);
    expect(split(1000, new Map(a.parts.map((p) => [p.recipient.id, p.fraction]))).get(UNALLOCATED)).toBe(100);
  });

  it('divides the whole cost in proportion to quantities for any other key', () => {
    const a = allocate('licences', [
      { unit: 'x', quantity: 30 },
      { unit: 'y', quantity: 10 },
    ]);
    expect(a.unallocated).toBe(0);
    expect(a.parts.map((p) => p.fraction)).toEqual([0.75, 0.25]);
  });
});

describe('what a contract and an order cost in a year', () => {
  const contract = (over: Partial<Contract>): Contract => ({
    id: 'a',
    number: '1',
    title: 'A',
    supplier: 'S',
    start: '2020-01-01',
    initialTermMonths: 12,
    renewal: { type: 'automatic' },
    yearlyCost: 365000,
    ...over,
  });

  it('counts a contract pro rata for the days it is in force, its last day included', () => {
    // Started 2027-04-01: 275 days of 365 in force → 275 000.
    expect(contractCostInYear(contract({ start: '2027-04-01' }), 2027)).toBe(275000);
    // Ended 2027-06-30 (its last day): 181 days → 181 000.
    expect(contractCostInYear(contract({ ended: '2027-06-30' }), 2027)).toBe(181000);
    expect(contractCostInYear(contract({}), 2027)).toBe(365000);
    expect(contractCostInYear(contract({ start: '2028-01-01' }), 2027)).toBe(0);
  });

  it('puts the one-off cost in the year of delivery and the yearly cost from delivery on', () => {
    const order = { status: 'planned' as const, estimates: { costOneOff: 100000, costYearly: 40000 } };
    expect(orderCostInYear(order, { year: 2027, quarter: 2 }, 2027)).toEqual({ oneOff: 100000, yearly: 20000 });
    expect(orderCostInYear(order, { year: 2027, quarter: 2 }, 2028)).toEqual({ oneOff: 0, yearly: 40000 });
    expect(orderCostInYear(order, { year: 2027, quarter: 2 }, 2026)).toEqual({ oneOff: 0, yearly: 0 });
    expect(orderCostInYear({ ...order, status: 'delivered' }, { year: 2027, quarter: 2 }, 2027)).toEqual({ oneOff: 0, yearly: 0 });
  });
});

describe('the cost report', () => {
  it('gives the hand-computed figures per department', () => {
    const byUnit = report(moneyTree(), 'unit');
    const row = (key: string) => byUnit.rows.find((r) => r.key === key);
    expect(row('utbildning')).toMatchObject({ budget: 525000, outcome: 105000, committed: 2640000, contracts: 337500, overhead: 75000, total: 3577500 });
    expect(row('it-enheten')).toMatchObject({ budget: 175000, outcome: 35000, committed: 880000, contracts: 112500, overhead: 25000, total: 1192500 });
    expect(byUnit.total).toEqual({ budget: 700000, outcome: 140000, committed: 3520000, contracts: 450000, overhead: 100000, total: 4770000 });
  });

  it('reconciles to the same totals whichever way it is cut', () => {
    const tree = moneyTree();
    const totals = COST_CUTS.map((by) => report(tree, by));
    for (const r of totals) {
      expect(r.total).toEqual(totals[0]!.total);
      for (const column of ['budget', 'outcome', 'committed', 'contracts', 'overhead', 'total'] as const) {
        expect(
          r.rows.reduce((s, row) => s + row[column], 0),
          `${r.by} ${column}`,
        ).toBe(r.total[column]);
      }
    }
    expect(report(tree, 'object').rows.find((r) => r.key === 'skola')).toMatchObject({ budget: 700000, contracts: 450000, committed: 3520000 });
    expect(report(tree, 'supplier').rows.find((r) => r.key === 'Exempelleverantören AB')?.contracts).toBe(450000);
    expect(report(tree, 'category').rows.find((r) => r.key === 'staff')).toMatchObject({ budget: 600000, outcome: 140000, overhead: 100000 });
  });

  it('shows a contract cost allocated to nobody as unallocated', () => {
    const tree = edit(moneyTree(), 'contracts/avtal-skola.yaml', (r) => delete r.costAllocation);
    expect(report(tree, 'unit').rows.find((r) => r.key === UNALLOCATED)).toMatchObject({ contracts: 450000, total: 450000 });
  });

  it('counts only the year asked for', () => {
    const r = report(moneyTree(), 'unit', 2028);
    // 2028: no plan for the year, the order's full yearly cost, the contract renewed by its option as `styr contracts` counts it.
    expect(r.total).toEqual({ budget: 0, outcome: 0, committed: 40000, contracts: 450000, overhead: 100000, total: 590000 });
  });

  it('builds no cost from orders that are not decided', () => {
    const tree = edit(moneyTree(), 'orders/ORD-261020-7KQ2.yaml', (r) => (r.status = 'prepared'));
    const { model } = loadTree(tree);
    expect(buildLedger({ model, year: 2027, today: TODAY }).items.filter((i) => i.column === 'committed')).toEqual([]);
  });
});

describe('the cost rules stay quiet when the money is in order', () => {
  const costRules = (tree: FileTree) => loadTree(tree).diagnostics.filter((d) => d.rule.startsWith('cost/'));

  it('reports nothing for a fully allocated, funded, within-budget repository', () => {
    expect(costRules(moneyTree())).toEqual([]);
  });

  it('does not report an outcome over budget within the limit', () => {
    // 700 000 budget, limit 5 %: 735 000 is allowed, 735 001 is not.
    const at = (amount: number) => edit(moneyTree(), 'plans/skola-2027.yaml', (r) => (r.outcome = [{ period: '2027', amount }]));
    expect(costRules(at(735000))).toEqual([]);
    expect(costRules(at(735001)).map((d) => d.rule)).toEqual(['cost/over-budget']);
    const stricter = edit(at(720000), 'styr.yaml', (c) => (c.costs.overBudgetPercent = 2));
    expect(costRules(stricter).map((d) => d.rule)).toEqual(['cost/over-budget']);
  });

  it('accepts a yearly cost carried by a department or central IT, not by a project', () => {
    const carried = (f: object) => edit(moneyTree(), 'orders/ORD-261020-7KQ2.yaml', (r) => (r.yearlyFinancing = f));
    expect(costRules(carried({ budget: 'unit', unit: 'utbildning' }))).toEqual([]);
    expect(costRules(carried({ budget: 'central' }))).toEqual([]);
    expect(costRules(carried({ budget: 'project', project: 'P' })).map((d) => d.rule)).toEqual(['cost/yearly-cost-unfunded']);
    expect(costRules(carried({ budget: 'object', object: 'skola' }))).toEqual([]);
  });

  it('accepts budget categories that add up to the total, and none without a total', () => {
    const budget = (b: object) =>
      edit(moneyTree(), 'plans/skola-2027.yaml', (r) => {
        r.budget = b;
        delete r.outcome;
      });
    expect(costRules(budget({ staff: 1, licences: 2, total: 3 }))).toEqual([]);
    expect(costRules(budget({ staff: 1, licences: 2 }))).toEqual([]);
    expect(costRules(budget({ staff: 1, licences: 2, total: 4 })).map((d) => d.rule)).toEqual(['cost/budget-categories-mismatch']);
  });

  it('checks allocation keys: a quantity key needs quantities, a measure its name', () => {
    const key = (k: object) => edit(moneyTree(), 'contracts/avtal-skola.yaml', (r) => Object.assign(r, k));
    expect(costRules(key({ allocationKey: 'licences', costAllocation: [{ unit: 'utbildning', quantity: 2800 }] }))).toEqual([]);
    expect(costRules(key({ allocationKey: 'measure', allocationMeasure: 'Datorer', costAllocation: [{ unit: 'utbildning', quantity: 10 }] }))).toEqual([]);
    expect(costRules(key({ allocationKey: 'measure', costAllocation: [{ unit: 'utbildning', quantity: 10 }] })).map((d) => d.messageId)).toEqual([
      'rule.cost/allocation-invalid.measure',
    ]);
    expect(costRules(key({ allocationKey: 'users', costAllocation: [{ unit: 'utbildning', share: 100 }] })).map((d) => d.messageId)).toContain(
      'rule.cost/allocation-invalid.value',
    );
  });
});

describe('the older budget fields', () => {
  it('count maintain as staff and develop as development, beside the categories', () => {
    expect(budgetByCategory({ maintain: 400000, develop: 150000 })).toEqual({ staff: 400000, development: 150000 });
    expect(budgetByCategory({ staff: 100000, maintain: 50000, licences: 20000 })).toEqual({ staff: 150000, licences: 20000 });
    expect(budgetByCategory({ total: 10 })).toEqual({});
  });

  it('a plan written with maintain and develop still validates and its budget counts', () => {
    const tree = edit(validTree(), 'plans/skola-2027.yaml', (p) => (p.budget = { maintain: 400000, develop: 150000 }));
    const { model, diagnostics } = loadTree(tree, TODAY);
    expect(diagnostics.filter((d) => d.file === 'plans/skola-2027.yaml' && d.severity === 'error')).toEqual([]);
    const budget = buildLedger({ model, year: 2027, today: TODAY }).items.filter((i) => i.column === 'budget' && i.source.kind === 'plan');
    expect(budget.map((i) => [i.category, i.amount])).toEqual([
      ['staff', 400000],
      ['development', 150000],
    ]);
  });
});
