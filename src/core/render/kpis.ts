// The tactical plan's KPIs with their target and, where a `measure` says how,
// the outcome styr computes from the records (src/core/kpis/measures.ts), side
// by side, with one sentence on how it was computed and the counts behind it.
import type { DirectionKpi } from '../model/types.js';
import { LOWER_IS_BETTER, meetsTarget, measureKpi } from '../kpis/measures.js';
import type { KpiOutcome } from '../kpis/measures.js';
import { cell, inline, table } from './markdown.js';
import { roleLink } from './governing.js';
import type { RenderContext } from './types.js';

const withUnit = (value: string, unit: string | undefined) => (unit ? `${value} ${unit}` : value);

/** The outcome as a number in the language's form; '–' when there is nothing to measure. */
export function outcomeValue(ctx: RenderContext, outcome: KpiOutcome): string {
  if (outcome.value === undefined) return ctx.t('common.none');
  return ctx.fmt.number(outcome.value, 1);
}

/** How the outcome was computed, with the counts behind it. */
export function outcomeExplanation(ctx: RenderContext, outcome: KpiOutcome): string {
  const { t, fmt } = ctx;
  const from = outcome.period ? fmt.date(outcome.period.from) : '';
  const to = outcome.period ? fmt.date(outcome.period.to) : '';
  const how = t(`kpiMeasure.${outcome.measure}.how`, { months: ctx.model.config.continuityReviewMonths, year: ctx.model.config.planningYear });
  let counts: string;
  switch (outcome.measure) {
    case 'lead-time-to-decision':
      counts = t('kpi.counts.decided', { n: outcome.count, from, to });
      break;
    case 'lead-time-to-delivery':
      counts = t('kpi.counts.delivered', { n: outcome.count, from, to });
      break;
    case 'delivered-on-time':
      counts = t('kpi.counts.onTime', { part: outcome.part ?? 0, n: outcome.count, from, to, excluded: outcome.excluded ?? 0 });
      break;
    case 'stuck-orders':
      counts = t('kpi.counts.stuck', { n: outcome.count, today: fmt.date(ctx.today) });
      break;
    case 'systems-with-plan-and-continuity':
      counts = t('kpi.counts.systems', { part: outcome.part ?? 0, n: outcome.count, today: fmt.date(ctx.today) });
      break;
    case 'licence-utilisation':
      counts = t('kpi.counts.licences', { used: fmt.number(outcome.part ?? 0), bought: fmt.number(outcome.total ?? 0), n: outcome.count, today: fmt.date(ctx.today) });
      break;
  }
  return `${how} ${counts}`;
}

/** The KPI table of the tactical plan: target and computed outcome side by side. */
export function kpiTable(ctx: RenderContext, from: string, kpis: readonly DirectionKpi[]): string {
  const { t, fmt } = ctx;
  const target = (k: DirectionKpi) => withUnit(typeof k.target === 'number' ? fmt.number(k.target) : k.target, k.unit);
  const rows = kpis.map((k) => {
    if (!k.measure)
      return [cell(k.name), cell(target(k)), inline(t('common.none')), inline(t('common.none')), inline(t('kpi.notComputed')), roleLink(ctx, from, k.owner)];
    const outcome = measureKpi(ctx.model, k.measure, ctx.today);
    const met = meetsTarget(outcome, k.target);
    return [
      cell(k.name),
      cell(target(k)),
      cell(outcome.value === undefined ? outcomeValue(ctx, outcome) : withUnit(outcomeValue(ctx, outcome), k.unit)),
      cell(met === undefined ? t('common.none') : t(met ? 'kpi.met' : 'kpi.notMet')),
      cell(`${t(LOWER_IS_BETTER.has(k.measure) ? 'kpi.lowerIsBetter' : 'kpi.higherIsBetter')} ${outcomeExplanation(ctx, outcome)}`),
      roleLink(ctx, from, k.owner),
    ];
  });
  return [
    inline(t('kpi.computedNote', { today: fmt.date(ctx.today) })),
    table([t('kpi.name'), t('kpi.target'), t('kpi.outcomeOn', { today: fmt.date(ctx.today) }), t('kpi.status'), t('kpi.how'), t('tactical.followedUpBy')], rows, [
      'l',
      'r',
      'r',
      'l',
      'l',
      'l',
    ]),
  ].join('\n\n');
}
