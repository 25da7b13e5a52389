// styr costs: the year's IT costs — budget, outcome, decided orders,
// contracts, the IT unit's overhead and the total — cut by managed object,
// department, supplier or cost category, as a table or JSON. Every cut adds up
// to the same totals (src/core/costs).
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { amountsJson, COST_CUTS, costReport, costRowJson } from '../../core/costs/index.js';
import type { CostAmounts, CostCut, CostReport } from '../../core/costs/index.js';
import { EXIT, UsageError } from '../errors.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { renderTable } from './table.js';
import { noteSkippedRecords, openWorkspace, wantsJson, writeJson } from './workspace.js';
import type { Workspace } from './workspace.js';

type CostsOptions = OptionsOf<'costs'>;

export async function runCosts(options: CostsOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = earlyTranslator(options);
  const json = wantsJson(early, options);
  const by = (options.by ?? 'unit') as CostCut;
  if (!COST_CUTS.includes(by)) throw new UsageError(early('costs.badBy', { value: options.by ?? '' }));
  let year: number | undefined;
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year.trim())) throw new UsageError(early('costs.badYear', { value: options.year }));
    year = Number(options.year);
  }
  const ws = await openWorkspace(context, { rules: false });
  const { model, t } = ws;
  for (const kind of ['plan', 'contract', 'order'] as const) noteSkippedRecords(ws, kind);
  const report = costReport(model, {
    year: year ?? model.config.planningYear,
    by,
    today: context.today,
    names: { category: (c) => t(`costCategory.${c}`), none: (cut) => t(`costs.none.${cut}`) },
  });
  if (json) {
    writeJson(io, { currency: report.currency, year: report.year, by: report.by, rows: report.rows.map(costRowJson), total: amountsJson(report.total) });
    return EXIT.ok;
  }
  io.stdout.write(costTable(ws, report, context.color, context.width));
  return EXIT.ok;
}

function costTable(ws: Workspace, report: CostReport, color: boolean, width: number): string {
  const { t, fmt } = ws;
  const amounts = (a: CostAmounts) => [
    fmt.money(a.budget),
    fmt.money(a.outcome),
    fmt.money(a.committed),
    fmt.money(a.contracts),
    fmt.money(a.overhead),
    fmt.money(a.total),
  ];
  const rows = [...report.rows.map((r) => [r.name, ...amounts(r)]), [t('common.total'), ...amounts(report.total)]];
  const heading = t('costs.heading', {
    year: report.year,
    by: t(`costs.by.${report.by}`).toLocaleLowerCase(ws.language === 'sv' ? 'sv-SE' : 'en-GB'),
    currency: report.currency,
  });
  const text = renderTable(
    [
      { header: t(`costs.by.${report.by}`), wrap: true },
      { header: t('costs.budget'), align: 'right' },
      { header: t('costs.outcome'), align: 'right', optional: 2 },
      { header: t('costs.committed'), align: 'right' },
      { header: t('costs.contracts'), align: 'right' },
      { header: t('costs.overhead'), align: 'right', optional: 1 },
      { header: t('costs.total'), align: 'right' },
    ],
    rows,
    color,
    width,
  );
  return `${heading}\n\n${text}`;
}
