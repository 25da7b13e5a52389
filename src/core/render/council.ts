// The decision council report (report §6.5.2): one page for the next meeting
// of Beslutsråd IT — orders awaiting a decision with rank and score
// explanation, orders stuck beyond their status limit with who owns the next
// step, recent decisions, contracts whose notice deadline falls before the
// meeting after this one (so this meeting is the last chance to decide), stale
// continuity plans (the validate rules) and vacant key roles. It is a meeting
// document: date, forum, chair, attendees and place come from the meeting's
// decision record, and each order carries the preparer's proposal (förslag
// till beslut), its cost and its yearly consequence.
import { contractTerms } from '../contracts/terms.js';
import { addDaysIso, daysBetween } from '../dates.js';
import type { ValidRecord } from '../model/repository.js';
import type { IsoDate, Order } from '../model/types.js';
import { validRecords } from '../model/repository.js';
import { stuckState } from '../orders/follow-up.js';
import type { Stuck } from '../orders/follow-up.js';
import { AWAITING_DECISION } from '../orders/lifecycle.js';
import { nextStep } from '../orders/next-step.js';
import type { NextStep } from '../orders/next-step.js';
import { rankOrders } from '../orders/ranking.js';
import type { RankedOrder } from '../orders/ranking.js';
import { statusSince } from '../orders/status-time.js';
import { docLink, personName, unitLabel, unitName } from './context.js';
import { planFindings } from './findings.js';
import { councilCosts, financingText } from './economy.js';
import { breadcrumbs, GOVERNING_PATHS, nextCouncilMeeting, orderText, roleLink } from './governing.js';
import { bullets, cell, facts, inline, linkText, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const councilDocument: DocumentRenderer = {
  name: 'council',
  audience: 'it-staff',
  titleKey: 'doc.council',
  descriptionKey: 'doc.council.description',
  entry: GOVERNING_PATHS.council,
  render: (ctx) => [renderCouncilReport(ctx)],
};

/** Decisions this many days before today count as recent. */
export const RECENT_DECISION_DAYS = 90;

/** The orders awaiting a decision (status prepared), ranked as `styr order rank` ranks them. */
export function ordersAwaitingDecision(ctx: RenderContext): RankedOrder[] {
  return rankOrders(ctx.model, AWAITING_DECISION);
}

export function renderCouncilReport(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.council;
  const title = t('doc.council');
  const meeting = nextCouncilMeeting(ctx);
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(
    breadcrumbs(ctx, path),
    inline(meeting ? t('council.meeting', { date: fmt.date(meeting), today: fmt.date(ctx.today) }) : t('council.noMeeting', { today: fmt.date(ctx.today) })),
  );
  const contents = page.placeholder();
  const anchors: [string, string][] = [];
  const section = (text: string) => anchors.push([text, page.heading(2, text)]);

  // 0. The meeting: date, forum, chair, attendees, place.
  if (meeting) {
    section(t('council.meetingFacts'));
    page.add(meetingFacts(ctx, meeting));
  }

  // 1. Orders awaiting a decision.
  const awaiting = ordersAwaitingDecision(ctx);
  section(t('council.awaiting'));
  // Rank and score weigh the internal cost and risk estimates: the public
  // edition lists the orders with the preparer's proposals only.
  if (ctx.audience !== 'public' || !awaiting.length) {
    page.add(
      awaiting.length
        ? table(
            [
              t('council.rank'),
              t('order.order'),
              unitLabel(
                ctx,
                awaiting.map((r) => r.order.unit),
              ),
              t('order.orderer'),
              t('council.score'),
              t('council.legal'),
              t('order.effort'),
              t('order.wantedBy'),
              t('council.preparedSince'),
            ],
            awaiting.map((r) => [
              String(r.rank),
              orderText(ctx, r.order.id),
              cell(unitName(ctx, r.order.unit)),
              personName(ctx, r.order.orderer),
              fmt.number(r.score.score, 1),
              cell(t(r.legal ? 'common.yes' : 'common.no')),
              cell(r.order.estimates?.effortDays !== undefined ? fmt.number(r.order.estimates.effortDays, 1) : r.order.estimates?.size),
              cell(r.order.wantedBy ? fmt.date(r.order.wantedBy) : undefined),
              cell(fmt.date(statusSince(r.order))),
            ]),
            ['r', 'l', 'l', 'l', 'r', 'l', 'r', 'l', 'l'],
          )
        : inline(t('council.noneAwaiting')),
    );
  }
  if (awaiting.length && ctx.audience !== 'public') {
    page.heading(3, t('council.scoreExplanation'));
    page.add(inline(t('council.scoreNote')));
    page.add(
      table(
        [t('order.order'), ...awaiting[0]!.score.factors.map((f) => t(`factor.${f.factor}`)), t('council.score')],
        awaiting.map((r) => [
          inline(r.order.id),
          ...r.score.factors.map(
            (f) => `${fmt.number(f.points, 1)} / ${fmt.number(f.maxPoints, 1)}${f.input === undefined ? ` (${inline(t('council.notEstimated'))})` : ''}`,
          ),
          `**${fmt.number(r.score.score, 1)}**`,
        ]),
        ['l', ...awaiting[0]!.score.factors.map(() => 'r' as const), 'r'],
      ),
    );
  }
  // The preparer's proposal for each order, with what approving it costs.
  if (awaiting.length) {
    page.heading(3, t('council.proposals'));
    page.add(
      proposalTable(
        ctx,
        awaiting.map((r) => r.order),
      ),
    );
  }
  // The kronor behind the cost factor, and the yearly consequence of approving (economy.ts).
  if (awaiting.length && ctx.audience !== 'public') {
    page.heading(3, t('council.costs'));
    page.add(councilCosts(ctx, awaiting));
  }

  // 2. Orders stuck beyond the status limit.
  // The same test as the rule order/status-duration: days against statusLimits, a planned order against its quarter.
  const stuck = validRecords(ctx.model, 'order')
    .map((rec) => ({ rec, stuck: stuckState(rec.data, ctx.model.config, ctx.today), step: nextStep(ctx.model, rec.data, ctx.today) }))
    .filter((x): x is { rec: ValidRecord<'order'>; stuck: Stuck; step: NextStep } => x.stuck !== undefined && x.step !== undefined)
    .map((x) => ({ ...x, days: x.stuck.days, over: x.stuck.kind === 'days' ? x.stuck.days - x.stuck.limit : daysBetween(x.stuck.end, ctx.today) }))
    .sort((a, b) => b.over - a.over || (a.rec.id < b.rec.id ? -1 : 1));
  section(t('council.stuck'));
  page.add(
    stuck.length
      ? table(
          [t('order.order'), t('field.status'), t('council.daysInStatus'), t('council.limit'), t('council.nextStep')],
          stuck.map((x) => [
            orderText(ctx, x.rec.id),
            cell(t(`orderStatus.${x.rec.data.status}`)),
            fmt.number(x.days, 0),
            x.stuck.kind === 'days' ? fmt.number(x.stuck.limit, 0) : cell(x.stuck.quarter),
            cell(stepText(ctx, x.step)),
          ]),
          ['l', 'l', 'r', 'r', 'l'],
        )
      : inline(t('council.noneStuck')),
  );

  // 3. Recent decisions and their outcomes.
  const since = addDaysIso(ctx.today, -RECENT_DECISION_DAYS);
  const decisions = validRecords(ctx.model, 'decision')
    .filter((d) => d.data.date >= since && d.data.date <= ctx.today)
    .sort((a, b) => (a.data.date > b.data.date ? -1 : a.data.date < b.data.date ? 1 : a.id < b.id ? -1 : 1));
  section(t('council.recent', { days: RECENT_DECISION_DAYS }));
  if (!decisions.length) page.add(inline(t('council.noneRecent')));
  for (const d of decisions) {
    page.heading(3, `${fmt.date(d.data.date)} ${d.data.title}`);
    page.add(
      `${inline(t(`forum.${d.data.forum}`))}, ${inline(t(`decisionStatus.${d.data.status}`))}${d.data.chair ? `; ${inline(t('council.chair'))}: ${personName(ctx, d.data.chair)}` : ''}`,
      d.data.orders?.length
        ? table(
            [t('order.order'), t('council.outcome'), t('council.note'), t('council.statusNow')],
            d.data.orders.map((o) => {
              const order = ctx.model.records.order.get(o.order);
              return [
                orderText(ctx, o.order),
                cell(t(`decisionOutcome.${o.outcome}`)),
                cell(o.note),
                cell(order?.valid ? t(`orderStatus.${order.data.status}`) : undefined),
              ];
            }),
          )
        : inline(t('council.noOrders')),
    );
  }

  // Internal: contracts, continuity plans, vacancies and recruitment.
  if (ctx.audience !== 'public') {
    // 4. Contracts whose notice deadline falls before the meeting after this one:
    // this meeting is the last chance to decide on them (a deadline that has
    // passed without a decision is listed too).
    const following = meeting ? followingCouncilMeeting(ctx, meeting) : undefined;
    const lead = ctx.model.config.noticeLeadDays;
    const due = (deadline: string) => (following ? deadline < following : deadline <= addDaysIso(ctx.today, lead));
    const contracts = validRecords(ctx.model, 'contract')
      .map((rec) => ({ rec, terms: contractTerms(rec.data, ctx.today) }))
      .filter((c) => !c.terms.expired && !c.terms.decided && c.terms.noticeDeadline !== undefined && due(c.terms.noticeDeadline))
      .sort((a, b) => (a.terms.noticeDeadline! < b.terms.noticeDeadline! ? -1 : a.terms.noticeDeadline! > b.terms.noticeDeadline! ? 1 : a.rec.id < b.rec.id ? -1 : 1));
    section(t('council.lastChance'));
    page.add(
      inline(
        meeting && following
          ? t('council.lastChanceNote', { date: fmt.date(meeting), next: fmt.date(following) })
          : t('council.lastChanceNoNext', { date: fmt.date(addDaysIso(ctx.today, lead)), days: lead }),
      ),
      contracts.length
        ? table(
            [t('contracts.contract'), t('contracts.supplier'), t('contracts.noticeDeadline'), t('contracts.daysLeft'), t('contracts.currentEnd'), t('field.owner')],
            contracts.map((c) => [
              docLink(ctx, path, 'contracts', `contracts/${c.rec.id}.md`, c.rec.data.title),
              cell(c.rec.data.supplier),
              cell(fmt.date(c.terms.noticeDeadline)),
              cell(fmt.number(c.terms.daysToNoticeDeadline, 0)),
              cell(fmt.date(c.terms.currentEnd)),
              personName(ctx, c.rec.data.owner),
            ]),
            ['l', 'l', 'l', 'r', 'l', 'l'],
          )
        : inline(t('council.noLastChance')),
    );

    // 5. Stale or missing continuity plans, decided by the validate rules.
    const continuity = planFindings(ctx).filter((f) => f.rule.startsWith('continuity/'));
    section(t('council.continuity'));
    page.add(
      continuity.length
        ? table(
            [t('plans.finding.severity'), t('plans.finding.subject'), t('plans.finding.problem')],
            continuity.map((f) => {
              const name = (f.record.data as { name?: string }).name ?? f.record.id;
              const subject = f.record.kind === 'plan' ? docLink(ctx, path, 'plans', `plans/${f.record.id}.md`, name) : inline(name);
              return [cell(t(`severity.${f.severity}`)), subject, cell(f.text)];
            }),
          )
        : inline(t('council.noContinuity')),
    );

    // 6. Vacant key roles.
    const vacant = validRecords(ctx.model, 'role')
      .filter((r) => r.data.key === true && r.data.staffing === 'vacant')
      .sort((a, b) => (a.data.recruitment?.step ?? Infinity) - (b.data.recruitment?.step ?? Infinity) || (a.id < b.id ? -1 : 1));
    section(t('council.vacant'));
    page.add(
      vacant.length
        ? table(
            [t('roles.role'), t('roles.step'), t('roles.recruitment'), t('roles.plannedQuarter'), t('roles.deputy')],
            vacant.map((r) => {
              const rec = r.data.recruitment;
              return [
                roleLink(ctx, path, r.id),
                cell(rec?.step),
                cell(
                  rec
                    ? [rec.form ? t(`recruitmentForm.${rec.form}`) : '', rec.status ? t(`recruitmentStatus.${rec.status}`) : ''].filter((s) => s !== '').join(', ')
                    : t('roles.noRecruitment'),
                ),
                cell(rec?.planned),
                personName(ctx, r.data.deputy),
              ];
            }),
          )
        : inline(t('council.noVacant')),
    );
  }

  contents(bullets(anchors.map(([text, anchor]) => `[${linkText(text)}](#${anchor})`)));
  return { path, title, markdown: page.toString() };
}

function stepText(ctx: RenderContext, step: NextStep): string {
  const { t, fmt } = ctx;
  const kind = t(`step.${step.kind}`);
  const who = step.name ? `${step.name} (${kind})` : kind;
  return step.nextMeeting ? `${who} (${t('council.nextMeeting', { date: fmt.date(step.nextMeeting) })})` : who;
}

/** The council meeting after `meeting`, if one is scheduled. */
export function followingCouncilMeeting(ctx: RenderContext, meeting: IsoDate): IsoDate | undefined {
  return [...(ctx.model.config.councilMeetings ?? [])].sort().find((d) => d > meeting);
}

/** The decision record of a council meeting: the decision council's record dated that day (the first by id). */
export function meetingRecord(ctx: RenderContext, date: IsoDate): ValidRecord<'decision'> | undefined {
  return validRecords(ctx.model, 'decision')
    .filter((d) => d.data.date === date && d.data.forum === 'decision-council')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/** Date, forum, chair, attendees and place of the meeting, from its decision record. */
function meetingFacts(ctx: RenderContext, meeting: IsoDate): string {
  const { t, fmt } = ctx;
  const rec = meetingRecord(ctx, meeting);
  if (!rec) return inline(t('council.noMeetingRecord', { date: fmt.date(meeting) }));
  const d = rec.data;
  return facts([
    [t('council.date'), inline(fmt.date(d.date))],
    [t('council.forum'), inline(t(`forum.${d.forum}`))],
    [t('council.chair'), d.chair ? personName(ctx, d.chair) : undefined],
    [t('council.attendees'), d.attendees?.length ? d.attendees.map((p) => personName(ctx, p)).join(', ') : undefined],
    [t('council.place'), d.place ? inline(d.place) : undefined],
    [t('council.meetingRecord'), inline(`${rec.id} (${t(`decisionStatus.${d.status}`)})`)],
  ]);
}

/** How the council last handled an order without settling it (tabled, referred back), if it did. */
function earlierHandling(ctx: RenderContext, order: string): string | undefined {
  const { t, fmt } = ctx;
  const earlier = validRecords(ctx.model, 'decision')
    .filter((d) => d.data.date <= ctx.today)
    .flatMap((d) => (d.data.orders ?? []).filter((o) => o.order === order && (o.outcome === 'tabled' || o.outcome === 'referred-back')).map((o) => ({ d, o })))
    .sort((a, b) => (a.d.data.date < b.d.data.date ? 1 : a.d.data.date > b.d.data.date ? -1 : a.d.id < b.d.id ? -1 : 1));
  const last = earlier[0];
  return last ? t('council.earlierItem', { outcome: t(`decisionOutcome.${last.o.outcome}`), date: fmt.date(last.d.data.date) }) : undefined;
}

/** One row per order: the proposal as the preparer wrote it ("förslag saknas" when not), earlier handling and, internally, the money. */
function proposalTable(ctx: RenderContext, orders: readonly Order[]): string {
  const { t, fmt } = ctx;
  const money = ctx.audience !== 'public';
  const headers = [t('order.order'), t('council.proposal'), t('council.earlier')];
  if (money) headers.push(t('order.costOneOff'), t('council.yearlyConsequence'), t('council.yearlyFinancing'));
  const rows = orders.map((o) => {
    const row = [inline(o.id), o.proposal ? inline(o.proposal) : `*${inline(t('council.noProposal'))}*`, cell(earlierHandling(ctx, o.id))];
    if (money) {
      const e = o.estimates ?? {};
      row.push(
        e.costOneOff === undefined ? inline(t('council.notEstimated')) : fmt.money(e.costOneOff),
        e.costYearly === undefined ? inline(t('council.notEstimated')) : fmt.money(e.costYearly),
        cell(financingText(ctx, o.yearlyFinancing ?? o.financing)),
      );
    }
    return row;
  });
  return [inline(t(money ? 'council.proposalsNote' : 'council.proposalsNotePublic')), table(headers, rows, money ? ['l', 'l', 'l', 'r', 'r', 'l'] : undefined)].join(
    '\n\n',
  );
}
