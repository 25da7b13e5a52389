// Lookups the governing documents (tactical plan, portfolio, council report,
// RACI, roles, maturity) share: their page paths, order and role text, the
// next council meeting, and the Mermaid Gantt of a plan, so the tactical plan
// and the portfolio draw the same timeline from the same PlanResult.
import { addDaysIso } from '../dates.js';
import type { ValidRecord } from '../model/repository.js';
import type { IsoDate, Order } from '../model/types.js';
import { planRepository } from '../orders/planning.js';
import type { PlacedOrder, PlanResult } from '../orders/planning.js';
import { docLink } from './context.js';
import { headingSlug, inline, linkText, relativePath } from './markdown.js';
import { mermaidId } from './mermaid.js';
import type { RenderContext } from './types.js';

export const GOVERNING_PATHS = {
  tacticalPlan: 'tactical-plan/index.md',
  portfolio: 'portfolio/index.md',
  council: 'council/index.md',
  raci: 'raci/index.md',
  raciMatrix: (id: string) => `raci/${id}.md`,
  roles: 'roles/index.md',
  maturity: 'maturity/index.md',
} as const;

const plans = new WeakMap<RenderContext, PlanResult>();

/** The plan of the repository's orders for the render's date, computed once per render (the tactical plan and the portfolio share it). */
export function renderPlan(ctx: RenderContext): PlanResult {
  let plan = plans.get(ctx);
  if (!plan) {
    plan = planRepository(ctx.model, ctx.today);
    plans.set(ctx, plan);
  }
  return plan;
}

/** "Home › Document" breadcrumbs for a page of a governing document. */
export function breadcrumbs(ctx: RenderContext, from: string, parents: readonly (readonly [string, string])[] = []): string {
  const parts = [`[${linkText(ctx.t('nav.home'))}](${relativePath(from, 'index.md')})`];
  for (const [text, to] of parents) parts.push(`[${linkText(text)}](${relativePath(from, to)})`);
  return parts.join(' › ');
}

export function orderRecord(ctx: RenderContext, id: string): ValidRecord<'order'> | undefined {
  const rec = ctx.model.records.order.get(id);
  return rec?.valid ? rec : undefined;
}

/** An order as "ID Title" (escaped); the id alone when the order is unknown. */
export function orderText(ctx: RenderContext, id: string): string {
  const order = orderRecord(ctx, id)?.data;
  return order ? `${inline(id)} ${inline(order.title)}` : inline(id);
}

export function orderStatusText(ctx: RenderContext, order: Order | undefined): string {
  return order ? ctx.t(`orderStatus.${order.status}`) : ctx.t('common.unknown');
}

export function roleRecord(ctx: RenderContext, id: string): ValidRecord<'role'> | undefined {
  const rec = ctx.model.records.role.get(id);
  return rec?.valid ? rec : undefined;
}

export function roleName(ctx: RenderContext, id: string | undefined): string {
  if (!id) return '';
  return roleRecord(ctx, id)?.data.name ?? id;
}

/** A role, linked to its section on the roles page when that document is rendered. */
export function roleLink(ctx: RenderContext, from: string, id: string | undefined): string {
  if (!id) return '';
  const rec = roleRecord(ctx, id);
  if (!rec) return inline(id);
  return docLink(ctx, from, 'roles', GOVERNING_PATHS.roles, rec.data.name, headingSlug(rec.data.name));
}

/** The first council meeting after today (as `styr order` names it), if one is scheduled. */
export function nextCouncilMeeting(ctx: RenderContext): IsoDate | undefined {
  return [...(ctx.model.config.councilMeetings ?? [])].sort().find((d) => d > ctx.today);
}

/** The tactical plan for the planning year (the first by id when there are several). */
export function tacticalPlanRecord(ctx: RenderContext): ValidRecord<'direction'> | undefined {
  for (const rec of ctx.model.records.direction.values()) {
    if (rec.valid && rec.data.type === 'tactical-plan' && rec.data.year === ctx.model.config.planningYear) return rec;
  }
  return undefined;
}

/** First day of a plan quarter label ('2027-Q2' → '2027-04-01'). */
export function quarterStart(label: string): IsoDate {
  const year = label.slice(0, 4);
  const q = Number(label.slice(6));
  return `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of a plan quarter label ('2027-Q2' → '2027-06-30'). */
export function quarterEnd(label: string): IsoDate {
  const q = Number(label.slice(6));
  const next = q === 4 ? `${Number(label.slice(0, 4)) + 1}-01-01` : `${label.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return addDaysIso(next, -1);
}

/** A task or section name for a Gantt chart: colons, semicolons and hashes would end or break the line. */
function ganttText(text: string, max = 50): string {
  let flat = text
    .replace(/[:;#`"<>{}[\]|\\&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length > max) flat = `${flat.slice(0, max - 1).trimEnd()}…`;
  return flat === '' ? '–' : flat;
}

/**
 * A Mermaid Gantt of placed orders, one section per team, each task from the
 * first day of its start quarter to the last day of its end quarter — exactly
 * the quarters `styr plan` gives it. Committed work is marked active, late work crit.
 */
export function planGantt(ctx: RenderContext, placed: readonly PlacedOrder[], title: string): string {
  const teamName = new Map((ctx.model.config.teams ?? []).map((t) => [t.id, t.name]));
  const lines = ['gantt', `  title ${ganttText(title, 80)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m', '  tickInterval 3month'];
  const teams = [...new Set(placed.map((p) => p.team))];
  for (const team of teams) {
    lines.push(`  section ${ganttText(teamName.get(team) ?? team, 40)}`);
    for (const p of placed.filter((x) => x.team === team)) {
      const tags = [p.late ? 'crit' : '', p.committed ? 'active' : ''].filter((s) => s !== '');
      lines.push(`    ${ganttText(`${p.id} ${p.title}`)} :${[...tags, mermaidId('o', p.id), quarterStart(p.start), quarterEnd(p.end)].join(', ')}`);
    }
  }
  return lines.join('\n');
}
