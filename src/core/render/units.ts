// The department pages (beställarsida): one page per department (unit kind
// department — the units that order; the IT unit, the ordering function and
// the staff units deliver or support and have no orders of their own) with
// its authorised orderers and IT contact, its orders with status, rank,
// planned quarter and who owns the next step, the systems it owns or uses with
// their management plans, and — internal — its contracts and costs. The same
// overview `styr unit` prints (src/core/query/unit.ts).
import { describeNextStep } from '../orders/next-step.js';
import { departmentUnits, unitOverview } from '../query/unit.js';
import type { UnitOverview } from '../query/unit.js';
import { docLink, PATHS, person, personContact, systemLink, systemRecord, isPublished } from './context.js';
import { costCut } from './economy.js';
import { breadcrumbs, orderText, renderPlan } from './governing.js';
import { cell, facts, inline, linkText, mailto, paragraphs, relativePath, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const UNITS_PATHS = {
  index: 'units/index.md',
  unit: (id: string) => `units/${id}.md`,
} as const;

export const unitsDocument: DocumentRenderer = {
  name: 'units',
  audience: 'public',
  titleKey: 'doc.units',
  descriptionKey: 'doc.units.description',
  entry: UNITS_PATHS.index,
  render: (ctx) => renderUnits(ctx),
};

export function renderUnits(ctx: RenderContext): Page[] {
  const plan = renderPlan(ctx);
  const costs = costCut(ctx, 'unit');
  const overviews = departmentUnits(ctx.model).map((u) => unitOverview(ctx.model, u, ctx.today, plan, costs));
  return [renderIndex(ctx, overviews), ...overviews.map((o) => renderUnitPage(ctx, o))];
}

const active = (o: UnitOverview) => o.orders.filter((x) => x.nextStep !== undefined).length;

function renderIndex(ctx: RenderContext, overviews: readonly UnitOverview[]): Page {
  const { t, fmt } = ctx;
  const path = UNITS_PATHS.index;
  const title = t('doc.units');
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('units.intro', { today: fmt.date(ctx.today) })));
  page.add(
    overviews.length
      ? table(
          [t('units.page'), t('units.orderers'), t('units.itContact'), t('units.activeOrders'), t('units.systemsCount')],
          overviews.map((o) => [
            `[${linkText(o.unit.data.name)}](${relativePath(path, UNITS_PATHS.unit(o.unit.id))})`,
            cell(o.orderers.map((p) => p.name).join(', '), inline(t('units.none'))),
            cell(o.itContact?.name, inline(t('units.none'))),
            fmt.number(active(o)),
            fmt.number(o.systems.length),
          ]),
          ['l', 'l', 'l', 'r', 'r'],
        )
      : inline(t('units.noDepartments')),
  );
  return { path, title, markdown: page.toString() };
}

function renderUnitPage(ctx: RenderContext, o: UnitOverview): Page {
  const { t, fmt } = ctx;
  const unit = o.unit.data;
  const path = UNITS_PATHS.unit(o.unit.id);
  const page = new PageBuilder();
  page.heading(1, unit.name);
  page.add(breadcrumbs(ctx, path, [[t('doc.units'), UNITS_PATHS.index]]));
  if (unit.description) page.add(paragraphs(unit.description));

  // Who orders, and who coordinates the department's IT (report §3).
  page.heading(2, t('units.people'));
  page.add(
    facts([
      [t('units.orderers'), o.orderers.length ? o.orderers.map((p) => personContact(ctx, p.id)).join(', ') : `*${inline(t('units.none'))}*`],
      // The role is the label: the person's title would only repeat it.
      [t('units.itContact'), o.itContact ? nameAndEmail(ctx, o.itContact.id) : `*${inline(t('units.none'))}*`],
      [t('units.manager'), unit.manager ? nameAndEmail(ctx, unit.manager) : undefined],
    ]),
  );

  page.heading(2, t('units.orders'));
  page.add(
    o.orders.length
      ? [
          inline(t('units.ordersNote')),
          // Rank and planned quarter follow the priority score, which weighs
          // internal cost and risk estimates: the public edition leaves them out.
          ctx.audience === 'public'
            ? table(
                [t('order.order'), t('field.status'), t('order.wantedBy'), t('council.nextStep')],
                o.orders.map((x) => [
                  orderText(ctx, x.id),
                  cell(t(`orderStatus.${x.status}`)),
                  cell(x.wantedBy ? fmt.date(x.wantedBy) : undefined),
                  cell(x.nextStep ? describeNextStep(x.nextStep, x.status, ctx.t) : undefined),
                ]),
              )
            : table(
                [t('order.order'), t('field.status'), t('council.rank'), t('units.quarter'), t('order.wantedBy'), t('council.nextStep')],
                o.orders.map((x) => [
                  orderText(ctx, x.id),
                  cell(t(`orderStatus.${x.status}`)),
                  cell(x.rank === undefined ? undefined : fmt.number(x.rank)),
                  cell(x.quarter),
                  cell(x.wantedBy ? fmt.date(x.wantedBy) : undefined),
                  cell(x.nextStep ? describeNextStep(x.nextStep, x.status, ctx.t) : undefined),
                ]),
                ['l', 'l', 'r', 'l', 'l', 'l'],
              ),
        ].join('\n\n')
      : inline(t('units.noOrders')),
  );

  const systems =
    ctx.audience === 'public'
      ? o.systems.filter((s) => {
          const rec = systemRecord(ctx, s.id);
          return rec !== undefined && isPublished(rec);
        })
      : o.systems;
  page.heading(2, t('units.systems'));
  page.add(
    systems.length
      ? table(
          [t('units.system'), t('units.relation'), t('field.lifecycle'), t('units.plan', { year: ctx.model.config.planningYear })],
          systems.map((s) => [
            systemLink(ctx, path, s.id),
            cell(t(`units.relation.${s.relation}`)),
            cell(t(`lifecycle.${s.lifecycle}`)),
            s.plans.length
              ? s.plans.map((p) => `${docLink(ctx, path, 'plans', PATHS.plan(p.id), p.name)} (${inline(t(`planStatus.${p.status}`))})`).join('; ')
              : `*${inline(t('units.noPlan'))}*`,
          ]),
        )
      : inline(t('units.noSystems')),
  );

  // Contracts and money are internal.
  if (ctx.audience !== 'public') {
    page.heading(2, t('units.contracts'));
    page.add(
      o.contracts.length
        ? table(
            [t('contracts.contract'), t('contracts.supplier'), t('units.relation'), t('contracts.currentEnd'), t('contracts.noticeDeadline')],
            o.contracts.map((c) => [
              docLink(ctx, path, 'contracts', PATHS.contract(c.id), c.title),
              cell(c.supplier),
              cell(c.relation === 'shares' && c.share !== undefined ? t('units.contractShare', { share: c.share }) : t(`units.contractRelation.${c.relation}`)),
              cell(fmt.date(c.currentEnd)),
              cell(c.noticeDeadline ? fmt.date(c.noticeDeadline) : undefined),
            ]),
          )
        : inline(t('units.noContracts')),
    );

    const year = ctx.model.config.planningYear;
    page.heading(2, t('units.costs', { year }));
    page.add(
      inline(t('units.costsNote', { year })),
      facts([
        [t('costs.budget'), inline(fmt.money(o.costs.budget))],
        [t('costs.committed'), inline(fmt.money(o.costs.committed))],
        [t('costs.contracts'), inline(fmt.money(o.costs.contracts))],
        [t('costs.overhead'), inline(fmt.money(o.costs.overhead))],
        [t('costs.total'), `**${inline(fmt.money(o.costs.total))}**`],
      ]),
      docLink(ctx, path, 'economy', 'economy/index.md', t('units.seeEconomy')),
    );
  }
  return { path, title: unit.name, markdown: page.toString() };
}

/** A person as "Name (e-mail link)", without the title. */
function nameAndEmail(ctx: RenderContext, id: string): string {
  const p = person(ctx, id);
  if (!p) return inline(id);
  return p.email ? `${inline(p.name)} (${mailto(p.email)})` : inline(p.name);
}
