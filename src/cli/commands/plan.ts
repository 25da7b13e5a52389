// styr plan: the capacity- and dependency-aware timeline of ranked orders by
// quarter, as tables or as the PlanResult in JSON (which the timeline renderer uses).
import type { Labels } from '../../core/i18n/labels.js';
import { planRepository } from '../../core/orders/planning.js';
import type { PlanResult, UnplacedOrder } from '../../core/orders/planning.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT } from '../errors.js';
import { truncate } from './order-list.js';
import { colours, renderTable } from './table.js';
import { formatDays, noteSkippedRecords, openWorkspace } from './workspace.js';

interface PlanOptions extends GlobalOptions {
  json?: boolean;
}

export function unplacedReason(u: UnplacedOrder, labels: Labels): string {
  const l = labels.unplaced;
  switch (u.reason) {
    case 'unassigned':
      return l.unassigned;
    case 'unknown-team':
      return l.unknownTeam(u.team ?? '');
    case 'not-estimated':
      return l.notEstimated;
    case 'dependency': {
      const dep = u.dependency!;
      if (dep.status === undefined) return l.dependencyUnknown(dep.id);
      if (dep.unplaced) return l.dependencyUnplaced(dep.id);
      return l.dependency(dep.id, labels.status[dep.status]);
    }
    case 'cycle':
      return l.cycle(u.cycle ?? []);
    case 'does-not-fit':
      return l.doesNotFit(u.needed ?? 0, u.free ?? 0, '');
  }
}

export function formatPlan(plan: PlanResult, labels: Labels, color: boolean, teamNames: Map<string, string>): string {
  const c = colours(color);
  const f = labels.field;
  const out: string[] = [];
  const open = plan.quarters.filter((q) => !q.past);
  const last = plan.quarters[plan.quarters.length - 1]!.label;
  out.push(c.bold(labels.text.planTitle(open[0]?.label ?? last, last)), '');
  if (plan.placed.length === 0 && plan.unplaced.length === 0) {
    out.push(labels.text.planNothing);
    return `${out.join('\n')}\n`;
  }
  if (plan.placed.length > 0) {
    out.push(c.bold(labels.text.planPlaced));
    const rows = plan.placed.map((p) => [
      `${p.rank}${p.committed ? '*' : ''}`,
      p.id,
      truncate(p.title, 36),
      labels.status[p.status],
      teamNames.get(p.team) ?? p.team,
      formatDays(p.effortDays),
      p.start,
      p.end,
      p.wantedBy ? `${p.wantedBy}${p.late ? ' !' : ''}` : labels.text.none,
    ]);
    out.push(renderTable(['#', f.id, f.title, f.status, f.team, f.effort, f.start, f.end, f.wantedBy], rows, color, { align: ['right', 'left', 'left', 'left', 'left', 'right', 'left', 'left', 'left'] }).trimEnd());
    out.push(labels.text.committedMark, '');
  }
  if (plan.unplaced.length > 0) {
    out.push(c.bold(labels.text.planUnplaced));
    const rows = plan.unplaced.map((u) => {
      const reason = u.reason === 'does-not-fit' ? labels.unplaced.doesNotFit(u.needed ?? 0, u.free ?? 0, last) : unplacedReason(u, labels);
      return [`${u.rank}${u.committed ? '*' : ''}`, u.id, truncate(u.title, 36), labels.status[u.status], u.team ? (teamNames.get(u.team) ?? u.team) : labels.text.none, reason];
    });
    out.push(renderTable(['#', f.id, f.title, f.status, f.team, f.reason], rows, color, { align: ['right'] }).trimEnd(), '');
  }
  if (plan.late.length > 0) {
    out.push(c.bold(labels.text.planLate));
    for (const l of plan.late) out.push(`  ${l.id}  ${labels.text.wantedByMissed(`${l.wantedBy} (${l.wantedQuarter})`, l.end)}`);
    out.push('');
  }
  if (plan.overAllocated.length > 0) {
    out.push(c.bold(labels.text.planOverAllocated));
    for (const o of plan.overAllocated) {
      out.push(`  ${teamNames.get(o.team) ?? o.team} ${o.quarter}: ${formatDays(o.demand)} / ${formatDays(o.capacity)} (+${formatDays(o.over)}): ${o.orders.join(', ')}`);
    }
    out.push('');
  }
  out.push(c.bold(labels.text.planCapacity));
  const head = [f.team, ...open.map((q) => q.label)];
  const rows: string[][] = [];
  for (const t of plan.teams) {
    const cells = open.map((q) => {
      const load = t.quarters.find((x) => x.quarter === q.label)!;
      const used = load.committed + load.approved;
      const cell = `${formatDays(used)}/${formatDays(load.capacity)}`;
      return load.over > 0 ? c.red(`${cell} !`) : cell;
    });
    rows.push([t.name, ...cells]);
  }
  out.push(renderTable(head, rows, color, { align: ['left', ...open.map(() => 'right' as const)] }).trimEnd());
  return `${out.join('\n')}\n`;
}

export async function runPlan(options: PlanOptions): Promise<number> {
  const context = resolveContext(options);
  const ws = await openWorkspace(context, { rules: false });
  const plan = planRepository(ws.model, context.today);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  const teamNames = new Map((ws.model.config.teams ?? []).map((t) => [t.id, t.name]));
  process.stdout.write(formatPlan(plan, ws.labels, context.color, teamNames));
  return EXIT.ok;
}
