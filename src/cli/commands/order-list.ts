// styr order list: the orders, filtered and sorted, as a table or JSON.
import { ORDER_TYPES } from '../../core/model/types.js';
import type { OrderType } from '../../core/model/types.js';
import { validRecords } from '../../core/model/repository.js';
import { ORDER_SORTS, matchesFilter, sortOrders } from '../../core/orders/list.js';
import type { ListedOrder, OrderFilter, OrderSort } from '../../core/orders/list.js';
import { effectiveWeights, scoreOrder } from '../../core/orders/scoring.js';
import { daysInStatus } from '../../core/orders/status-time.js';
import { suggest } from '../../core/text/suggest.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { parseStatus } from './order-move.js';
import { renderTable } from './table.js';
import { failOn, formatDays, listOption, noteSkippedRecords, openWorkspace, wholeNumber } from './workspace.js';
import { unknownIdProblem } from '../../core/query/common.js';

interface ListOptions extends GlobalOptions {
  status?: string[];
  unit?: string;
  type?: string;
  system?: string;
  orderer?: string;
  olderThan?: string;
  sort?: string;
  json?: boolean;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export async function runOrderList(options: ListOptions): Promise<number> {
  const context = resolveContext(options);
  const sort = (options.sort ?? 'id') as OrderSort;
  if (!ORDER_SORTS.includes(sort)) throw new UsageError(`--sort must be one of ${ORDER_SORTS.join(', ')}, got '${options.sort}'`);
  if (options.type !== undefined && !(ORDER_TYPES as readonly string[]).includes(options.type)) {
    const guess = suggest(options.type, ORDER_TYPES);
    throw new UsageError(`--type: unknown order type '${options.type}'${guess ? ` — did you mean '${guess}'?` : ''} (${ORDER_TYPES.join(', ')})`);
  }
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  const filter: OrderFilter = {};
  const statuses = listOption(options.status).map(parseStatus);
  if (statuses.length > 0) filter.statuses = new Set(statuses);
  if (options.unit !== undefined) {
    failOn(unknownIdProblem(model, 'unit', options.unit, '--unit'));
    filter.unit = options.unit;
  }
  if (options.type !== undefined) filter.type = options.type as OrderType;
  if (options.system !== undefined) {
    failOn(unknownIdProblem(model, 'system', options.system, '--system'));
    filter.system = options.system;
  }
  if (options.orderer !== undefined) {
    failOn(unknownIdProblem(model, 'person', options.orderer, '--orderer'));
    filter.orderer = options.orderer;
  }
  if (options.olderThan !== undefined) filter.olderThan = wholeNumber('--older-than', options.olderThan);

  const weights = effectiveWeights(model.config.weights);
  const all = validRecords(model, 'order');
  const listed: ListedOrder[] = all
    .filter((r) => matchesFilter(r.data, filter, context.today))
    .map((r) => ({ order: r.data, score: scoreOrder(r.data, weights).score, daysInStatus: daysInStatus(r.data, context.today) }));
  const sorted = sortOrders(listed, sort);

  if (options.json) {
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
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  if (sorted.length === 0) {
    process.stdout.write(`${labels.text.noOrders}\n`);
    return EXIT.ok;
  }
  const f = labels.field;
  const rows = sorted.map(({ order, score, daysInStatus: days }) => [
    order.id,
    truncate(order.title, 44),
    labels.status[order.status],
    order.unit,
    labels.orderType[order.type],
    score.toFixed(1),
    formatDays(days),
    order.wantedBy ?? labels.text.none,
  ]);
  process.stdout.write(
    renderTable([f.id, f.title, f.status, f.unit, f.type, f.score, f.daysInStatus, f.wantedBy], rows, context.color, {
      align: ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'left'],
    }),
  );
  process.stdout.write(`${labels.text.ordersShown(sorted.length, all.length)}\n`);
  return EXIT.ok;
}
