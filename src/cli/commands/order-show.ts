// styr order show <id>: the whole order — fields, next step, score with the
// contribution of each weight, dependencies both ways, and its history.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { validRecords } from '../../core/model/repository.js';
import type { RepositoryModel } from '../../core/model/repository.js';
import type { Order } from '../../core/model/types.js';
import { effortOf } from '../../core/orders/effort.js';
import { benefitFollowUpDate, benefitSettings } from '../../core/orders/follow-up.js';
import { dependentsOf } from '../../core/orders/list.js';
import { describeNextStep, nextStep } from '../../core/orders/next-step.js';
import { rankOrders } from '../../core/orders/ranking.js';
import { effectiveWeights, factorsJson, scoreOrder } from '../../core/orders/scoring.js';
import { daysInStatus, statusSince } from '../../core/orders/status-time.js';
import type { OrderStatus } from '../../core/model/types.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT } from '../errors.js';
import { describeFactor } from './workspace.js';
import { visibleLine } from '../../core/text/visible.js';
import { colours, renderTable, wrapText } from './table.js';
import { displayPath, findOrder, openWorkspace, wantsJson, writeJson } from './workspace.js';

type ShowOptions = OptionsOf<'orderShow'>;

function named(model: RepositoryModel, kind: 'person' | 'unit' | 'system', id: string): string {
  const rec = model.records[kind].get(id);
  const name = rec?.valid ? (rec.data as { name?: string }).name : undefined;
  return name && name !== id ? `${name} (${id})` : id;
}

export async function runOrderShow(id: string, options: ShowOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const json = wantsJson(earlyTranslator(options), options);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t, fmt } = ws;
  const rec = findOrder(ws, id);
  // An invalid order is shown as far as it can be read.
  const order = rec.data as Order;
  if (!rec.valid) io.stderr.write(`styr: ${t('order.show.invalid', { id: rec.id })}\n`);
  const score = scoreOrder(order, effectiveWeights(model.config.weights));
  const ranked = rankOrders(model);
  const rank = ranked.find((r) => r.order.id === order.id)?.rank;
  const step = rec.valid ? nextStep(model, order, context.today) : undefined;
  const dependents = dependentsOf(
    validRecords(model, 'order').map((r) => r.data),
    order.id,
  );
  const dependsOn = order.dependsOn ?? [];
  const since = statusSince(order);
  const days = daysInStatus(order, context.today);
  const followUpDue = benefitFollowUpDate(order, benefitSettings(model.config));

  if (json) {
    writeJson(io, {
      ...order,
      file: rec.file,
      valid: rec.valid,
      statusSince: since,
      daysInStatus: days,
      benefitFollowUpDue: followUpDue ?? null,
      nextStep: step ?? null,
      score: score.score,
      rank: rank ?? null,
      factors: factorsJson(score.factors),
      dependsOn: dependsOn.map((d) => ({ id: d, status: (model.records.order.get(d)?.data as Order | undefined)?.status ?? null })),
      dependents: dependents.map((d) => ({ id: d, status: (model.records.order.get(d)!.data as Order).status })),
    });
    return EXIT.ok;
  }

  const c = colours(context.color);
  const none = t('common.none');
  const status = (s: OrderStatus) => t(`orderStatus.${s}`);
  const lines: string[] = [];
  lines.push(`${c.bold(visibleLine(order.id))}  ${c.bold(visibleLine(order.title))}`);
  lines.push('');
  // Values wrap under themselves, so that a long need stays within the terminal.
  const valueWidth = Math.max(30, context.width - 25);
  const field = (label: string, value: string | undefined) =>
    lines.push(
      `${label.padEnd(24)} ${wrapText(visibleLine((value ?? none).replace(/\s*\n\s*/g, ' ')), valueWidth)
        .split('\n')
        .join(`\n${' '.repeat(25)}`)}`,
    );
  field(t('field.status'), `${status(order.status)} (${t('order.show.since', { date: since, days })})`);
  if (step) field(t('order.show.nextStep'), describeNextStep(step, order.status, t));
  field(t('order.need'), order.description);
  field(t('order.orderer'), named(model, 'person', order.orderer));
  field(t('order.unit'), named(model, 'unit', order.unit));
  field(t('order.type'), t(`orderType.${order.type}`));
  field(t('order.category'), order.category ? t(`orderCategory.${order.category}`) : undefined);
  field(t('catalog.systems'), order.systems?.length ? order.systems.map((s) => named(model, 'system', s)).join(', ') : undefined);
  const team = order.team ? (model.config.teams ?? []).find((x) => x.id === order.team) : undefined;
  field(t('order.team'), order.team ? (team ? `${team.name} (${team.id})` : order.team) : undefined);
  field(t('order.handler'), order.handler ? named(model, 'person', order.handler) : undefined);
  const goal = order.goal ? model.goals.get(order.goal) : undefined;
  field(t('order.goal'), order.goal ? (goal ? `${order.goal} ${goal.goal.title}` : order.goal) : undefined);
  field(t('order.wantedBy'), order.wantedBy);
  if (order.quarter !== undefined || order.status === 'planned') field(t('orderFlow.show.quarter'), order.quarter);
  field(t('council.legal'), order.legalRequirement ? t('common.yes') : t('common.no'));
  field(t('order.decision'), order.decision);
  field(t('order.rationale'), order.rationale);
  field(t('order.created'), order.created);
  field(t('order.file'), displayPath(context, rec.file));
  for (const [i, r] of (order.reviews ?? []).entries()) {
    const text = t('orderFlow.show.review', {
      kind: t(`reviewKind.${r.kind}`),
      date: r.date,
      by: named(model, 'person', r.by),
      outcome: t(`reviewOutcome.${r.outcome}`),
    });
    field(i === 0 ? t('orderFlow.show.reviews') : '', r.note ? `${text}. ${r.note}` : text);
  }
  if (followUpDue !== undefined && order.benefitFollowUp === undefined) {
    field(t('orderFlow.show.followUpDue'), context.today > followUpDue ? t('orderFlow.show.followUpOverdue', { due: followUpDue }) : followUpDue);
  }
  const done = order.benefitFollowUp;
  if (done) {
    const text = t('orderFlow.show.followUpDone', { date: done.date, realised: done.realised, estimated: order.estimates?.benefit ?? '–' });
    field(t('orderFlow.show.followUp'), done.note ? `${text}. ${done.note}` : text);
  }

  const e = order.estimates ?? {};
  const effort = effortOf(order);
  const notEstimated = t('council.notEstimated');
  const rating = (n: number | undefined) => (n !== undefined ? `${n}/5` : notEstimated);
  lines.push('', c.bold(t('order.estimates')));
  field(`  ${t('factor.benefit')}`, rating(e.benefit));
  field(`  ${t('factor.strategicFit')}`, rating(e.strategicFit));
  field(`  ${t('factor.riskIfNotDone')}`, rating(e.riskIfNotDone));
  field(`  ${t('order.riskIfDone')}`, rating(e.riskIfDone));
  field(`  ${t('order.costOneOff')}`, e.costOneOff !== undefined ? fmt.money(e.costOneOff) : notEstimated);
  field(`  ${t('contracts.yearlyCost')}`, e.costYearly !== undefined ? fmt.money(e.costYearly) : notEstimated);
  field(`  ${t('factor.effort')}`, effort ? `${t('cli.personDays', { n: effort.days })}${effort.source === 'size' ? ` (${e.size})` : ''}` : notEstimated);

  const rankText = rank !== undefined ? t('order.show.rank', { rank, total: ranked.length }) : t('order.show.notRanked');
  lines.push('', `${c.bold(`${t('council.score')} ${fmt.number(score.score, 1)}`)} (${t('order.scoreOutOf')}; ${rankText})`);
  for (const factor of score.factors) lines.push(`  ${describeFactor(factor, ws)}`);

  const orderLine = (depId: string) => {
    // A dependency that failed validation is shown as far as it can be read.
    const dep = model.records.order.get(depId)?.data as Order | undefined;
    return visibleLine(dep ? `  ${depId}  ${dep.title} (${status(dep.status)})` : `  ${depId}  ?`);
  };
  lines.push('', `${c.bold(t('order.dependsOn'))}${dependsOn.length === 0 ? ` ${none}` : ''}`);
  for (const d of dependsOn) lines.push(orderLine(d));
  lines.push('', `${c.bold(t('order.dependents'))}${dependents.length === 0 ? ` ${none}` : ''}`);
  for (const d of dependents) lines.push(orderLine(d));

  lines.push('', c.bold(t('order.history')));
  io.stdout.write(`${lines.join('\n')}\n`);
  const history = order.history ?? [];
  const rows = [
    [order.created, '', status('received'), '', '', ''],
    ...history.map((h) => [h.date, h.from ? status(h.from) : '', status(h.to), h.actor, h.decision ?? '', h.note ?? '']),
  ];
  if (history.length > 0 && history[0]!.from === undefined) rows.shift();
  io.stdout.write(
    renderTable(
      [
        { header: t('order.date') },
        { header: t('order.from'), wrap: true },
        { header: t('order.to'), wrap: true },
        { header: t('order.actor'), wrap: true },
        { header: t('order.decision'), wrap: true },
        { header: t('order.note'), wrap: true },
      ],
      rows,
      context.color,
      context.width,
    ),
  );
  return EXIT.ok;
}
