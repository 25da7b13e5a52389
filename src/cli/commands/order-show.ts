// styr order show <id>: the whole order — fields, next step, score with the
// contribution of each weight, dependencies both ways, and its history.
import { validRecords } from '../../core/model/repository.js';
import type { RepositoryModel } from '../../core/model/repository.js';
import type { Order } from '../../core/model/types.js';
import { effortOf } from '../../core/orders/effort.js';
import { dependentsOf } from '../../core/orders/list.js';
import { nextStep } from '../../core/orders/next-step.js';
import { rankOrders } from '../../core/orders/ranking.js';
import { effectiveWeights, scoreOrder } from '../../core/orders/scoring.js';
import { daysInStatus, statusSince } from '../../core/orders/status-time.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT } from '../errors.js';
import { describeFactor } from './order-rank.js';
import { colours, renderTable } from './table.js';
import { displayPath, findOrder, openWorkspace } from './workspace.js';

interface ShowOptions extends GlobalOptions {
  json?: boolean;
}

function named(model: RepositoryModel, kind: 'person' | 'unit' | 'system', id: string): string {
  const rec = model.records[kind].get(id);
  const name = rec?.valid ? (rec.data as { name?: string }).name : undefined;
  return name && name !== id ? `${name} (${id})` : id;
}

const amount = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

export async function runOrderShow(id: string, options: ShowOptions): Promise<number> {
  const context = resolveContext(options);
  const ws = await openWorkspace(context, { rules: false });
  const { model, labels } = ws;
  const rec = findOrder(model, id);
  // An invalid order is shown as far as it can be read.
  const order = rec.data as Order;
  if (!rec.valid) process.stderr.write(`styr: ${rec.id} has errors (run styr validate); showing what could be read\n`);
  const score = scoreOrder(order, effectiveWeights(model.config.weights));
  const ranked = rankOrders(model);
  const rank = ranked.find((r) => r.order.id === order.id)?.rank;
  const step = rec.valid ? nextStep(model, order, context.today) : undefined;
  const dependents = dependentsOf(validRecords(model, 'order').map((r) => r.data), order.id);
  const dependsOn = order.dependsOn ?? [];
  const since = statusSince(order);
  const days = daysInStatus(order, context.today);

  if (options.json) {
    const out = {
      ...order,
      file: rec.file,
      valid: rec.valid,
      statusSince: since,
      daysInStatus: days,
      nextStep: step ?? null,
      score: score.score,
      rank: rank ?? null,
      factors: score.factors.map((f) => ({ factor: f.factor, weight: f.weight, input: f.input ?? null, normalised: f.normalised ?? null, points: f.points, maxPoints: f.maxPoints })),
      dependsOn: dependsOn.map((d) => ({ id: d, status: (model.records.order.get(d)?.data as Order | undefined)?.status ?? null })),
      dependents: dependents.map((d) => ({ id: d, status: (model.records.order.get(d)!.data as Order).status })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }

  const c = colours(context.color);
  const f = labels.field;
  const none = labels.text.none;
  const lines: string[] = [];
  lines.push(`${c.bold(order.id)}  ${c.bold(order.title)}`);
  lines.push('');
  const field = (label: string, value: string | undefined) => lines.push(`${`${label}`.padEnd(24)} ${value ?? none}`);
  field(f.status, `${labels.status[order.status]} (${labels.text.since(since, days)})`);
  if (step) {
    const meeting = step.nextMeeting ? `, ${labels.nextStep.nextMeeting(step.nextMeeting)}` : '';
    field(f.nextStep, `${labels.nextStep.owner(step.kind, step.name)}: ${labels.nextStep.action[order.status]}${meeting}`);
  }
  field(f.description, order.description);
  field(f.orderer, named(model, 'person', order.orderer));
  field(f.unit, named(model, 'unit', order.unit));
  field(f.type, labels.orderType[order.type] ?? order.type);
  field(f.category, order.category ? labels.orderCategory[order.category] : undefined);
  field(f.systems, order.systems?.length ? order.systems.map((s) => named(model, 'system', s)).join(', ') : undefined);
  const team = order.team ? (model.config.teams ?? []).find((t) => t.id === order.team) : undefined;
  field(f.team, order.team ? (team ? `${team.name} (${team.id})` : order.team) : undefined);
  field(f.handler, order.handler ? named(model, 'person', order.handler) : undefined);
  const goal = order.goal ? model.goals.get(order.goal) : undefined;
  field(f.goal, order.goal ? (goal ? `${order.goal} ${goal.goal.title}` : order.goal) : undefined);
  field(f.wantedBy, order.wantedBy);
  field(f.legal, order.legalRequirement ? labels.text.yes : labels.text.no);
  field(f.decision, order.decision);
  field(f.rationale, order.rationale);
  field(f.created, order.created);
  field(labels.text.file, displayPath(context, rec.file));

  const e = order.estimates ?? {};
  const effort = effortOf(order);
  lines.push('', c.bold(f.estimates));
  field(`  ${labels.factor.benefit}`, e.benefit !== undefined ? `${e.benefit}/5` : labels.text.notEstimated);
  field(`  ${labels.factor.strategicFit}`, e.strategicFit !== undefined ? `${e.strategicFit}/5` : labels.text.notEstimated);
  field(`  ${labels.factor.riskIfNotDone}`, e.riskIfNotDone !== undefined ? `${e.riskIfNotDone}/5` : labels.text.notEstimated);
  field(`  ${f.riskIfDone}`, e.riskIfDone !== undefined ? `${e.riskIfDone}/5` : labels.text.notEstimated);
  field(`  ${f.costOneOff}`, e.costOneOff !== undefined ? `${amount.format(e.costOneOff)} ${model.config.currency}` : labels.text.notEstimated);
  field(`  ${f.costYearly}`, e.costYearly !== undefined ? `${amount.format(e.costYearly)} ${model.config.currency}` : labels.text.notEstimated);
  field(`  ${f.effort}`, effort ? `${labels.text.personDays(effort.days)}${effort.source === 'size' ? ` (${e.size})` : ''}` : labels.text.notEstimated);

  lines.push('', `${c.bold(`${f.score} ${score.score.toFixed(1)}`)} (${labels.text.scoreOutOf}; ${rank !== undefined ? labels.text.rankOf(rank, ranked.length) : labels.text.notRanked})`);
  for (const factor of score.factors) lines.push(`  ${describeFactor(factor, labels, model.config.currency)}`);

  const orderLine = (depId: string) => {
    // A dependency that failed validation is shown as far as it can be read.
    const dep = model.records.order.get(depId)?.data as Order | undefined;
    return dep ? `  ${depId}  ${dep.title} (${labels.status[dep.status] ?? dep.status})` : `  ${depId}  ?`;
  };
  lines.push('', `${c.bold(f.dependsOn)}${dependsOn.length === 0 ? ` ${none}` : ''}`);
  for (const d of dependsOn) lines.push(orderLine(d));
  lines.push('', `${c.bold(f.dependents)}${dependents.length === 0 ? ` ${none}` : ''}`);
  for (const d of dependents) lines.push(orderLine(d));

  lines.push('', c.bold(f.history));
  process.stdout.write(`${lines.join('\n')}\n`);
  const history = order.history ?? [];
  const rows = [
    [order.created, '', labels.status.received, '', '', ''],
    ...history.map((h) => [h.date, h.from ? labels.status[h.from] : '', labels.status[h.to] ?? h.to, h.actor, h.decision ?? '', h.note ?? '']),
  ];
  if (history.length > 0 && history[0]!.from === undefined) rows.shift();
  process.stdout.write(renderTable([f.date, f.from, f.to, f.actor, f.decision, f.note], rows, context.color));
  return EXIT.ok;
}
