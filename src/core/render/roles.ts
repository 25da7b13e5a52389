// Roles and organisation (report §5, §6.6): an organisation chart (Mermaid)
// of the roles by level with their reporting lines, each role's purpose,
// responsibilities and competencies, holders and deputy, by level and unit,
// and the vacancies with their recruitment steps in order.
import type { ValidRecord } from '../model/repository.js';
import { validRecords } from '../model/repository.js';
import type { Role } from '../model/types.js';
import { LEVELS } from '../model/types.js';
import { allDepartments, person, personContact, personName, unitLabel, unitName } from './context.js';
import { breadcrumbs, GOVERNING_PATHS, roleLink } from './governing.js';
import { bullets, cell, facts, inline, paragraphs, table } from './markdown.js';
import { flowchart, mermaidBlock, mermaidId } from './mermaid.js';
import type { FlowEdge, FlowGroup } from './mermaid.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const rolesDocument: DocumentRenderer = {
  name: 'roles',
  audience: 'it-staff',
  titleKey: 'doc.roles',
  descriptionKey: 'doc.roles.description',
  entry: GOVERNING_PATHS.roles,
  render: (ctx) => [renderRoles(ctx)],
};

/** Roles that are not (fully) staffed by their own holders: vacant, interim or partly filled. */
export function isVacancy(role: Role): boolean {
  return role.staffing !== 'filled';
}

/** Vacancies in recruitment-step order (no step last), then key roles first, then name. */
export function vacanciesInStepOrder(ctx: RenderContext): ValidRecord<'role'>[] {
  return validRecords(ctx.model, 'role')
    .filter((r) => isVacancy(r.data))
    .sort(
      (a, b) =>
        (a.data.recruitment?.step ?? Infinity) - (b.data.recruitment?.step ?? Infinity) ||
        Number(b.data.key === true) - Number(a.data.key === true) ||
        ctx.fmt.compare(a.data.name, b.data.name) ||
        (a.id < b.id ? -1 : 1),
    );
}

/** The units a role sits in: its own unit, else the units its holders belong to. */
export function roleUnits(ctx: RenderContext, role: Role): string[] {
  if (role.unit) return [role.unit];
  const units = new Set<string>();
  for (const id of role.holders ?? []) {
    const unit = person(ctx, id)?.unit;
    if (unit) units.add(unit);
  }
  return [...units];
}

// Groups of roles that sit in no single unit: held across the departments,
// across units of several kinds, or with no unit to be found at all.
const IN_DEPARTMENTS = '#departments';
const IN_SEVERAL = '#several';
const NO_UNIT = '#none';
const GROUP_ORDER = [IN_DEPARTMENTS, IN_SEVERAL, NO_UNIT];

function unitGroup(ctx: RenderContext, role: Role): string {
  const units = roleUnits(ctx, role);
  if (units.length === 1) return units[0]!;
  if (units.length === 0) return NO_UNIT;
  return allDepartments(ctx, units) ? IN_DEPARTMENTS : IN_SEVERAL;
}

function groupHeading(ctx: RenderContext, group: string): string {
  if (group === IN_DEPARTMENTS) return ctx.t('roles.inDepartments');
  if (group === IN_SEVERAL) return ctx.t('roles.inSeveralUnits');
  if (group === NO_UNIT) return ctx.t('roles.noUnit');
  return unitName(ctx, group);
}

function staffingText(ctx: RenderContext, role: Role): string {
  // Staffing is internal: a public rendering has none.
  return role.staffing === undefined ? '' : ctx.t(`staffing.${role.staffing}`);
}

function orgChart(ctx: RenderContext, roles: readonly ValidRecord<'role'>[]): string {
  const { t } = ctx;
  const ids = new Set(roles.map((r) => r.id));
  const groups: FlowGroup[] = LEVELS.map((level) => ({
    id: mermaidId('level', level),
    label: t(`level.${level}`),
    nodes: roles
      .filter((r) => r.data.level === level)
      .map((r) => {
        const holders = (r.data.holders ?? []).map((p) => personName(ctx, p)).join(', ');
        const unit = r.data.unit ? ctx.model.records.unit.get(r.data.unit) : undefined;
        const short = unit?.valid ? (unit.data.shortName ?? unit.data.name) : r.data.unit;
        const who = r.data.staffing === 'filled' || r.data.staffing === undefined ? holders : `${staffingText(ctx, r.data)}${holders ? `: ${holders}` : ''}`;
        return {
          id: mermaidId('r', r.id),
          label: [r.data.name, short ? `(${short})` : '', who ? `– ${who}` : ''].filter((s) => s !== '').join(' '),
          ...(r.data.staffing === undefined ? {} : { className: r.data.staffing === 'filled' ? 'filled' : r.data.staffing === 'vacant' ? 'vacant' : 'partly' }),
        };
      }),
  })).filter((g) => g.nodes.length > 0);
  const edges: FlowEdge[] = roles
    .filter((r) => r.data.reportsTo !== undefined && ids.has(r.data.reportsTo))
    .map((r) => ({ from: mermaidId('r', r.data.reportsTo!), to: mermaidId('r', r.id), style: 'solid', both: false }));
  return flowchart(
    groups,
    [],
    edges,
    {
      filled: 'fill:#eef6ee,stroke:#2e7d32',
      partly: 'fill:#fff8e1,stroke:#f9a825',
      vacant: 'fill:#fdecea,stroke:#c62828,stroke-dasharray:4 3',
      // Without reporting lines, each level's box lays its roles out across the chart's direction: top to bottom stacks the boxes and keeps it narrow.
    },
    edges.length ? 'narrow' : 'TB',
  );
}

export function renderRoles(ctx: RenderContext): Page {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.roles;
  const title = t('doc.roles');
  const roles = validRecords(ctx.model, 'role').sort((a, b) => ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(breadcrumbs(ctx, path), inline(t('doc.roles.description')));
  if (!roles.length) {
    page.add(inline(t('roles.none')));
    return { path, title, markdown: page.toString() };
  }

  // Left to right: a level's roles stand one under the other, so the chart grows downwards, not too wide to read (measured in test/e2e/render-diagrams.test.ts).
  page.heading(2, t('roles.chart'));
  const fillChart = page.placeholder();
  if (ctx.audience !== 'public') page.add(inline(t('roles.chartLegend')));

  // Vacancies and recruitment are internal.
  if (ctx.audience !== 'public') {
    page.heading(2, t('roles.vacancies'));
    const vacancies = vacanciesInStepOrder(ctx);
    page.add(
      vacancies.length
        ? table(
            [
              t('roles.step'),
              t('roles.role'),
              t('roles.staffing'),
              t('roles.key'),
              t('roles.form'),
              t('roles.recruitmentStatus'),
              t('roles.plannedQuarter'),
              t('roles.note'),
            ],
            vacancies.map((r) => {
              const rec = r.data.recruitment;
              return [
                cell(rec?.step),
                roleLink(ctx, path, r.id),
                cell(staffingText(ctx, r.data)),
                cell(t(r.data.key ? 'common.yes' : 'common.no')),
                cell(rec?.form ? t(`recruitmentForm.${rec.form}`) : undefined),
                cell(rec?.status ? t(`recruitmentStatus.${rec.status}`) : t('roles.noRecruitment')),
                cell(rec?.planned),
                cell(rec?.note),
              ];
            }),
            ['r', 'l', 'l', 'l', 'l', 'l', 'l', 'l'],
          )
        : inline(t('roles.noVacancies')),
    );
  }

  // The chart's facts in text: each role's section under its level, the first level linked from the caption.
  let firstLevel: { anchor: string; heading: string } | undefined;
  for (const level of LEVELS) {
    const atLevel = roles.filter((r) => r.data.level === level);
    if (!atLevel.length) continue;
    const anchor = page.heading(2, t(`level.${level}.heading`));
    firstLevel ??= { anchor, heading: t(`level.${level}.heading`) };
    const groupOf = new Map(atLevel.map((r) => [r.id, unitGroup(ctx, r.data)]));
    const rank = (g: string) => GROUP_ORDER.indexOf(g);
    const groups = [...new Set(groupOf.values())].sort((a, b) => rank(a) - rank(b) || fmt.compare(unitName(ctx, a), unitName(ctx, b)));
    for (const group of groups) {
      page.heading(3, groupHeading(ctx, group));
      for (const r of atLevel.filter((x) => groupOf.get(x.id) === group)) roleSection(ctx, page, r);
    }
  }
  fillChart(
    mermaidBlock(orgChart(ctx, roles), {
      caption: t('figure.orgChart'),
      ...(firstLevel ? { table: { href: `#${firstLevel.anchor}`, label: t('figure.table', { table: firstLevel.heading }) } } : {}),
    }),
  );
  return { path, title, markdown: page.toString() };
}

function roleSection(ctx: RenderContext, page: PageBuilder, rec: ValidRecord<'role'>): void {
  const { t, fmt } = ctx;
  const path = GOVERNING_PATHS.roles;
  const role = rec.data;
  // A role held across several units names them (its heading cannot).
  const units = role.unit ? [] : roleUnits(ctx, role);
  page.heading(4, role.name);
  page.add(
    paragraphs(role.purpose),
    facts([
      [t('roles.side'), inline(t(`side.${role.side}`))],
      [
        unitLabel(ctx, units, true),
        units.length > 1
          ? units
              .map((u) => unitName(ctx, u))
              .sort(fmt.compare)
              .map(inline)
              .join(', ')
          : undefined,
      ],
      [t('roles.key'), role.key ? inline(t('common.yes')) : undefined],
      [t('roles.reportsTo'), role.reportsTo ? roleLink(ctx, path, role.reportsTo) : undefined],
      [t('roles.staffing'), role.staffing === undefined ? undefined : inline(staffingText(ctx, role))],
      [t('roles.fte'), role.fte === undefined ? undefined : inline(fmt.number(role.fte))],
      [t('roles.holders'), (role.holders ?? []).map((p) => personContact(ctx, p)).join('; ') || inline(t('roles.noHolders'))],
      [t('roles.deputy'), personContact(ctx, role.deputy)],
      [
        t('roles.recruitment'),
        role.recruitment
          ? inline(
              [
                role.recruitment.step !== undefined ? t('roles.stepN', { n: role.recruitment.step }) : '',
                role.recruitment.form ? t(`recruitmentForm.${role.recruitment.form}`) : '',
                role.recruitment.status ? t(`recruitmentStatus.${role.recruitment.status}`) : '',
                role.recruitment.planned ?? '',
              ]
                .filter((s) => s !== '')
                .join(', '),
            )
          : undefined,
      ],
    ]),
  );
  if (role.responsibilities?.length) page.add(`**${inline(t('roles.responsibilities'))}**`, bullets(role.responsibilities.map((r) => inline(r))));
  if (role.competencies?.length) page.add(`**${inline(t('roles.competencies'))}**`, bullets(role.competencies.map((c) => inline(c))));
}
