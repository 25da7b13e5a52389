// styr order list: the orders, filtered and sorted, as a table or JSON.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { ORDER_TYPES } from '../../core/model/types.js';
import { validRecords } from '../../core/model/repository.js';
import { ORDER_SORTS, matchesFilter, sortOrders } from '../../core/orders/list.js';
import type { ListedOrder, OrderFilter, OrderSort } from '../../core/orders/list.js';
import { effectiveWeights, scoreOrder } from '../../core/orders/scoring.js';
import { daysInStatus } from '../../core/orders/status-time.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT } from '../errors.js';
import { parseEnumFlag, parseStatus } from './workspace.js';
import { renderTable } from './table.js';
import { failOn, formatDays, listOption, noteSkippedRecords, openWorkspace, wantsJson, wholeNumber, writeJson } from './workspace.js';
import { invalidValueProblem, unknownIdProblem } from '../../core/query/common.js';

type ListOptions = OptionsOf<'orderList'>;

export async function runOrderList(options: ListOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const early = { t: earlyTranslator(options), language: context.lang ?? 'sv' };
  const json = wantsJson(early.t, options);
  const sort = (options.sort ?? 'id') as OrderSort;
  failOn(early, invalidValueProblem('--sort', sort, ORDER_SORTS));
  const type = options.type === undefined ? undefined : parseEnumFlag(early, '--type', options.type, ORDER_TYPES);
  const ws = await openWorkspace(context, { rules: false });
  const { model, t, fmt } = ws;
  const filter: OrderFilter = {};
  const statuses = listOption(options.status).map((s) => parseStatus(t, s, ws.language));
  if (statuses.length > 0) filter.statuses = new Set(statuses);
  if (options.unit !== undefined) {
    failOn(ws, unknownIdProblem(model, 'unit', options.unit, '--unit'));
    filter.unit = options.unit;
  }
  if (type !== undefined) filter.type = type;
  if (options.system !== undefined) {
    failOn(ws, unknownIdProblem(model, 'system', options.system, '--system'));
    filter.system = options.system;
  }
  if (options.orderer !== undefined) {
    failOn(ws, unknownIdProblem(model, 'person', options.orderer, '--orderer'));
    filter.orderer = options.orderer;
  }
  if (options.olderThan !== undefined) filter.olderThan = wholeNumber(t, '--older-than', options.olderThan);

  const weights = effectiveWeights(model.config.weights);
  const all = validRecords(model, 'order');
  const listed: ListedOrder[] = all
    .filter((r) => matchesFilter(r.data, filter, context.today))
    .map((r) => ({ order: r.data, score: scoreOrder(r.data, weights).score, daysInStatus: daysInStatus(r.data, context.today) }));
  const sorted = sortOrders(listed, sort);

  if (json) {
    const out = sorted.map(({ order, score, daysInStatus: days }) => ({
      id: order.id,
      title: order.title,
      status: order.status,
      unit: order.unit,
      orderer: order.orderer,
      type: order.type,
      systems: order.systems ?? [],
      team: order.team ?? null,
      score,
      legalRequirement: order.legalRequirement === true,
      daysInStatus: days,
      wantedBy: order.wantedBy ?? null,
      created: order.created,
      file: model.records.order.get(order.id)!.file,
    }));
    writeJson(io, out);
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  if (sorted.length === 0) {
    io.stdout.write(`${t('order.list.none')}\n`);
    return EXIT.ok;
  }
  const rows = sorted.map(({ order, score, daysInStatus: days }) => [
    order.id,
    order.title,
    t(`orderStatus.${order.status}`),
    order.unit,
    t(`orderType.${order.type}`),
    fmt.number(score, 1),
    formatDays(fmt, days),
    order.wantedBy ?? t('common.none'),
  ]);
  io.stdout.write(
    renderTable(
      [
        { header: t('cli.id') },
        { header: t('order.title'), wrap: true },
        { header: t('field.status'), wrap: true },
        { header: t('order.unit'), wrap: true, optional: true },
        { header: t('order.type'), wrap: true, optional: true },
        { header: t('council.score'), align: 'right' },
        { header: t('council.daysInStatus'), align: 'right', optional: true },
        { header: t('order.wantedBy') },
      ],
      rows,
      context.color,
      context.width,
    ),
  );
  io.stdout.write(`${t('order.list.shown', { shown: sorted.length, total: all.length })}\n`);
  return EXIT.ok;
}
