// styr order rank: the ranked backlog of prepared and approved orders.
import { rankOrders } from '../../core/orders/ranking.js';
import type { RankedOrder } from '../../core/orders/ranking.js';
import type { FactorScore } from '../../core/orders/scoring.js';
import { earlyTranslator, resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT } from '../errors.js';
import { colours, renderTable } from './table.js';
import { noteSkippedRecords, openWorkspace, wantsJson, wholeNumber, writeJson } from './workspace.js';
import type { Workspace } from './workspace.js';

interface RankOptions extends GlobalOptions {
  explain?: boolean;
  json?: boolean;
  format?: string;
  limit?: string;
}

/** One factor as a line: 'Nytta  vikt 3  4/5  12,5 / 33,3'. */
export function describeFactor(f: FactorScore, ws: Pick<Workspace, 't' | 'fmt'>): string {
  const { t, fmt } = ws;
  let value: string;
  if (f.input === undefined) value = t('council.notEstimated');
  else if (f.factor === 'cost') value = fmt.money(f.input);
  else if (f.factor === 'effort') value = t('cli.personDays', { n: f.input });
  else value = `${f.input}/5`;
  const name = t(`factor.${f.factor}`);
  const weight = t('order.rank.weight', { weight: f.weight });
  return `${name.padEnd(24)} ${weight.padEnd(10)} ${value.padEnd(20)} ${fmt.number(f.points, 1).padStart(5)} / ${fmt.number(f.maxPoints, 1)}`;
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
  const early = earlyTranslator(options);
  const json = wantsJson(early, options);
  const limit = options.limit === undefined ? undefined : wholeNumber(early, '--limit', options.limit);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t, fmt } = ws;
  const all = rankOrders(model);
  const ranked = limit === undefined ? all : all.slice(0, limit);
  const weights = model.config.weights ? 'config' : 'default';
  if (json) {
    writeJson({ weights, orders: rankJson(ranked) });
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  if (all.length === 0) {
    process.stdout.write(`${t('order.rank.empty')}\n`);
    return EXIT.ok;
  }
  const c = colours(context.color);
  const status = (r: RankedOrder) => t(`orderStatus.${r.order.status}`);
  process.stdout.write(`${c.bold(t('order.rank.title'))}\n(${t('order.scoreOutOf')}, ${t(`order.rank.weights.${weights}`)})\n`);
  if (!options.explain) {
    const rows = ranked.map((r) => [String(r.rank), r.order.id, r.order.title, status(r), `${r.legal ? '§ ' : ''}${fmt.number(r.score.score, 1)}`, r.order.wantedBy ?? t('common.none')]);
    process.stdout.write(
      renderTable(
        [
          { header: t('council.rank'), align: 'right' },
          { header: t('cli.id') },
          { header: t('order.title'), wrap: true },
          { header: t('field.status'), wrap: true },
          { header: t('council.score'), align: 'right' },
          { header: t('order.wantedBy') },
        ],
        rows,
        context.color,
      ),
    );
  } else {
    for (const r of ranked) {
      const legal = r.legal ? ` (§ ${t('council.legal').toLowerCase()})` : '';
      process.stdout.write(`\n${c.bold(`${r.rank}. ${r.order.id}`)} ${r.order.title} — ${status(r)}, ${t('council.score').toLowerCase()} ${fmt.number(r.score.score, 1)}${legal}\n`);
      for (const factor of r.score.factors) process.stdout.write(`   ${describeFactor(factor, ws)}\n`);
    }
    process.stdout.write('\n');
  }
  if (all.some((r) => r.legal)) process.stdout.write(`${t('order.rank.legalFirst')}\n`);
  return EXIT.ok;
}
