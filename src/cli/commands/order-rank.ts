// styr order rank: the ranked backlog of prepared and approved orders.
import type { Labels } from '../../core/i18n/labels.js';
import { rankOrders } from '../../core/orders/ranking.js';
import type { RankedOrder } from '../../core/orders/ranking.js';
import type { FactorScore } from '../../core/orders/scoring.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT } from '../errors.js';
import { truncate } from './order-list.js';
import { colours, renderTable } from './table.js';
import { noteSkippedRecords, openWorkspace, wholeNumber } from './workspace.js';

interface RankOptions extends GlobalOptions {
  explain?: boolean;
  json?: boolean;
  limit?: string;
}

const amount = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** One factor as a line: 'Benefit  weight 3  value 4/5  12.5 of 33.3'. */
export function describeFactor(f: FactorScore, labels: Labels, currency: string): string {
  let value: string;
  if (f.input === undefined) value = labels.text.notEstimated;
  else if (f.factor === 'cost') value = `${amount.format(f.input)} ${currency}`;
  else if (f.factor === 'effort') value = labels.text.personDays(f.input);
  else value = `${f.input}/5`;
  const name = labels.factor[f.factor];
  return `${name.padEnd(28)} ${labels.field.weight.toLowerCase()} ${String(f.weight).padStart(3)}  ${value.padEnd(22)} ${f.points.toFixed(1).padStart(5)} / ${f.maxPoints.toFixed(1)}`;
}

export function rankJson(ranked: readonly RankedOrder[]) {
  return ranked.map((r) => ({
    rank: r.rank,
    id: r.order.id,
    title: r.order.title,
    status: r.order.status,
    legalRequirement: r.legal,
    score: r.score.score,
    wantedBy: r.order.wantedBy ?? null,
    created: r.order.created,
    factors: r.score.factors.map((f) => ({
      factor: f.factor,
      weight: f.weight,
      input: f.input ?? null,
      normalised: f.normalised ?? null,
      points: f.points,
      maxPoints: f.maxPoints,
    })),
  }));
}

export async function runOrderRank(options: RankOptions): Promise<number> {
  const context = resolveContext(options);
  const limit = options.limit === undefined ? undefined : wholeNumber('--limit', options.limit);
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  const all = rankOrders(model);
  const ranked = limit === undefined ? all : all.slice(0, limit);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ weights: model.config.weights ? 'config' : 'default', orders: rankJson(ranked) }, null, 2)}\n`);
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  if (all.length === 0) {
    process.stdout.write(`${labels.text.rankEmpty}\n`);
    return EXIT.ok;
  }
  const c = colours(context.color);
  const f = labels.field;
  process.stdout.write(`${c.bold(labels.text.rankTitle)} (${labels.text.scoreOutOf}, ${labels.text.weightsFrom(model.config.weights ? 'config' : 'default')})\n`);
  if (!options.explain) {
    const rows = ranked.map((r) => [
      String(r.rank),
      r.order.id,
      truncate(r.order.title, 44),
      labels.status[r.order.status],
      `${r.legal ? '§ ' : ''}${r.score.score.toFixed(1)}`,
      r.order.wantedBy ?? labels.text.none,
    ]);
    process.stdout.write(renderTable([f.rank, f.id, f.title, f.status, f.score, f.wantedBy], rows, context.color, { align: ['right', 'left', 'left', 'left', 'right', 'left'] }));
  } else {
    for (const r of ranked) {
      process.stdout.write(`\n${c.bold(`${r.rank}. ${r.order.id}`)} ${r.order.title} — ${labels.status[r.order.status]}, ${f.score.toLowerCase()} ${r.score.score.toFixed(1)}${r.legal ? ` (§ ${f.legal.toLowerCase()})` : ''}\n`);
      for (const factor of r.score.factors) process.stdout.write(`   ${describeFactor(factor, labels, model.config.currency)}\n`);
    }
    process.stdout.write('\n');
  }
  if (all.some((r) => r.legal)) process.stdout.write(`${labels.text.legalFirst}\n`);
  return EXIT.ok;
}
