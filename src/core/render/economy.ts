// Economy (report §6.5.8, §6.5.12): the planning year's IT costs — management
// plan budgets and outcome, decided orders, contracts and the IT unit's
// overhead — per department, managed object, supplier and category, with the
// allocation keys that spread them. The totals are `styr costs`'s: both cut
// the same ledger (src/core/costs). The cost sections of the management
// plans, the council report, the tactical plan and the portfolio live here too,
// so that every document counts money the same way.
import { budgetByCategory } from '../costs/budget.js';
import { allocate, buildLedger, COST_CATEGORIES, cutLedger, overheadAllocation, planAllocation, splitCostItem, UNALLOCATED } from '../costs/index.js';
import type { Allocation, CostCut, CostItem, CostLedger, CostReport, CostRow } from '../costs/index.js';
import { objectName } from '../model/objects.js';
import { validRecords } from '../model/repository.js';
import type { ValidRecord } from '../model/repository.js';
import type { AllocationKey, CostCategory, Financing, Order } from '../model/types.js';
import type { OrderScore } from '../orders/scoring.js';
import { unitLabel, unitName } from './context.js';
import { breadcrumbs } from './governing.js';
import { cell, facts, inline, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const ECONOMY_PATH = 'economy/index.md';

export const economyDocument: DocumentRenderer = {
  name: 'economy',
  audience: 'it-staff',
  titleKey: 'doc.economy',
  descriptionKey: 'doc.economy.description',
  entry: ECONOMY_PATH,
  render: (ctx) => [renderEconomy(ctx)],
};

const ledgers = new WeakMap<RenderContext, CostLedger>();

/** The planning year's cost ledger, built once per render. */
export function renderLedger(ctx: RenderContext): CostLedger {
  let ledger = ledgers.get(ctx);
  if (!ledger) {
    ledger = buildLedger({ model: ctx.model, year: ctx.model.config.planningYear, today: ctx.today });
    ledgers.set(ctx, ledger);
  }
  return ledger;
}

export function costCut(ctx: RenderContext, by: CostCut): CostReport {
  return cutLedger(ctx.model, renderLedger(ctx), by, {
    category: (c) => ctx.t(`costCategory.${c}`),
    none: (cut) => ctx.t(`costs.none.${cut}`),
  });
}

function renderEconomy(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const year = ctx.model.config.planningYear;
  const title = t('economy.title', { year });
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, ECONOMY_PATH), inline(t('economy.intro', { year, currency: ctx.model.config.currency })));
  const byUnit = costCut(ctx, 'unit');
  const total = byUnit.total;
  page.heading(2, t('economy.summary'));
  page.add(
    facts([
      [t('costs.budget'), inline(fmt.money(total.budget))],
      [t('costs.outcome'), inline(fmt.money(total.outcome))],
      [t('costs.committed'), inline(fmt.money(total.committed))],
      [t('costs.contracts'), inline(fmt.money(total.contracts))],
      [t('costs.overhead'), inline(fmt.money(total.overhead))],
      [t('costs.total'), `**${inline(fmt.money(total.total))}**`],
    ]),
    inline(t('economy.definitions')),
  );
  const sections: [CostCut, Parameters<typeof t>[0]][] = [
    ['unit', 'economy.byUnit'],
    ['object', 'economy.byObject'],
    ['supplier', 'economy.bySupplier'],
    ['category', 'economy.byCategory'],
  ];
  for (const [by, heading] of sections) {
    page.heading(2, t(heading));
    page.add(costTable(ctx, by === 'unit' ? byUnit : costCut(ctx, by)));
  }
  page.heading(2, t('economy.keys'));
  page.add(inline(t('economy.keysNote')), keysTable(ctx));
  return { path: ECONOMY_PATH, title, markdown: page.toString() };
}

/** A cut as a table: one row per key, the total last, and each row's share of the total. */
export function costTable(ctx: RenderContext, report: CostReport): string {
  const { t, fmt } = ctx;
  const money = (n: number) => fmt.money(n);
  const row = (r: CostRow): string[] => [
    r.key === UNALLOCATED ? `*${inline(r.name)}*` : cell(r.name),
    money(r.budget),
    money(r.outcome),
    money(r.committed),
    money(r.contracts),
    money(r.overhead),
    money(r.total),
    fmt.percent(report.total.total ? (r.total / report.total.total) * 100 : undefined),
  ];
  const tot = report.total;
  return table(
    [
      report.by === 'unit'
        ? unitLabel(
            ctx,
            report.rows.map((r) => (r.key === UNALLOCATED ? undefined : r.key)),
          )
        : t(`costs.by.${report.by}`),
      t('costs.budget'),
      t('costs.outcome'),
      t('costs.committed'),
      t('costs.contracts'),
      t('costs.overhead'),
      t('costs.total'),
      t('contracts.share'),
    ],
    [
      ...report.rows.map(row),
      [
        `**${inline(t('common.total'))}**`,
        `**${money(tot.budget)}**`,
        `**${money(tot.outcome)}**`,
        `**${money(tot.committed)}**`,
        `**${money(tot.contracts)}**`,
        `**${money(tot.overhead)}**`,
        `**${money(tot.total)}**`,
        tot.total ? fmt.percent(100) : '–',
      ],
    ],
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** "Licences used", "Users", "Measure: Anknytningar". */
export function keyText(ctx: RenderContext, key: AllocationKey | undefined, measure: string | undefined): string {
  const k = key ?? 'shares';
  return k === 'measure' && measure ? ctx.t('allocationKey.measureNamed', { measure }) : ctx.t(`allocationKey.${k}`);
}

/** "Socialförvaltningen 45 %, …, unallocated 10 %" */
function partsText(ctx: RenderContext, a: Allocation): string {
  const parts = a.parts.map((p) => {
    const name = p.recipient.kind === 'unit' ? unitName(ctx, p.recipient.id) : ctx.t('economy.objectNamed', { object: objectName(ctx.model, p.recipient.id) });
    return `${name} ${ctx.fmt.percent(p.fraction * 100)}`;
  });
  if (a.unallocated > 1e-9) parts.push(`${ctx.t('costs.none.unit')} ${ctx.fmt.percent(a.unallocated * 100)}`);
  return parts.join(', ');
}

function keysTable(ctx: RenderContext): string {
  const { t, fmt } = ctx;
  const ledger = renderLedger(ctx);
  const amountOf = (pred: (i: CostItem) => boolean) => ledger.items.filter(pred).reduce((s, i) => s + i.amount, 0);
  const rows: string[][] = [];
  for (const plan of validRecords(ctx.model, 'plan')) {
    if (plan.data.year !== ledger.year) continue;
    const amount = amountOf((i) => i.column === 'budget' && i.source.kind === 'plan' && i.source.id === plan.id);
    rows.push([
      cell(t('economy.keyPlan', { name: plan.data.name })),
      fmt.money(amount),
      cell(keyText(ctx, plan.data.allocationKey, plan.data.allocationMeasure)),
      cell(partsText(ctx, planAllocation(plan))),
    ]);
  }
  for (const rec of validRecords(ctx.model, 'contract')) {
    const amount = amountOf((i) => i.source.kind === 'contract' && i.source.id === rec.id);
    if (amount === 0) continue;
    const a = contractAllocation(rec);
    rows.push([
      cell(t('economy.keyContract', { name: rec.data.title, supplier: rec.data.supplier })),
      fmt.money(amount),
      cell(keyText(ctx, rec.data.allocationKey, rec.data.allocationMeasure)),
      cell(partsText(ctx, a)),
    ]);
  }
  const o = ctx.model.config.costs?.overhead;
  const oa = overheadAllocation(ctx.model);
  if (o && oa) rows.push([cell(o.name ?? t('costs.overhead')), fmt.money(o.yearly), cell(keyText(ctx, o.allocationKey, o.allocationMeasure)), cell(partsText(ctx, oa))]);
  return rows.length
    ? table([t('economy.keyCost'), t('costs.amount'), t('economy.key'), t('economy.allocation')], rows, ['l', 'r', 'l', 'l'])
    : inline(t('economy.noKeys'));
}

function contractAllocation(rec: ValidRecord<'contract'>): Allocation {
  return allocate(rec.data.allocationKey, rec.data.costAllocation);
}

/** A contract page's allocation: recipient, share and yearly amount (whole kronor), the key, and what is left unallocated. */
export function allocationTable(ctx: RenderContext, _from: string, yearlyCost: number | undefined, a: Allocation, measure: string | undefined): string {
  const { t, fmt } = ctx;
  const rows = a.parts.map((p) => [
    cell(p.recipient.kind === 'unit' ? unitName(ctx, p.recipient.id) : t('economy.objectNamed', { object: objectName(ctx.model, p.recipient.id) })),
    fmt.percent(p.fraction * 100),
    yearlyCost === undefined ? '–' : fmt.money(Math.round(yearlyCost * p.fraction)),
  ]);
  if (a.unallocated > 1e-9)
    rows.push([
      `*${inline(t('contracts.unallocated'))}*`,
      fmt.percent(a.unallocated * 100),
      yearlyCost === undefined ? '–' : fmt.money(Math.round(yearlyCost * a.unallocated)),
    ]);
  return `${inline(t('economy.keyLine', { key: keyText(ctx, a.key, measure) }))}\n\n${table([t('economy.recipient'), t('contracts.share'), t('contracts.yearlyCost')], rows, ['l', 'r', 'r'])}`;
}

// ---------------------------------------------------------------- sections in other documents

/** A management plan's budget by category against its outcome, its allocation key, and what contracts and orders add for the object. */
export function planEconomy(ctx: RenderContext, page: PageBuilder, rec: ValidRecord<'plan'>, _path: string): void {
  const { t, fmt } = ctx;
  const plan = rec.data;
  if (!plan.budget && !plan.outcome?.length && !plan.costAllocation?.length) return;
  page.heading(2, t('plans.budget'));
  const outcomes = (plan.outcome ?? []).filter((o) => Number(o.period.slice(0, 4)) === plan.year);
  const outcomeOf = (c: CostCategory) => outcomes.filter((o) => (o.category ?? 'other') === c).reduce((s, o) => s + o.amount, 0);
  const hasOutcome = outcomes.length > 0;
  const b = budgetByCategory(plan.budget ?? {});
  const rows = COST_CATEGORIES.filter((c) => b[c] !== undefined || outcomeOf(c) > 0).map((c) => [
    cell(t(`costCategory.${c}`)),
    fmt.money(b[c] ?? 0),
    hasOutcome ? fmt.money(outcomeOf(c)) : '–',
  ]);
  const budgetTotal = COST_CATEGORIES.reduce((s, c) => s + (b[c] ?? 0), 0) || (plan.budget?.total ?? 0);
  const outcomeTotal = outcomes.reduce((s, o) => s + o.amount, 0);
  rows.push([`**${inline(t('common.total'))}**`, `**${fmt.money(budgetTotal)}**`, hasOutcome ? `**${fmt.money(outcomeTotal)}**` : '–']);
  page.add(table([t('costs.category'), t('costs.budget'), t('costs.outcome')], rows, ['l', 'r', 'r']));
  if (hasOutcome) {
    const periods = [...new Set(outcomes.map((o) => o.period))].sort();
    page.add(
      table(
        [t('costs.period'), t('costs.outcome')],
        periods.map((p) => [cell(p), fmt.money(outcomes.filter((o) => o.period === p).reduce((s, o) => s + o.amount, 0))]),
        ['l', 'r'],
      ),
    );
  } else page.add(inline(t('plans.noOutcome')));
  const ledger = renderLedger(ctx);
  if (plan.year === ledger.year) {
    let contracts = 0;
    let committed = 0;
    for (const item of ledger.items) {
      const amount = splitCostItem(item, 'object').get(plan.managedObject) ?? 0;
      if (item.column === 'contracts') contracts += amount;
      if (item.column === 'committed') committed += amount;
    }
    page.add(
      facts([
        [t('costs.contracts'), inline(fmt.money(contracts))],
        [t('costs.committed'), inline(fmt.money(committed))],
        [t('plans.objectCost'), `**${inline(fmt.money(budgetTotal + contracts + committed))}**`],
        [
          t('economy.key'),
          plan.costAllocation?.length
            ? inline(`${keyText(ctx, plan.allocationKey, plan.allocationMeasure)}: ${partsText(ctx, planAllocation(rec))}`)
            : inline(t('plans.noAllocation')),
        ],
      ]),
    );
  }
}

/** Council: each awaiting order's cost, its yearly consequence, its financing and the kronor behind the score's cost factor. */
export function councilCosts(ctx: RenderContext, orders: readonly { order: Order; score: OrderScore }[]): string {
  const { t, fmt } = ctx;
  if (!orders.length) return '';
  const money = (n: number | undefined) => (n === undefined ? inline(t('council.notEstimated')) : fmt.money(n));
  return [
    inline(t('council.costNote')),
    table(
      [t('order.order'), t('order.costOneOff'), t('costs.yearlyCost'), t('council.threeYearCost'), t('council.costFactor'), t('costs.financing')],
      orders.map(({ order, score }) => {
        const e = order.estimates ?? {};
        const three = e.costOneOff === undefined && e.costYearly === undefined ? undefined : (e.costOneOff ?? 0) + 3 * (e.costYearly ?? 0);
        const factor = score.factors.find((f) => f.factor === 'cost');
        return [
          inline(order.id),
          money(e.costOneOff),
          money(e.costYearly),
          money(three),
          factor ? `${fmt.number(factor.points, 1)} / ${fmt.number(factor.maxPoints, 1)}` : '–',
          cell(financingText(ctx, order.financing)),
        ];
      }),
      ['l', 'r', 'r', 'r', 'r', 'l'],
    ),
    inline(
      t('council.costSum', {
        oneOff: fmt.money(orders.reduce((s, o) => s + (o.order.estimates?.costOneOff ?? 0), 0)),
        yearly: fmt.money(orders.reduce((s, o) => s + (o.order.estimates?.costYearly ?? 0), 0)),
      }),
    ),
  ].join('\n\n');
}

export function financingText(ctx: RenderContext, f: Financing | undefined): string | undefined {
  if (!f) return undefined;
  switch (f.budget) {
    case 'object':
      return ctx.t('financing.object', { name: objectName(ctx.model, f.object ?? '') });
    case 'unit':
      return ctx.t('financing.unit', { name: unitName(ctx, f.unit) });
    case 'project':
      return ctx.t('financing.project', { name: f.project ?? '' });
    case 'central':
      return ctx.t('financing.central');
  }
}

/** Tactical plan: the planning year's cost per initiative (its orders' committed cost) and the total IT cost. */
export function tacticalCosts(ctx: RenderContext, initiatives: readonly { id: string; title: string; orders?: readonly string[] }[]): string {
  const { t, fmt } = ctx;
  const ledger = renderLedger(ctx);
  const committedOf = (id: string) => ledger.items.filter((i) => i.source.kind === 'order' && i.source.id === id).reduce((s, i) => s + i.amount, 0);
  const rows = initiatives
    .filter((i) => i.orders?.length)
    .map((i) => {
      const orders = [...new Set(i.orders)];
      return [cell(i.title), fmt.number(orders.length), fmt.money(orders.reduce((s, id) => s + committedOf(id), 0))];
    });
  const total = costCut(ctx, 'category').total;
  return [
    inline(t('tactical.costNote', { year: ledger.year })),
    rows.length ? table([t('tactical.initiative'), t('tactical.orders'), t('costs.committed')], rows, ['l', 'r', 'r']) : '',
    facts([
      [t('costs.budget'), inline(fmt.money(total.budget))],
      [t('costs.committed'), inline(fmt.money(total.committed))],
      [t('costs.contracts'), inline(fmt.money(total.contracts))],
      [t('costs.overhead'), inline(fmt.money(total.overhead))],
      [t('tactical.totalItCost'), `**${inline(fmt.money(total.total))}**`],
    ]),
  ]
    .filter((s) => s !== '')
    .join('\n\n');
}

/** Portfolio: each order's one-off and yearly cost and what it commits in the planning year. */
export function portfolioCosts(ctx: RenderContext, orders: readonly Order[]): string {
  const { t, fmt } = ctx;
  const ledger = renderLedger(ctx);
  const rows = orders.map((o) => {
    const committed = ledger.items.filter((i) => i.source.kind === 'order' && i.source.id === o.id).reduce((s, i) => s + i.amount, 0);
    const e = o.estimates ?? {};
    return [
      inline(o.id),
      e.costOneOff === undefined ? '–' : fmt.money(e.costOneOff),
      e.costYearly === undefined ? '–' : fmt.money(e.costYearly),
      fmt.money(committed),
      cell(financingText(ctx, o.financing)),
    ];
  });
  if (!rows.length) return '';
  const sum = (k: 'costOneOff' | 'costYearly') => orders.reduce((s, o) => s + (o.estimates?.[k] ?? 0), 0);
  const committedSum = orders.reduce((s, o) => s + ledger.items.filter((i) => i.source.kind === 'order' && i.source.id === o.id).reduce((x, i) => x + i.amount, 0), 0);
  rows.push([`**${inline(t('common.total'))}**`, `**${fmt.money(sum('costOneOff'))}**`, `**${fmt.money(sum('costYearly'))}**`, `**${fmt.money(committedSum)}**`, '']);
  return [
    inline(t('portfolio.costNote', { year: ledger.year })),
    table([t('order.order'), t('order.costOneOff'), t('costs.yearlyCost'), t('portfolio.committedInYear', { year: ledger.year }), t('costs.financing')], rows, [
      'l',
      'r',
      'r',
      'r',
      'l',
    ]),
  ].join('\n\n');
}
