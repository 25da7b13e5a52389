// The tactical plan for the planning year (report §6.5.6): the direction's
// goals, the year's initiatives by area, the planned orders by quarter and
// their Gantt chart (the very PlanResult `styr plan` prints), capacity vs
// planned effort, the KPIs to follow and the risks with their controls.
import { tacticalCosts } from './economy.js';
import type { PlanResult, UnplacedOrder } from '../orders/planning.js';
import type { Initiative, TacticalPlan } from '../model/types.js';
import { INITIATIVE_AREAS } from '../model/types.js';
import { docLink } from './context.js';
import { breadcrumbs, GOVERNING_PATHS, renderPlan, orderRecord, orderStatusText, orderText, planGantt, roleLink, tacticalPlanRecord } from './governing.js';
import { kpiTable } from './kpis.js';
import { riskTable } from './risks.js';
import { bullets, cell, facts, inline, table } from './markdown.js';
import { markdownText } from './rich-text.js';
import { mermaidBlock } from './mermaid.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const tacticalPlanDocument: DocumentRenderer = {
  name: 'tactical-plan',
  audience: 'it-staff',
  titleKey: 'doc.tactical-plan',
  descriptionKey: 'doc.tactical-plan.description',
  entry: GOVERNING_PATHS.tacticalPlan,
  render: (ctx) => [renderTacticalPlan(ctx)],
};

/** Why an order is not in the plan, in the page's language. */
/** Why an order could not be placed, in the output language (the tactical plan and `styr plan`). */
export function unplacedText(ctx: Pick<RenderContext, 't'>, u: UnplacedOrder): string {
  const { t } = ctx;
  switch (u.reason) {
    case 'dependency':
      return t(u.dependency?.status === undefined ? 'unplaced.dependency.unknown' : u.dependency.unplaced ? 'unplaced.dependency.unplaced' : 'unplaced.dependency', {
        id: u.dependency?.id ?? '',
        status: u.dependency?.status ? t(`orderStatus.${u.dependency.status}`) : '',
      });
    case 'cycle':
      return t('unplaced.cycle', { cycle: (u.cycle ?? []).join(' → ') });
    case 'does-not-fit':
      return t('unplaced.does-not-fit', { needed: u.needed ?? 0, free: u.free ?? 0 });
    case 'unknown-team':
      return t('unplaced.unknown-team', { team: u.team ?? '' });
    default:
      return t(`unplaced.${u.reason}`);
  }
}

export function teamName(ctx: RenderContext, id: string | undefined): string {
  if (!id) return '';
  return (ctx.model.config.teams ?? []).find((t) => t.id === id)?.name ?? id;
}

export function renderTacticalPlan(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.tacticalPlan;
  const year = ctx.model.config.planningYear;
  const rec = tacticalPlanRecord(ctx);
  const plan = rec?.data as TacticalPlan | undefined;
  const title = plan?.title ?? t('tactical.title', { year });
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('doc.tactical-plan.description')));
  if (!plan) {
    page.add(inline(t('tactical.none', { year })));
    return { path, title, markdown: page.toString() };
  }
  const direction = ctx.model.records.direction.get(plan.direction);
  page.add(
    facts([
      [t('field.year'), String(plan.year)],
      [t('tactical.direction'), inline(direction?.valid ? direction.data.title : plan.direction)],
      [t('tactical.decidedBy'), inline(plan.decidedBy)],
      [t('tactical.decided'), plan.decided ? inline(fmt.date(plan.decided)) : undefined],
    ]),
  );
  if (plan.introduction) {
    page.heading(2, t('tactical.introduction'));
    page.add(markdownText(plan.introduction));
  }

  // The direction's goals, with what the year's initiatives and orders do for each.
  const goals = direction?.valid ? (direction.data.goals ?? []) : [];
  page.heading(2, t('tactical.goals'));
  page.add(
    goals.length
      ? table(
          [t('tactical.goal'), t('tactical.goalArea'), t('tactical.initiatives'), t('tactical.orders')],
          goals.map((g) => {
            const initiatives = plan.initiatives.filter((i) => i.goal === g.id);
            const orders = new Set(initiatives.flatMap((i) => i.orders ?? []));
            return [cell(`${g.id} ${g.title}`), cell(g.area), fmt.number(initiatives.length), fmt.number(orders.size)];
          }),
          ['l', 'l', 'r', 'r'],
        )
      : inline(t('tactical.noGoals')),
  );

  page.heading(2, t('tactical.initiativesByArea'));
  for (const area of INITIATIVE_AREAS) {
    const initiatives = plan.initiatives.filter((i) => i.area === area);
    if (!initiatives.length) continue;
    page.heading(3, t(`area.${area}`));
    page.add(initiativeTable(ctx, path, initiatives));
  }

  // Internal: the plan follows the ranking, whose score weighs internal cost and risk estimates.
  if (ctx.audience !== 'public') plannedOrders(ctx, page, renderPlan(ctx));

  // The year's money: cost per initiative and the total IT cost (economy.ts). Internal.
  if (ctx.audience !== 'public') page.heading(2, t('tactical.costs', { year }));
  if (ctx.audience !== 'public') page.add(tacticalCosts(ctx, plan.initiatives));

  page.heading(2, t('tactical.kpis'));
  page.add(plan.kpis?.length ? kpiTable(ctx, path, plan.kpis) : inline(t('tactical.noKpis')));

  // Risks are internal.
  if (ctx.audience !== 'public') page.heading(2, t('plans.risks'));
  if (ctx.audience !== 'public') page.add(plan.risks?.length ? riskTable(ctx, plan.risks) : inline(t('tactical.noRisks')));
  return { path, title, markdown: page.toString() };
}

function initiativeTable(ctx: RenderContext, path: string, initiatives: readonly Initiative[]): string {
  const { t } = ctx;
  return table(
    [t('tactical.initiative'), t('tactical.goal'), t('tactical.ownerRole'), t('tactical.quarters'), t('field.status'), t('tactical.orders')],
    initiatives.map((i) => [
      `**${inline(i.title)}**${i.description ? ` – ${inline(i.description)}` : ''}`,
      cell(i.goal),
      roleLink(ctx, path, i.ownerRole),
      cell((i.quarters ?? []).join(', ')),
      cell(t(`initiativeStatus.${i.status}`)),
      (i.orders ?? []).map((id) => `${orderText(ctx, id)} (${inline(orderStatusText(ctx, orderRecord(ctx, id)?.data))})`).join('; '),
    ]),
  );
}

function plannedOrders(ctx: RenderContext, page: PageBuilder, result: PlanResult): void {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.tacticalPlan;
  const year = result.planningYear;
  const yearQuarters = result.quarters.filter((q) => q.year === year);
  const plannedAnchor = page.heading(2, t('tactical.plannedOrders', { year }));
  page.add(inline(t('tactical.plannedNote')));
  for (const q of yearQuarters) {
    const rows = result.placed.map((p) => ({ p, days: p.allocations.find((a) => a.quarter === q.label)?.days })).filter((x) => x.days !== undefined);
    page.heading(3, q.label);
    page.add(
      rows.length
        ? table(
            [t('order.order'), t('field.status'), t('order.team'), t('order.daysInQuarter'), t('order.period'), t('order.wantedBy')],
            rows.map(({ p, days }) => [
              orderText(ctx, p.id),
              cell(t(`orderStatus.${p.status}`)),
              cell(teamName(ctx, p.team)),
              fmt.number(days, 1),
              cell(p.start === p.end ? p.start : `${p.start}–${p.end}`),
              cell(p.wantedBy ? `${fmt.date(p.wantedBy)}${p.late ? ` (${t('order.late')})` : ''}` : undefined),
            ]),
            ['l', 'l', 'l', 'r', 'l', 'l'],
          )
        : inline(t('tactical.quarterEmpty')),
    );
  }
  const later = result.placed.filter((p) => Number(p.start.slice(0, 4)) > year);
  if (later.length) {
    page.heading(3, t('tactical.later', { year: year + 1 }));
    page.add(
      table(
        [t('order.order'), t('field.status'), t('order.team'), t('order.effort'), t('order.period')],
        later.map((p) => [
          orderText(ctx, p.id),
          cell(t(`orderStatus.${p.status}`)),
          cell(teamName(ctx, p.team)),
          fmt.number(p.effortDays, 1),
          cell(`${p.start}–${p.end}`),
        ]),
        ['l', 'l', 'l', 'r', 'l'],
      ),
    );
  }
  if (result.unplaced.length) {
    page.heading(3, t('tactical.unplaced'));
    page.add(
      table(
        [t('order.order'), t('field.status'), t('order.team'), t('order.reason')],
        result.unplaced.map((u) => [orderText(ctx, u.id), cell(t(`orderStatus.${u.status}`)), cell(teamName(ctx, u.team)), cell(unplacedText(ctx, u))]),
      ),
    );
  }

  page.heading(3, t('tactical.timeline'));
  page.add(
    result.placed.length
      ? `${mermaidBlock(planGantt(ctx, result.placed, t('tactical.timelineTitle', { year })), {
          caption: t('figure.gantt'),
          table: { href: `#${plannedAnchor}`, label: t('figure.table', { table: t('tactical.plannedOrders', { year }) }) },
        })}\n\n${inline(t('tactical.timelineLegend'))}`
      : inline(t('tactical.nothingPlanned')),
  );
  page.add(docLink(ctx, path, 'portfolio', GOVERNING_PATHS.portfolio, t('tactical.seePortfolio')));

  page.heading(2, t('tactical.capacity', { year }));
  page.add(inline(t('tactical.capacityNote')));
  const header = [t('order.team'), ...yearQuarters.map((q) => q.label), t('common.total')];
  const totals = yearQuarters.map(() => ({ used: 0, capacity: 0 }));
  const rows = result.teams.map((team) => {
    let used = 0;
    let capacity = 0;
    const cells = yearQuarters.map((q, i) => {
      const load = team.quarters.find((x) => x.quarter === q.label);
      const u = (load?.committed ?? 0) + (load?.approved ?? 0);
      const c = load?.capacity ?? 0;
      used += u;
      capacity += c;
      totals[i]!.used += u;
      totals[i]!.capacity += c;
      return capacityCell(ctx, u, c, (load?.over ?? 0) > 0);
    });
    return [cell(team.name), ...cells, capacityCell(ctx, used, capacity)];
  });
  const allUsed = totals.reduce((s, x) => s + x.used, 0);
  const allCapacity = totals.reduce((s, x) => s + x.capacity, 0);
  rows.push([`**${inline(t('common.total'))}**`, ...totals.map((x) => capacityCell(ctx, x.used, x.capacity)), capacityCell(ctx, allUsed, allCapacity)]);
  page.add(table(header, rows, ['l', ...yearQuarters.map(() => 'r' as const), 'r']));
  const over = result.overAllocated.filter((o) => yearQuarters.some((q) => q.label === o.quarter));
  if (over.length) {
    page.add(inline(t('tactical.overAllocated')));
    page.add(
      bullets(
        over.map(
          (o) =>
            `${inline(t('tactical.overAllocatedItem', { team: teamName(ctx, o.team), quarter: o.quarter, due: round1(o.demand), capacity: round1(o.capacity), over: round1(o.over) }))}: ${o.orders.map((id) => orderText(ctx, id)).join(', ')}`,
        ),
      ),
    );
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Planned of available person-days; marked when the team's commitments due by the quarter's end exceed its capacity until then. */
function capacityCell(ctx: RenderContext, used: number, capacity: number, overAllocated = false): string {
  const { fmt, t } = ctx;
  const text = `${fmt.number(used, 1)} / ${fmt.number(capacity, 1)}`;
  return overAllocated ? `**${inline(text)}** (${inline(t('tactical.over'))})` : inline(text);
}
