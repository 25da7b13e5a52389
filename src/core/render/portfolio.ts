// The project portfolio and timeline (report §6.5.4): projects and larger
// changes with status, owner, planned quarters and progress against the
// wanted-by date — overdue and slipping first — the Gantt timeline from the
// same PlanResult as `styr plan`, and planned vs delivered per quarter.
import { daysBetween, quarterOf } from '../dates.js';
import { validRecords } from '../model/repository.js';
import { portfolioCosts } from './economy.js';
import type { ValidRecord } from '../model/repository.js';
import type { Order, OrderStatus } from '../model/types.js';
import { effortOf } from '../orders/effort.js';
import { STATUS_ORDER } from '../orders/lifecycle.js';
import type { PlacedOrder, PlanResult, UnplacedOrder } from '../orders/planning.js';
import { personName, unitLabel, unitName } from './context.js';
import { breadcrumbs, GOVERNING_PATHS, renderPlan, orderText, planGantt } from './governing.js';
import { cell, inline, table } from './markdown.js';
import { mermaidBlock } from './mermaid.js';
import { PageBuilder } from './page.js';
import { teamName, unplacedText } from './tactical-plan.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';
import { compareEn } from '../text/collate.js';

export const portfolioDocument: DocumentRenderer = {
  name: 'portfolio',
  audience: 'it-staff',
  titleKey: 'doc.portfolio',
  descriptionKey: 'doc.portfolio.description',
  entry: GOVERNING_PATHS.portfolio,
  render: (ctx) => [renderPortfolio(ctx)],
};

/** Changes and procurements of at least this many person-days count as larger (size L and up). */
export const LARGER_CHANGE_DAYS = 40;

const LEFT_FLOW: ReadonlySet<OrderStatus> = new Set(['rejected', 'withdrawn']);
const DONE: ReadonlySet<OrderStatus> = new Set(['delivered', 'closed']);

/** Projects, and changes or procurements of at least LARGER_CHANGE_DAYS person-days; rejected and withdrawn left out. */
export function isPortfolioOrder(order: Order): boolean {
  if (LEFT_FLOW.has(order.status)) return false;
  if (order.type === 'project') return true;
  return (order.type === 'change' || order.type === 'procurement') && (effortOf(order)?.days ?? 0) >= LARGER_CHANGE_DAYS;
}

type Progress = 'overdue' | 'slipping' | 'on-plan' | 'not-planned' | 'not-decided' | 'delivered';

interface PortfolioRow {
  rec: ValidRecord<'order'>;
  placed?: PlacedOrder;
  unplaced?: UnplacedOrder;
  progress: Progress;
  /** Days past the wanted-by date (overdue only). */
  overdueDays?: number;
}

const PROGRESS_ORDER: Record<Progress, number> = { overdue: 0, slipping: 1, 'not-planned': 2, 'on-plan': 3, 'not-decided': 4, delivered: 5 };

function deliveredOn(order: Order): string | undefined {
  return [...(order.history ?? [])].reverse().find((h) => h.to === 'delivered')?.date;
}

export function portfolioRows(ctx: RenderContext, result: PlanResult): PortfolioRow[] {
  const placed = new Map(result.placed.map((p) => [p.id, p]));
  const unplaced = new Map(result.unplaced.map((u) => [u.id, u]));
  const rows: PortfolioRow[] = [];
  for (const rec of validRecords(ctx.model, 'order')) {
    const o = rec.data;
    if (!isPortfolioOrder(o) || o.status === 'closed') continue;
    const row: PortfolioRow = { rec, progress: 'not-decided' };
    const p = placed.get(o.id);
    const u = unplaced.get(o.id);
    if (p) row.placed = p;
    if (u) row.unplaced = u;
    if (DONE.has(o.status)) row.progress = 'delivered';
    else if (o.wantedBy !== undefined && o.wantedBy < ctx.today) {
      row.progress = 'overdue';
      row.overdueDays = daysBetween(o.wantedBy, ctx.today);
    } else if (p?.late) row.progress = 'slipping';
    else if (p) row.progress = 'on-plan';
    else if (u) row.progress = 'not-planned';
    rows.push(row);
  }
  return rows.sort(
    (a, b) =>
      PROGRESS_ORDER[a.progress] - PROGRESS_ORDER[b.progress] ||
      compareEn(a.placed?.start ?? '~', b.placed?.start ?? '~') ||
      STATUS_ORDER.indexOf(b.rec.data.status) - STATUS_ORDER.indexOf(a.rec.data.status) ||
      (a.rec.id < b.rec.id ? -1 : 1),
  );
}

function progressText(ctx: RenderContext, row: PortfolioRow): string {
  const { t, fmt } = ctx;
  const o = row.rec.data;
  switch (row.progress) {
    case 'overdue':
      return t('portfolio.progress.overdue', { days: row.overdueDays ?? 0 });
    case 'slipping':
      return t('portfolio.progress.slipping', { end: row.placed!.end, wanted: `${o.wantedBy!.slice(0, 4)}-Q${quarterOf(o.wantedBy!)}` });
    case 'on-plan':
      return t('portfolio.progress.on-plan');
    case 'not-planned':
      return t('portfolio.progress.not-planned', { reason: unplacedText(ctx, row.unplaced!) });
    case 'not-decided':
      return t('portfolio.progress.not-decided');
    case 'delivered': {
      const date = deliveredOn(o);
      return date ? t('portfolio.progress.delivered', { date: fmt.date(date) }) : t('orderStatus.delivered');
    }
  }
}

export function renderPortfolio(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.portfolio;
  const title = t('doc.portfolio');
  const result = renderPlan(ctx);
  const rows = portfolioRows(ctx, result);
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('doc.portfolio.description')), inline(t('portfolio.scope', { days: LARGER_CHANGE_DAYS, date: fmt.date(ctx.today) })));

  const itemsAnchor = page.heading(2, t('portfolio.items'));
  page.add(
    rows.length
      ? table(
          [
            t('order.order'),
            t('order.type'),
            unitLabel(
              ctx,
              rows.map((r) => r.rec.data.unit),
            ),
            t('order.orderer'),
            t('field.status'),
            t('order.team'),
            t('order.period'),
            t('order.wantedBy'),
            t('portfolio.progress'),
          ],
          rows.map((r) => {
            const o = r.rec.data;
            return [
              orderText(ctx, o.id),
              cell(t(`orderType.${o.type}`)),
              cell(unitName(ctx, o.unit)),
              personName(ctx, o.orderer),
              cell(t(`orderStatus.${o.status}`)),
              cell(teamName(ctx, o.team)),
              cell(r.placed ? (r.placed.start === r.placed.end ? r.placed.start : `${r.placed.start}–${r.placed.end}`) : undefined),
              cell(o.wantedBy ? fmt.date(o.wantedBy) : undefined),
              r.progress === 'overdue' || r.progress === 'slipping' ? `**${inline(progressText(ctx, r))}**` : cell(progressText(ctx, r)),
            ];
          }),
        )
      : inline(t('portfolio.none')),
  );

  // What the portfolio costs (economy.ts).
  page.heading(2, t('portfolio.costs'));
  page.add(
    portfolioCosts(
      ctx,
      rows.map((r) => r.rec.data),
    ) || inline(t('portfolio.none')),
  );

  page.heading(2, t('portfolio.timeline'));
  const inPortfolio = new Set(rows.map((r) => r.rec.id));
  const placed = result.placed.filter((p) => inPortfolio.has(p.id));
  page.add(
    placed.length
      ? `${mermaidBlock(planGantt(ctx, placed, t('portfolio.timelineTitle')), {
          caption: t('figure.gantt'),
          table: { href: `#${itemsAnchor}`, label: t('figure.table', { table: t('portfolio.items') }) },
        })}\n\n${inline(t('tactical.timelineLegend'))}`
      : inline(t('tactical.nothingPlanned')),
  );

  page.heading(2, t('portfolio.followUp'));
  page.add(inline(t('portfolio.followUpNote')));
  page.add(followUpTable(ctx, result));
  return { path, title, markdown: page.toString() };
}

/** Per quarter of this year and the planning year: wanted, planned to finish, delivered, delivered on time. */
function followUpTable(ctx: RenderContext, result: PlanResult): string {
  const { t, fmt } = ctx;
  const all = validRecords(ctx.model, 'order').filter((r) => isPortfolioOrder(r.data));
  const firstYear = Math.min(Number(ctx.today.slice(0, 4)), result.planningYear);
  const quarters: string[] = [];
  for (let y = firstYear; y <= result.planningYear; y++) for (let q = 1; q <= 4; q++) quarters.push(`${y}-Q${q}`);
  const quarterLabel = (date: string) => `${date.slice(0, 4)}-Q${quarterOf(date)}`;
  const placedEnd = new Map(result.placed.map((p) => [p.id, p.end]));
  const rows = quarters.map((q) => {
    let wanted = 0;
    let planned = 0;
    let delivered = 0;
    let onTime = 0;
    for (const rec of all) {
      const o = rec.data;
      if (o.wantedBy && quarterLabel(o.wantedBy) === q) wanted++;
      if (placedEnd.get(o.id) === q) planned++;
      const d = deliveredOn(o);
      if (d && quarterLabel(d) === q) {
        delivered++;
        if (!o.wantedBy || d <= o.wantedBy) onTime++;
      }
    }
    return [q, fmt.number(wanted, 0), fmt.number(planned, 0), fmt.number(delivered, 0), fmt.number(onTime, 0)];
  });
  return table([t('plans.quarter'), t('portfolio.wanted'), t('portfolio.plannedEnd'), t('portfolio.delivered'), t('portfolio.onTime')], rows, ['l', 'r', 'r', 'r', 'r']);
}
