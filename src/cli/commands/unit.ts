// styr unit <id>: one department's view (beställarsida) in the terminal — the
// same overview as its page in the units document (src/core/query/unit.ts):
// orderers and IT contact, orders with status, rank, planned quarter and the
// next step, systems owned or used with their management plans, contracts and
// the year's costs; or as JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { costReport } from '../../core/costs/index.js';
import { describeNextStep } from '../../core/orders/next-step.js';
import { planRepository } from '../../core/orders/planning.js';
import { unknownIdProblem } from '../../core/query/common.js';
import { unitOverview } from '../../core/query/unit.js';
import type { UnitOverview } from '../../core/query/unit.js';
import { visibleLine } from '../../core/text/visible.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT } from '../errors.js';
import { colours, renderTable } from './table.js';
import { failOn, openWorkspace, wantsJson, writeJson } from './workspace.js';
import type { Workspace } from './workspace.js';

type UnitOptions = OptionsOf<'unit'>;

export async function runUnit(id: string, options: UnitOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const json = wantsJson(earlyTranslator(options), options);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t } = ws;
  const units = model.records.unit;
  const wanted = units.has(id) ? id : units.has(id.toLowerCase()) ? id.toLowerCase() : id;
  failOn(ws, unknownIdProblem(model, 'unit', wanted));
  const rec = units.get(wanted)!;
  if (!rec.valid) {
    io.stderr.write(`styr: ${t('unit.invalid', { id: rec.id, file: rec.file })}\n`);
    return EXIT.problems;
  }
  const year = model.config.planningYear;
  const costs = costReport(model, {
    year,
    by: 'unit',
    today: context.today,
    names: { category: (c) => t(`costCategory.${c}`), none: (cut) => t(`costs.none.${cut}`) },
  });
  const overview = unitOverview(model, rec, context.today, planRepository(model, context.today), costs);
  if (json) {
    writeJson(io, unitJson(overview, year, model.config.currency));
    return EXIT.ok;
  }
  io.stdout.write(unitText(ws, overview, context.color, context.width));
  return EXIT.ok;
}

/** The JSON shape: unit, orderers, itContact, orders, systems, contracts, costs. */
export function unitJson(o: UnitOverview, year: number, currency: string) {
  const u = o.unit.data;
  return {
    unit: { id: o.unit.id, name: u.name, kind: u.kind, manager: u.manager ?? null },
    orderers: o.orderers,
    itContact: o.itContact ?? null,
    orders: o.orders.map((x) => ({
      id: x.id,
      status: x.status,
      title: x.title,
      rank: x.rank ?? null,
      quarter: x.quarter ?? null,
      wantedBy: x.wantedBy ?? null,
      nextStep: x.nextStep ?? null,
    })),
    systems: o.systems,
    contracts: o.contracts.map((c) => ({
      id: c.id,
      title: c.title,
      supplier: c.supplier,
      relation: c.relation,
      share: c.share ?? null,
      currentEnd: c.currentEnd,
      noticeDeadline: c.noticeDeadline ?? null,
    })),
    costs: { year, currency, ...o.costs },
  };
}

function unitText(ws: Workspace, o: UnitOverview, color: boolean, width: number): string {
  const { t, fmt } = ws;
  const c = colours(color);
  const none = t('common.none');
  const u = o.unit.data;
  const year = ws.model.config.planningYear;
  const out: string[] = [];
  out.push(`${c.bold(visibleLine(u.name))} (${visibleLine(o.unit.id)}) – ${t(`unitKind.${u.kind}`)}`);
  const field = (label: string, value: string) => out.push(`${`${label}:`.padEnd(16)} ${visibleLine(value)}`);
  field(t('units.orderers'), o.orderers.length ? o.orderers.map((p) => p.name).join(', ') : t('units.none'));
  field(t('units.itContact'), o.itContact?.name ?? t('units.none'));
  out.push('');

  out.push(c.bold(t('units.orders')));
  out.push(
    o.orders.length
      ? renderTable(
          [
            { header: t('cli.id') },
            { header: t('order.title'), wrap: true },
            { header: t('field.status'), wrap: true },
            { header: t('council.rank'), align: 'right', optional: true },
            { header: t('units.quarter'), optional: true },
            { header: t('council.nextStep'), wrap: true, optional: true },
          ],
          o.orders.map((x) => [
            x.id,
            x.title,
            t(`orderStatus.${x.status}`),
            x.rank === undefined ? none : String(x.rank),
            x.quarter ?? none,
            x.nextStep ? describeNextStep(x.nextStep, x.status, t) : none,
          ]),
          color,
          width,
        ).trimEnd()
      : t('units.noOrders'),
  );
  out.push('');

  out.push(c.bold(t('units.systems')));
  out.push(
    o.systems.length
      ? renderTable(
          [
            { header: t('cli.id') },
            { header: t('field.name'), wrap: true },
            { header: t('units.relation') },
            { header: t('field.lifecycle'), wrap: true, optional: true },
            { header: t('units.plan', { year }), wrap: true },
          ],
          o.systems.map((s) => [
            s.id,
            s.name,
            t(`units.relation.${s.relation}`),
            t(`lifecycle.${s.lifecycle}`),
            s.plans.length ? s.plans.map((p) => `${p.name} (${t(`planStatus.${p.status}`)})`).join('; ') : t('units.noPlan'),
          ]),
          color,
          width,
        ).trimEnd()
      : t('units.noSystems'),
  );
  out.push('');

  out.push(c.bold(t('units.contracts')));
  out.push(
    o.contracts.length
      ? renderTable(
          [
            { header: t('cli.id') },
            { header: t('contracts.supplier'), wrap: true, optional: true },
            { header: t('units.relation'), wrap: true },
            { header: t('contracts.currentEnd') },
            { header: t('contracts.noticeDeadline'), optional: true },
          ],
          o.contracts.map((x) => [
            x.id,
            x.supplier,
            x.relation === 'shares' && x.share !== undefined ? t('units.contractShare', { share: x.share }) : t(`units.contractRelation.${x.relation}`),
            x.currentEnd,
            x.noticeDeadline ?? none,
          ]),
          color,
          width,
        ).trimEnd()
      : t('units.noContracts'),
  );
  out.push('');

  out.push(c.bold(t('units.costs', { year })));
  const money: [string, number][] = [
    [t('costs.budget'), o.costs.budget],
    [t('costs.committed'), o.costs.committed],
    [t('costs.contracts'), o.costs.contracts],
    [t('costs.overhead'), o.costs.overhead],
    [t('costs.total'), o.costs.total],
  ];
  const amounts = money.map(([, n]) => fmt.money(n));
  const w = Math.max(...amounts.map((a) => a.length));
  money.forEach(([label], i) => out.push(`${`${label}:`.padEnd(26)} ${amounts[i]!.padStart(w)}`));
  return `${out.join('\n')}\n`;
}
