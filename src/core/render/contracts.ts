// Contracts and licences (report §6.5.10–6.5.12): every contract with its
// current end date and notice deadline (from contractTerms, renewals
// included) sorted by urgency; licences bought vs used; yearly cost per
// supplier and per department by cost allocation, unallocated shown as such.
import { compareUrgency, contractTerms } from '../contracts/terms.js';
import { allocate, objectUnitWeights } from '../costs/index.js';
import { allocationTable } from './economy.js';
import type { ContractTerms } from '../contracts/terms.js';
import { validRecords } from '../model/repository.js';
import type { ValidRecord } from '../model/repository.js';
import { PATHS, allDepartments, personContact, systemLink, unitLabel, unitName } from './context.js';
import { bullets, cell, facts, inline, linkText, relativePath, table } from './markdown.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const contractsDocument: DocumentRenderer = {
  name: 'contracts',
  audience: 'it-staff',
  titleKey: 'doc.contracts',
  descriptionKey: 'doc.contracts.description',
  entry: PATHS.contracts,
  render: renderContracts,
};

export interface ContractRow {
  rec: ValidRecord<'contract'>;
  terms: ContractTerms;
}

/**
 * Running contracts by urgency: fewest days to the notice deadline first (a
 * passed deadline is negative, so it comes first); ties by end date, then id.
 */
export function contractsByUrgency(model: RenderContext['model'], today: string): { running: ContractRow[]; ended: ContractRow[] } {
  const rows = validRecords(model, 'contract').map((rec) => ({ rec, terms: contractTerms(rec.data, today) }));
  const running = rows.filter((r) => !r.terms.expired).sort((a, b) => compareUrgency(a.terms, b.terms) || (a.rec.id < b.rec.id ? -1 : 1));
  const ended = rows
    .filter((r) => r.terms.expired)
    .sort((a, b) => (a.terms.currentEnd > b.terms.currentEnd ? -1 : a.terms.currentEnd < b.terms.currentEnd ? 1 : a.rec.id < b.rec.id ? -1 : 1));
  return { running, ended };
}

function state(ctx: RenderContext, row: ContractRow): string {
  const { t } = ctx;
  const { terms, rec } = row;
  if (terms.expired) return t('contracts.state.ended');
  if (terms.endsByDecision !== undefined) return t('contracts.endsByDecision', { end: ctx.fmt.date(terms.endsByDecision) });
  if (terms.decided && rec.data.noticeDecision) return t('contracts.state.decided', { outcome: t(`outcome.${rec.data.noticeDecision.outcome}`) });
  const days = terms.daysToNoticeDeadline;
  if (days === undefined) return t('common.none');
  if (days < 0) return t('contracts.state.passed');
  if (days <= ctx.model.config.noticeLeadDays) return t('contracts.state.soon', { days: ctx.model.config.noticeLeadDays });
  return t('contracts.state.ok');
}

function contractTitle(ctx: RenderContext, rec: ValidRecord<'contract'>): string {
  return `${rec.data.title}${rec.data.internal ? ` (${ctx.t('common.internal')})` : ''}`;
}

export function renderContracts(ctx: RenderContext): Page[] {
  const { running, ended } = contractsByUrgency(ctx.model, ctx.today);
  const pages = [renderIndex(ctx, running, ended)];
  for (const row of [...running, ...ended].sort((a, b) => (a.rec.id < b.rec.id ? -1 : 1))) pages.push(renderContract(ctx, row));
  return pages;
}

function renderIndex(ctx: RenderContext, running: readonly ContractRow[], ended: readonly ContractRow[]): Page {
  const { t, fmt } = ctx;
  const path = PATHS.contracts;
  const title = t('doc.contracts');
  const page = new PageBuilder();
  const here = (rec: ValidRecord<'contract'>) => `[${linkText(contractTitle(ctx, rec))}](${relativePath(path, PATHS.contract(rec.id))})`;
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(`[${linkText(t('nav.home'))}](${relativePath(path, PATHS.index)})`, inline(t('doc.contracts.description')));

  page.heading(2, t('contracts.byUrgency'));
  page.add(
    inline(t('contracts.urgencyNote', { date: fmt.date(ctx.today) })),
    running.length
      ? table(
          [
            t('contracts.contract'),
            t('contracts.number'),
            t('contracts.supplier'),
            t('contracts.currentEnd'),
            t('contracts.noticeDeadline'),
            t('contracts.daysLeft'),
            t('contracts.state'),
          ],
          running.map((r) => [
            here(r.rec),
            cell(r.rec.data.number),
            cell(r.rec.data.supplier),
            cell(fmt.date(r.terms.currentEnd)),
            cell(fmt.date(r.terms.noticeDeadline)),
            cell(fmt.number(r.terms.daysToNoticeDeadline, 0)),
            cell(state(ctx, r)),
          ]),
          ['l', 'l', 'l', 'l', 'l', 'r', 'l'],
        )
      : inline(t('contracts.none')),
  );
  if (ended.length) {
    page.heading(2, t('contracts.ended'));
    page.add(
      table(
        [t('contracts.contract'), t('contracts.number'), t('contracts.supplier'), t('contracts.endedOn')],
        ended.map((r) => [here(r.rec), cell(r.rec.data.number), cell(r.rec.data.supplier), cell(fmt.date(r.terms.currentEnd))]),
      ),
    );
  }

  page.heading(2, t('contracts.licences'));
  const licenceRows: string[][] = [];
  for (const r of [...running, ...ended].sort((a, b) => fmt.compare(a.rec.data.title, b.rec.data.title) || (a.rec.id < b.rec.id ? -1 : 1))) {
    for (const l of r.rec.data.licences ?? []) licenceRows.push(licenceRow(ctx, l, here(r.rec)));
  }
  page.add(licenceRows.length ? table(licenceHeaders(t), licenceRows, ['l', 'l', 'l', 'r', 'r', 'r', 'l']) : inline(t('contracts.noLicences')));

  const costs = yearlyCosts(running, (object) => objectUnitWeights(ctx.model, object, Number(ctx.today.slice(0, 4))));
  page.heading(2, t('contracts.costPerSupplier'));
  page.add(
    inline(t('contracts.costNote')),
    table(
      [t('contracts.supplier'), t('contracts.contracts'), t('contracts.yearlyCost')],
      [
        ...[...costs.bySupplier.entries()]
          .sort(([a, x], [b, y]) => y.cost - x.cost || fmt.compare(a, b))
          .map(([supplier, x]) => [cell(supplier), fmt.number(x.count), fmt.money(x.cost)]),
        [`**${inline(t('common.total'))}**`, fmt.number(running.length), `**${fmt.money(costs.total)}**`],
      ],
      ['l', 'r', 'r'],
    ),
  );
  const onlyDepartments = allDepartments(ctx, costs.byUnit.keys());
  page.heading(2, t(onlyDepartments ? 'contracts.costPerDepartment' : 'contracts.costPerUnit'));
  const departmentRows = [...costs.byUnit.entries()]
    .map(([unit, cost]) => [unitName(ctx, unit), cost] as const)
    .sort(([a, x], [b, y]) => y - x || fmt.compare(a, b))
    .map(([name, cost]) => [cell(name), fmt.money(cost), fmt.percent(costs.total ? (cost / costs.total) * 100 : undefined)]);
  if (costs.unallocated > 0 || departmentRows.length === 0) {
    departmentRows.push([
      `*${inline(t('contracts.unallocated'))}*`,
      fmt.money(costs.unallocated),
      fmt.percent(costs.total ? (costs.unallocated / costs.total) * 100 : undefined),
    ]);
  }
  departmentRows.push([`**${inline(t('common.total'))}**`, `**${fmt.money(costs.total)}**`, costs.total ? fmt.percent(100) : '–']);
  page.add(table([t(onlyDepartments ? 'field.department' : 'field.unit'), t('contracts.yearlyCost'), t('contracts.share')], departmentRows, ['l', 'r', 'r']));
  return { path, title, markdown: page.toString() };
}

function licenceRow(ctx: RenderContext, l: NonNullable<ValidRecord<'contract'>['data']['licences']>[number], contract: string): string[] {
  const { t, fmt } = ctx;
  const over = l.used !== undefined && l.used > l.quantity;
  return [
    contract,
    cell(l.product),
    cell(t(`metric.${l.metric}`)),
    fmt.number(l.quantity, 0),
    l.used === undefined ? '–' : `${fmt.number(l.used, 0)}${over ? ` (${inline(t('contracts.overuse'))})` : ''}`,
    l.used === undefined || l.quantity === 0 ? '–' : fmt.percent((l.used / l.quantity) * 100),
    cell(l.perpetual ? t('contracts.perpetual') : l.endDate ? fmt.date(l.endDate) : undefined),
  ];
}

export interface YearlyCosts {
  total: number;
  bySupplier: Map<string, { cost: number; count: number }>;
  byUnit: Map<string, number>;
  unallocated: number;
}

/** Yearly cost of running contracts, per supplier and per unit (cost allocation shares, in percent). */
export function yearlyCosts(running: readonly ContractRow[], objectUnits?: (object: string) => ReadonlyMap<string, number>): YearlyCosts {
  const out: YearlyCosts = { total: 0, bySupplier: new Map(), byUnit: new Map(), unallocated: 0 };
  for (const { rec } of running) {
    const cost = rec.data.yearlyCost ?? 0;
    out.total += cost;
    const s = out.bySupplier.get(rec.data.supplier) ?? { cost: 0, count: 0 };
    s.cost += cost;
    s.count += 1;
    out.bySupplier.set(rec.data.supplier, s);
    // Parts allocated to a managed object follow its management plan's allocation (src/core/costs).
    let allocated = 0;
    const a = allocate(rec.data.allocationKey, rec.data.costAllocation);
    for (const part of a.parts) {
      const units = part.recipient.kind === 'unit' ? new Map([[part.recipient.id, 1]]) : (objectUnits?.(part.recipient.id) ?? new Map<string, number>());
      for (const [unit, w] of units) {
        if (unit === '') continue;
        allocated += cost * part.fraction * w;
        out.byUnit.set(unit, (out.byUnit.get(unit) ?? 0) + cost * part.fraction * w);
      }
    }
    // Shares that add up to more than 100 % are a data problem; never show negative unallocated cost.
    out.unallocated += Math.max(0, cost - allocated);
  }
  return out;
}

function renderContract(ctx: RenderContext, row: ContractRow): Page {
  const { t, fmt } = ctx;
  const { rec, terms } = row;
  const c = rec.data;
  const path = PATHS.contract(rec.id);
  const page = new PageBuilder();
  page.heading(1, contractTitle(ctx, rec));
  page.add([`[${linkText(t('nav.home'))}](${relativePath(path, PATHS.index)})`, `[${linkText(t('doc.contracts'))}](${relativePath(path, PATHS.contracts)})`].join(' › '));
  if (c.internal) page.add(`*${inline(t('contracts.internalNote'))}*`);
  const renewal =
    c.renewal && c.renewal.type !== 'none'
      ? `${t(`contracts.renewal.${c.renewal.type}`, { months: c.renewal.periodMonths ?? c.initialTermMonths })}${c.renewal.maxRenewals !== undefined ? `, ${t('contracts.maxRenewals', { n: c.renewal.maxRenewals })}` : ''}`
      : t('contracts.renewal.none');
  const decision = c.noticeDecision
    ? `${t(`outcome.${c.noticeDecision.outcome}`)}${c.noticeDecision.date ? ` (${fmt.date(c.noticeDecision.date)})` : ''}${c.noticeDecision.decision ? `, ${c.noticeDecision.decision}` : ''}`
    : undefined;
  page.add(
    facts([
      [t('contracts.number'), inline(c.number)],
      [t('contracts.supplier'), inline(c.supplier)],
      [t('contracts.procurementRef'), inline(c.procurementRef)],
      [unitLabel(ctx, [c.unit]), inline(unitName(ctx, c.unit))],
      [t('field.owner'), personContact(ctx, c.owner)],
      [t('contracts.start'), inline(fmt.date(c.start))],
      [t('contracts.initialTerm'), inline(t('contracts.months', { n: c.initialTermMonths }))],
      [t('contracts.renewal'), inline(renewal)],
      [t('contracts.renewalsSoFar'), terms.renewals ? fmt.number(terms.renewals) : undefined],
      [t('contracts.latestEnd'), c.latestEnd ? inline(fmt.date(c.latestEnd)) : undefined],
      [terms.expired ? t('contracts.endedOn') : t('contracts.currentEnd'), inline(fmt.date(terms.currentEnd))],
      [t('contracts.noticePeriod'), c.noticeMonths === undefined ? undefined : inline(t('contracts.months', { n: c.noticeMonths }))],
      [t('contracts.noticeDeadline'), terms.noticeDeadline ? inline(fmt.date(terms.noticeDeadline)) : undefined],
      [t('contracts.daysLeft'), terms.daysToNoticeDeadline === undefined || terms.expired ? undefined : inline(fmt.number(terms.daysToNoticeDeadline, 0))],
      [t('contracts.state'), inline(state(ctx, row))],
      [t('contracts.noticeDecision'), decision ? inline(decision) : undefined],
      [t('contracts.dpa'), c.dataProcessingAgreement === undefined ? undefined : inline(t(c.dataProcessingAgreement ? 'common.yes' : 'common.no'))],
      [t('contracts.yearlyCost'), c.yearlyCost === undefined ? undefined : inline(fmt.money(c.yearlyCost))],
    ]),
  );
  if (c.systems?.length) {
    page.heading(2, t('plans.systems'));
    page.add(bullets([...new Set(c.systems)].map((id) => systemLink(ctx, path, id))));
  }
  if (c.licences?.length) {
    page.heading(2, t('contracts.licences'));
    page.add(
      table(
        licenceHeaders(t),
        c.licences.map((l) => licenceRow(ctx, l, inline(c.number))),
        ['l', 'l', 'l', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (c.costAllocation?.length) {
    page.heading(2, t('contracts.costAllocation'));
    page.add(allocationTable(ctx, path, c.yearlyCost, allocate(c.allocationKey, c.costAllocation), c.allocationMeasure));
  }
  return { path, title: contractTitle(ctx, rec), markdown: page.toString() };
}

/** The columns of a licence table: the summary's and a contract page's. */
function licenceHeaders(t: RenderContext['t']): string[] {
  return [
    t('contracts.contract'),
    t('contracts.product'),
    t('contracts.metric'),
    t('contracts.quantity'),
    t('contracts.used'),
    t('contracts.utilisation'),
    t('contracts.licenceEnd'),
  ];
}
