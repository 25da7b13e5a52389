// styr plan: the capacity- and dependency-aware timeline of ranked orders by
// quarter, as tables or as the PlanResult in JSON (which the timeline renderer uses).
import { unplacedText } from '../../core/render/tactical-plan.js';
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { planRepository } from '../../core/orders/planning.js';
import type { PlanResult } from '../../core/orders/planning.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { EXIT } from '../errors.js';
import { visibleLine } from '../../core/text/visible.js';
import { colours, fitsWidth, renderTable, wrapText } from './table.js';
import { formatDays, noteSkippedRecords, openWorkspace, wantsJson, writeJson } from './workspace.js';
import type { Workspace } from './workspace.js';

type PlanOptions = OptionsOf<'plan'>;

type Words = Pick<Workspace, 't' | 'fmt'>;

export function formatPlan(plan: PlanResult, ws: Words, color: boolean, width: number, teamNames: Map<string, string>): string {
  const { t, fmt } = ws;
  const c = colours(color);
  const days = (n: number) => formatDays(fmt, n);
  const none = t('common.none');
  const status = (s: PlanResult['placed'][number]['status']) => t(`orderStatus.${s}`);
  const out: string[] = [];
  const open = plan.quarters.filter((q) => !q.past);
  const last = plan.quarters[plan.quarters.length - 1]!.label;
  out.push(c.bold(t('plan.title', { from: open[0]?.label ?? last, to: last })), '');
  if (plan.placed.length === 0 && plan.unplaced.length === 0) {
    out.push(t('plan.nothing'));
    return `${out.join('\n')}\n`;
  }
  if (plan.placed.length > 0) {
    out.push(c.bold(t('plan.placed')));
    const rows = plan.placed.map((p) => [
      `${p.rank}${p.committed ? '*' : ''}`,
      p.id,
      p.title,
      status(p.status),
      teamNames.get(p.team) ?? p.team,
      days(p.effortDays),
      p.start,
      p.end,
      p.wantedBy ? `${p.wantedBy}${p.late ? ' !' : ''}` : none,
    ]);
    const columns = [
      { header: '#', align: 'right' as const },
      { header: t('cli.id') },
      { header: t('order.title'), wrap: true },
      { header: t('field.status'), wrap: true, optional: 3 },
      { header: t('order.team'), wrap: true },
      { header: t('order.effort'), align: 'right' as const, wrap: true, optional: 2 },
      { header: t('plan.start'), optional: 1 },
      { header: t('plan.end') },
      { header: t('order.wantedBy') },
    ];
    out.push(renderTable(columns, rows, color, width).trimEnd());
    out.push(t('plan.committedMark'), '');
  }
  if (plan.unplaced.length > 0) {
    out.push(c.bold(t('plan.unplaced')));
    const rows = plan.unplaced.map((u) => [
      `${u.rank}${u.committed ? '*' : ''}`,
      u.id,
      u.title,
      status(u.status),
      u.team ? (teamNames.get(u.team) ?? u.team) : none,
      unplacedText(ws, u),
    ]);
    const columns = [
      { header: '#', align: 'right' as const },
      { header: t('cli.id') },
      { header: t('order.title'), wrap: true },
      { header: t('field.status'), wrap: true },
      { header: t('order.team'), wrap: true },
      { header: t('order.reason'), wrap: true },
    ];
    out.push(renderTable(columns, rows, color, width).trimEnd(), '');
  }
  if (plan.late.length > 0) {
    out.push(c.bold(t('plan.late')));
    for (const l of plan.late) out.push(`  ${l.id}  ${t('plan.wantedByMissed', { wanted: `${l.wantedBy} (${l.wantedQuarter})`, end: l.end })}`);
    out.push('');
  }
  if (plan.overAllocated.length > 0) {
    out.push(c.bold(wrapText(t('plan.overAllocated'), width)));
    for (const o of plan.overAllocated) {
      out.push(`  ${visibleLine(teamNames.get(o.team) ?? o.team)} ${o.quarter}: ${days(o.demand)} / ${days(o.capacity)} (+${days(o.over)}): ${o.orders.join(', ')}`);
    }
    out.push('');
  }
  out.push(c.bold(t('plan.capacity')));
  const capacityTable = (quarters: typeof open): string => {
    const rows = plan.teams.map((team) => [
      team.name,
      ...quarters.map((q) => {
        const load = team.quarters.find((x) => x.quarter === q.label)!;
        const cell = `${days(load.committed + load.approved)}/${days(load.capacity)}`;
        return load.over > 0 ? { text: `${cell} !`, warn: true as const } : cell;
      }),
    ]);
    const columns = [{ header: t('order.team'), wrap: true }, ...quarters.map((q) => ({ header: q.label, align: 'right' as const }))];
    return renderTable(columns, rows, color, width).trimEnd();
  };
  const whole = capacityTable(open);
  if (fitsWidth(whole, width)) out.push(whole);
  else {
    // Too wide for the terminal: one table per year.
    const years = [...new Set(open.map((q) => q.label.slice(0, 4)))];
    for (const year of years) out.push(capacityTable(open.filter((q) => q.label.startsWith(year))));
  }
  return `${out.join('\n')}\n`;
}

export async function runPlan(options: PlanOptions, io: CliIo): Promise<number> {
  const context = resolveContext(options, io);
  const json = wantsJson(earlyTranslator(options), options);
  const ws = await openWorkspace(context, { rules: false });
  const plan = planRepository(ws.model, context.today);
  if (json) {
    writeJson(io, plan);
    return EXIT.ok;
  }
  noteSkippedRecords(ws, 'order');
  const teamNames = new Map((ws.model.config.teams ?? []).map((t) => [t.id, t.name]));
  io.stdout.write(formatPlan(plan, ws, context.color, context.width, teamNames));
  return EXIT.ok;
}
