// Management plans (report §6.5.7–6.5.8): one page per plan with the
// continuity plan, and a summary of missing, unapproved and stale plans and
// continuity plans, decided by the same rules `styr validate` runs.
import { objectName, planManagementLeads, planObjectOwner } from '../model/objects.js';
import { validRecords } from '../model/repository.js';
import type { ValidRecord } from '../model/repository.js';
import type { Continuity, Plan } from '../model/types.js';
import { PATHS, personContact, personName, systemLink, systemRecord, unitName } from './context.js';
import { planFindings } from './findings.js';
import type { PlanFinding } from './findings.js';
import { riskTable } from './risks.js';
import { bullets, cell, facts, inline, linkText, paragraphs, relativePath, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';
import { compareEn } from '../text/collate.js';
import { planEconomy } from './economy.js';

export const plansDocument: DocumentRenderer = {
  name: 'plans',
  audience: 'it-staff',
  titleKey: 'doc.plans',
  descriptionKey: 'doc.plans.description',
  entry: PATHS.plans,
  render: renderPlans,
};

export function renderPlans(ctx: RenderContext): Page[] {
  const findings = planFindings(ctx);
  const plans = validRecords(ctx.model, 'plan').sort((a, b) => b.data.year - a.data.year || ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  const pages = [renderSummary(ctx, plans, findings)];
  for (const plan of plans)
    pages.push(
      renderPlan(
        ctx,
        plan,
        findings.filter((f) => f.record === plan),
      ),
    );
  return pages;
}

function nav(ctx: RenderContext, from: string, withSummary: boolean): string {
  const parts = [`[${linkText(ctx.t('nav.home'))}](${relativePath(from, PATHS.index)})`];
  if (withSummary) parts.push(`[${linkText(ctx.t('doc.plans'))}](${relativePath(from, PATHS.plans)})`);
  return parts.join(' › ');
}

function findingSubject(ctx: RenderContext, from: string, f: PlanFinding): string {
  if (f.record.kind === 'system') return systemLink(ctx, from, f.record.id);
  const plan = f.record as ValidRecord<'plan'>;
  return `[${linkText(plan.data.name)}](${relativePath(from, PATHS.plan(plan.id))})`;
}

function findingsTable(ctx: RenderContext, from: string, findings: readonly PlanFinding[]): string {
  const { t } = ctx;
  return table(
    [t('plans.finding.severity'), t('plans.finding.subject'), t('plans.finding.problem')],
    findings.map((f) => [cell(t(`severity.${f.severity}`)), findingSubject(ctx, from, f), cell(f.text)]),
  );
}

function renderSummary(ctx: RenderContext, plans: readonly ValidRecord<'plan'>[], findings: readonly PlanFinding[]): Page {
  const { t, fmt } = ctx;
  const year = ctx.model.config.planningYear;
  const path = PATHS.plans;
  const title = t('doc.plans');
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(nav(ctx, path, false), inline(t('doc.plans.description')));
  page.heading(2, t('plans.summary', { year }));
  page.heading(3, t('plans.findings'));
  page.add(findings.length ? findingsTable(ctx, path, findings) : inline(t('plans.noFindings')));

  const current = plans.filter((p) => p.data.year === year);
  page.heading(3, t('plans.all', { year }));
  page.add(
    current.length
      ? table(
          [
            t('plans.plan'),
            t('field.managedObject'),
            t('plans.systems'),
            t('field.status'),
            t('plans.approved'),
            t('plans.continuityShort'),
            t('plans.lastReviewed'),
            t('plans.lastExercised'),
          ],
          current.map((p) => {
            const c = p.data.continuity;
            return [
              `[${linkText(p.data.name)}](${relativePath(path, PATHS.plan(p.id))})`,
              cell(objectName(ctx.model, p.data.managedObject)),
              fmt.number(p.data.systems.length),
              cell(t(`planStatus.${p.data.status}`)),
              cell(p.data.approved ? fmt.date(p.data.approved.date) : undefined),
              cell(t(c ? 'common.yes' : 'common.no')),
              cell(c ? (c.lastReviewed ? fmt.date(c.lastReviewed) : t('plans.never')) : undefined),
              cell(c ? (c.lastExercised ? fmt.date(c.lastExercised) : t('plans.never')) : undefined),
            ];
          }),
        )
      : inline(t('plans.none')),
  );
  const other = plans.filter((p) => p.data.year !== year);
  if (other.length) {
    page.heading(2, t('plans.other'));
    page.add(
      table(
        [t('plans.plan'), t('field.year'), t('field.managedObject'), t('field.status')],
        other.map((p) => [
          `[${linkText(p.data.name)}](${relativePath(path, PATHS.plan(p.id))})`,
          String(p.data.year),
          cell(objectName(ctx.model, p.data.managedObject)),
          cell(t(`planStatus.${p.data.status}`)),
        ]),
      ),
    );
  }
  return { path, title, markdown: page.toString() };
}

function renderPlan(ctx: RenderContext, rec: ValidRecord<'plan'>, findings: readonly PlanFinding[]): Page {
  const { t, fmt } = ctx;
  const plan: Plan = rec.data;
  const path = PATHS.plan(rec.id);
  const page = new PageBuilder();
  page.heading(1, plan.name);
  page.add(
    nav(ctx, path, true),
    facts([
      [t('field.managedObject'), inline(objectName(ctx.model, plan.managedObject))],
      [t('field.year'), String(plan.year)],
      [t('field.status'), inline(t(`planStatus.${plan.status}`))],
      // The status says whether the plan is approved; this row says by whom and when.
      [t('plans.approvedBy'), plan.approved ? `${personName(ctx, plan.approved.by)}, ${inline(fmt.date(plan.approved.date))}` : undefined],
    ]),
  );
  if (findings.length) {
    page.heading(2, t('plans.thisPlanFindings'));
    page.add(findingsTable(ctx, path, findings));
  }

  page.heading(2, t('plans.systems'));
  const level = (l: string | undefined) => cell(l ? t(`class.${l as 'none'}`) : undefined);
  page.add(
    table(
      // KLASSA's order: confidentiality, integrity, availability (K-R-T).
      [t('field.system'), t('field.lifecycle'), t('classification.confidentiality'), t('classification.integrity'), t('classification.availability')],
      plan.systems.map((id) => {
        const s = systemRecord(ctx, id);
        return [
          systemLink(ctx, path, id),
          cell(s ? t(`lifecycle.${s.data.lifecycle}`) : undefined),
          level(s?.data.classification?.confidentiality),
          level(s?.data.classification?.integrity),
          level(s?.data.classification?.availability),
        ];
      }),
    ),
  );

  page.heading(2, t('plans.organisation'));
  page.add(
    facts([
      [t('plans.objectOwner'), personContact(ctx, planObjectOwner(ctx.model, rec))],
      [
        t('plans.managementLeads'),
        planManagementLeads(ctx.model, rec)
          .map((id) => personContact(ctx, id))
          .join('; '),
      ],
      [t('plans.stakeholders'), (plan.stakeholders ?? []).map((id) => inline(unitName(ctx, id))).join(', ')],
      [t('plans.forums'), (plan.forums ?? []).map((f) => inline(f)).join(', ')],
    ]) || inline(t('common.none')),
  );

  if (plan.goals?.length) {
    page.heading(2, t('plans.goals'));
    page.add(
      bullets(
        plan.goals.map((g) => {
          const goal = g.goal ? ctx.model.goals.get(g.goal) : undefined;
          return `${inline(g.text)}${g.goal ? ` (${inline(t('plans.directionGoal'))}: ${inline(g.goal)}${goal ? ` ${inline(goal.goal.title)}` : ''})` : ''}`;
        }),
      ),
    );
  }

  planEconomy(ctx, page, rec, path);

  if (plan.activities?.length) {
    page.heading(2, t('plans.activities'));
    const activities = [...plan.activities].sort((a, b) => compareEn(a.quarter ?? '~', b.quarter ?? '~'));
    page.add(
      table(
        [t('plans.quarter'), t('plans.activity'), t('field.description'), t('plans.order'), t('plans.cost')],
        activities.map((a) => [cell(a.quarter), cell(a.name), cell(a.description), cell(a.order), a.cost === undefined ? '–' : fmt.money(a.cost)]),
        ['l', 'l', 'l', 'l', 'r'],
      ),
    );
  }
  if (plan.releasePlan) {
    page.heading(2, t('plans.releasePlan'));
    page.add(paragraphs(plan.releasePlan));
  }
  if (plan.risks?.length) {
    page.heading(2, t('plans.risks'));
    page.add(riskTable(ctx, plan.risks));
  }
  page.heading(2, t('plans.continuity'));
  if (plan.continuity) continuityBlock(ctx, page, plan.continuity);
  else page.add(inline(t('plans.noContinuity')));
  return { path, title: plan.name, markdown: page.toString() };
}

function continuityBlock(ctx: RenderContext, page: PageBuilder, c: Continuity): void {
  const { t, fmt } = ctx;
  const hours = (n: number | undefined) => (n === undefined ? undefined : inline(t('plans.hours', { n })));
  page.add(
    facts([
      [t('plans.maxOutage'), hours(c.maxTolerableOutageHours)],
      [t('plans.rto'), hours(c.recoveryTimeHours)],
      [t('plans.rpo'), hours(c.recoveryPointHours)],
      [t('plans.lastReviewed'), inline(c.lastReviewed ? fmt.date(c.lastReviewed) : t('plans.never'))],
      [t('plans.lastExercised'), inline(c.lastExercised ? fmt.date(c.lastExercised) : t('plans.never'))],
    ]),
  );
  if (c.scenarios?.length) {
    page.heading(3, t('plans.scenarios'));
    page.add(
      table(
        [t('plans.scenario'), t('field.description'), t('plans.consequence'), t('plans.fallback')],
        c.scenarios.map((s) => [cell(t(`scenario.${s.type}`)), cell(s.description), cell(s.consequence), cell(s.fallback)]),
      ),
    );
  }
  if (c.dependencies?.length) {
    page.heading(3, t('plans.dependencies'));
    page.add(bullets(c.dependencies.map((d) => inline(d))));
  }
  const routines: [string, string | undefined][] = [
    [t('plans.fallbackRoutine'), c.fallbackRoutine],
    [t('plans.recoveryRoutine'), c.recoveryRoutine],
    [t('plans.returnRoutine'), c.returnToNormalRoutine],
  ];
  for (const [label, text] of routines) {
    if (!text) continue;
    page.heading(3, label);
    page.add(paragraphs(text));
  }
}
