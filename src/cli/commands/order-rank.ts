// styr order rank: the ranked backlog of prepared and approved orders.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { rankJson, rankOrders } from '../../core/orders/ranking.js';
import type { RankedOrder } from '../../core/orders/ranking.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT } from '../errors.js';
import { visibleLine } from '../../core/text/visible.js';
import { colours, renderTable } from './table.js';
import { describeFactor, noteSkippedRecords, openWorkspace, wantsJson, wholeNumber, writeJson } from './workspace.js';

type RankOptions = OptionsOf<'orderRank'>;

export async function runOrderRank(options: RankOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = earlyTranslator(options);
  const json = wantsJson(early, options);
  const limit = options.limit === undefined ? undefined : wholeNumber(early, '--limit', options.limit);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t, fmt } = ws;
  const all = rankOrders(model);
  const ranked = limit === undefined ? all : all.slice(0, limit);
  const weights = model.config.weights ? 'config' : 'default';
  if (json) {
    writeJson(io, { weights, orders: rankJson(ranked) });
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  if (all.length === 0) {
    io.stdout.write(`${t('order.rank.empty')}\n`);
    return EXIT.ok;
  }
  const c = colours(context.color);
  const status = (r: RankedOrder) => t(`orderStatus.${r.order.status}`);
  io.stdout.write(`${c.bold(t('order.rank.title'))}\n(${t('order.scoreOutOf')}, ${t(`order.rank.weights.${weights}`)})\n`);
  if (!options.explain) {
    const rows = ranked.map((r) => [
      String(r.rank),
      r.order.id,
      r.order.title,
      status(r),
      `${r.legal ? '§ ' : ''}${fmt.number(r.score.score, 1)}`,
      r.order.wantedBy ?? t('common.none'),
    ]);
    io.stdout.write(
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
        context.width,
      ),
    );
  } else {
    for (const r of ranked) {
      const legal = r.legal ? ` (§ ${t('council.legal').toLowerCase()})` : '';
      io.stdout.write(
        `\n${c.bold(`${r.rank}. ${r.order.id}`)} ${visibleLine(r.order.title)} — ${status(r)}, ${t('council.score').toLowerCase()} ${fmt.number(r.score.score, 1)}${legal}\n`,
      );
      for (const factor of r.score.factors) io.stdout.write(`   ${describeFactor(factor, ws)}\n`);
    }
    io.stdout.write('\n');
  }
  if (all.some((r) => r.legal)) io.stdout.write(`${t('order.rank.legalFirst')}\n`);
  return EXIT.ok;
}
