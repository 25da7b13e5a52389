// The service catalog for the intranet (report §6.5.5, §6.5.11): an index by
// service area, department and business area, one page per service and per
// system. Published data only: internal records and internal notes,
// information classification, contract costs and continuity details stay out.
import { plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import { integrationLinks, inverseDirection } from '../query/systems.js';
import type { ValidRecord } from '../model/repository.js';
import type { Integration, IntegrationDirection, Kpi, KpiMeasurement, Service, Sla, SlaTargetKind, System } from '../model/types.js';
import { SLA_TARGET_KINDS } from '../model/types.js';
import { PATHS, allDepartments, docLink, isPublished, person, personContact, personName, systemLink, unitLabel, unitName } from './context.js';
import { bullets, cell, facts, inline, linkText, link, mailto, paragraphs, relativePath, table } from './markdown.js';
import { objectLink } from './objects.js';
import { flowchart, mermaidBlock, mermaidId } from './mermaid.js';
import type { FlowEdge } from './mermaid.js';
import { PageBuilder, excerpt } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const catalogDocument: DocumentRenderer = {
  name: 'catalog',
  audience: 'public',
  titleKey: 'doc.catalog',
  descriptionKey: 'doc.catalog.description',
  entry: PATHS.catalog,
  render: renderCatalog,
};

interface Published {
  services: ValidRecord<'service'>[];
  systems: ValidRecord<'system'>[];
  /** Services (published) by system id. */
  servicesBySystem: Map<string, ValidRecord<'service'>[]>;
  /** Management plans of the planning year by system id. */
  plansBySystem: Map<string, ValidRecord<'plan'>[]>;
  integrations: Map<string, SystemIntegration[]>;
}

function published(ctx: RenderContext): Published {
  const byName = <T extends { id: string; data: { name: string } }>(a: T, b: T) => ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1);
  const services = validRecords(ctx.model, 'service').filter(isPublished).sort(byName);
  const systems = validRecords(ctx.model, 'system').filter(isPublished).sort(byName);
  const servicesBySystem = new Map<string, ValidRecord<'service'>[]>();
  for (const service of services) {
    for (const id of new Set(service.data.systems ?? [])) {
      const list = servicesBySystem.get(id) ?? [];
      list.push(service);
      servicesBySystem.set(id, list);
    }
  }
  return { services, systems, servicesBySystem, plansBySystem: plansBySystem(ctx.model, ctx.model.config.planningYear), integrations: integrationsBySystem(ctx) };
}

export function renderCatalog(ctx: RenderContext): Page[] {
  const data = published(ctx);
  const index = renderIndex(ctx, data);
  const pages: Page[] = [index.page];
  for (const service of data.services) pages.push(renderService(ctx, service, index.areaAnchors));
  for (const system of data.systems) pages.push(renderSystem(ctx, system, data));
  return pages;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string[], compare: (a: string, b: string) => number): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) {
      const list = groups.get(k) ?? [];
      list.push(item);
      groups.set(k, list);
    }
  }
  return [...groups.entries()].sort(([a], [b]) => compare(a, b));
}

function backLinks(ctx: RenderContext, from: string): string {
  return `[${linkText(ctx.t('nav.home'))}](${relativePath(from, PATHS.index)}) › [${linkText(ctx.t('doc.catalog'))}](${relativePath(from, PATHS.catalog)})`;
}

function renderIndex(ctx: RenderContext, data: Published): { page: Page; areaAnchors: Map<string, string> } {
  const { t, fmt } = ctx;
  const path = PATHS.catalog;
  const title = t('doc.catalog');
  const page = new PageBuilder();
  page.heading(1, `${title} – ${ctx.model.config.organisation}`);
  page.add(`[${linkText(t('nav.home'))}](${relativePath(path, PATHS.index)})`, inline(t('doc.catalog.description')));
  if (data.services.length === 0 && data.systems.length === 0) {
    page.add(inline(t('catalog.empty')));
    return { page: { path, title, markdown: page.toString() }, areaAnchors: new Map() };
  }
  page.heading(2, t('catalog.contents'));
  const toc = page.placeholder();
  const tocLines: string[] = [];
  const areaAnchors = new Map<string, string>();
  const serviceLink = (s: ValidRecord<'service'>) => `[${linkText(s.data.name)}](${relativePath(path, PATHS.catalogService(s.id))})`;
  const systemLinkHere = (s: ValidRecord<'system'>) => `[${linkText(s.data.name)}](${relativePath(path, PATHS.catalogSystem(s.id))})`;

  if (data.services.length) {
    const anchor = page.heading(2, t('catalog.byArea'));
    tocLines.push(`- [${linkText(t('catalog.byArea'))}](#${anchor})`);
    for (const [area, services] of groupBy(data.services, (s) => [s.data.area], fmt.compare)) {
      const a = page.heading(3, area);
      areaAnchors.set(area, a);
      tocLines.push(`  - [${linkText(area)}](#${a})`);
      page.add(
        table(
          [t('field.service'), t('field.description'), t('field.status'), t('field.audience')],
          services.map((s) => [serviceLink(s), cell(excerpt(s.data.description)), cell(t(`serviceStatus.${s.data.status}`)), cell(s.data.audience)]),
        ),
      );
    }
  }

  // "Per förvaltning" only when every unit grouped by is a department.
  const onlyDepartments = allDepartments(ctx, [...data.services.flatMap((s) => s.data.departments ?? []), ...data.systems.map((s) => s.data.unit)]);
  const noDepartment = t(onlyDepartments ? 'catalog.noDepartment' : 'catalog.noUnit');
  const byUnitHeading = t(onlyDepartments ? 'catalog.byDepartment' : 'catalog.byUnit');
  const departmentKey = (ids: readonly string[] | undefined) => (ids && ids.length ? [...new Set(ids.map((id) => unitName(ctx, id)))] : [noDepartment]);
  const byDepartment = new Map<string, { services: ValidRecord<'service'>[]; systems: ValidRecord<'system'>[] }>();
  for (const s of data.services)
    for (const d of departmentKey(s.data.departments)) (byDepartment.get(d) ?? byDepartment.set(d, { services: [], systems: [] }).get(d)!).services.push(s);
  for (const s of data.systems)
    for (const d of departmentKey(s.data.unit ? [s.data.unit] : undefined))
      (byDepartment.get(d) ?? byDepartment.set(d, { services: [], systems: [] }).get(d)!).systems.push(s);
  const departments = [...byDepartment.entries()].sort(([a], [b]) => (a === noDepartment ? 1 : b === noDepartment ? -1 : fmt.compare(a, b)));
  if (departments.length) {
    const anchor = page.heading(2, byUnitHeading);
    tocLines.push(`- [${linkText(byUnitHeading)}](#${anchor})`);
    for (const [department, entry] of departments) {
      const a = page.heading(3, department);
      tocLines.push(`  - [${linkText(department)}](#${a})`);
      page.add(
        facts([
          [t('catalog.services'), entry.services.map(serviceLink).join(', ') || undefined],
          [t('catalog.systems'), entry.systems.map(systemLinkHere).join(', ') || undefined],
        ]),
      );
    }
  }

  if (data.systems.length) {
    const unitColumn = unitLabel(
      ctx,
      data.systems.map((s) => s.data.unit),
    );
    const anchor = page.heading(2, t('catalog.systemsByArea'));
    tocLines.push(`- [${linkText(t('catalog.systemsByArea'))}](#${anchor})`);
    for (const [area, systems] of groupBy(data.systems, (s) => [s.data.businessArea], fmt.compare)) {
      const a = page.heading(3, area);
      tocLines.push(`  - [${linkText(area)}](#${a})`);
      page.add(
        table(
          [t('field.system'), t('field.description'), t('field.lifecycle'), unitColumn],
          systems.map((s) => [systemLinkHere(s), cell(excerpt(s.data.description)), cell(t(`lifecycle.${s.data.lifecycle}`)), cell(unitName(ctx, s.data.unit))]),
        ),
      );
    }
  }
  toc(tocLines.join('\n'));
  return { page: { path, title, markdown: page.toString() }, areaAnchors };
}

function contactsTable(ctx: RenderContext, rows: readonly (readonly [string, string | undefined])[]): string {
  const { t } = ctx;
  const body = rows
    .filter(([, id]) => id)
    .map(([about, id]) => {
      const p = person(ctx, id);
      return [personName(ctx, id), cell(about), p ? mailto(p.email) || '–' : '–', cell(p?.phone)];
    });
  if (!body.length) return '';
  const headers = [t('field.name'), t('field.about'), t('field.email'), t('field.phone')];
  // Personal e-mail and phone are internal: a public page leaves out the columns it has nothing in.
  const shown = headers.map((_h, i) => ctx.audience !== 'public' || i < 2 || body.some((row) => row[i] !== '–' && row[i] !== ''));
  return table(
    headers.filter((_h, i) => shown[i]),
    body.map((row) => row.filter((_c, i) => shown[i])),
  );
}

function renderService(ctx: RenderContext, rec: ValidRecord<'service'>, areaAnchors: Map<string, string>): Page {
  const { t } = ctx;
  const service: Service = rec.data;
  const path = PATHS.catalogService(rec.id);
  const page = new PageBuilder();
  page.heading(1, service.name);
  page.add(backLinks(ctx, path), paragraphs(service.description));
  const anchor = areaAnchors.get(service.area);
  page.add(
    facts([
      [t('field.area'), anchor ? `[${linkText(service.area)}](${relativePath(path, PATHS.catalog)}#${anchor})` : inline(service.area)],
      [t('field.status'), inline(t(`serviceStatus.${service.status}`))],
      [t('field.audience'), inline(service.audience)],
      [unitLabel(ctx, service.departments ?? [], true), (service.departments ?? []).map((id) => inline(unitName(ctx, id))).join(', ')],
      [t('field.serviceOwner'), personContact(ctx, service.owner)],
    ]),
  );

  const contacts: [string, string | undefined][] = [];
  if (service.owner) contacts.push([t('field.serviceOwner'), service.owner]);
  for (const c of service.contacts ?? []) contacts.push([c.role ?? '', c.person]);
  if (contacts.length) {
    page.heading(2, t('catalog.contacts'));
    page.add(contactsTable(ctx, contacts));
  }
  if (service.howToOrder) {
    page.heading(2, t('catalog.howToOrder'));
    page.add(paragraphs(service.howToOrder));
  }

  const systems = [...new Set(service.systems ?? [])]
    .map((id) => ctx.model.records.system.get(id))
    .filter((s): s is ValidRecord<'system'> => s !== undefined && s.valid && isPublished(s))
    .sort((a, b) => ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  if (systems.length) {
    page.heading(2, t('catalog.systemsBehind'));
    page.add(bullets(systems.map((s) => `${systemLink(ctx, path, s.id)} – ${inline(t(`lifecycle.${s.data.lifecycle}`))}`)));
  }

  page.heading(2, t('sla.title'));
  page.add(service.sla ? slaBlock(ctx, service.sla) : inline(t('sla.none')));

  if (service.kpis?.length) {
    page.heading(2, t('kpi.title'));
    page.add(kpiBlock(ctx, service.kpis));
  }

  if (service.plan) {
    page.heading(2, t('catalog.managementPlan'));
    const plan = ctx.model.records.plan.get(service.plan);
    page.add(plan?.valid ? docLink(ctx, path, 'plans', PATHS.plan(plan.id), plan.data.name) : inline(service.plan));
  }
  return { path, title: service.name, markdown: page.toString() };
}

function slaValue(ctx: RenderContext, value: number, unit: string): string {
  return ctx.t(`slaUnit.${unit as 'hours'}`, { n: value });
}

function slaBlock(ctx: RenderContext, sla: Sla): string {
  const { t, fmt } = ctx;
  const valid = sla.validFrom || sla.validTo ? `${fmt.date(sla.validFrom)} – ${sla.validTo ? fmt.date(sla.validTo) : ''}`.trim() : undefined;
  const parts = [
    facts([
      [t('sla.serviceHours'), inline(sla.serviceHours)],
      [t('sla.valid'), valid ? inline(valid) : undefined],
      [t('sla.reviewDate'), sla.reviewDate ? inline(fmt.date(sla.reviewDate)) : undefined],
    ]),
  ];
  const targets = sla.targets ?? [];
  if (targets.length) {
    const kinds = SLA_TARGET_KINDS.filter((k) => targets.some((x) => x.kind === k));
    const priorities = [...new Set(targets.map((x) => x.priority))].sort((a, b) => a - b);
    const value = (p: number, k: SlaTargetKind) => {
      const x = targets.find((y) => y.priority === p && y.kind === k);
      return x ? inline(slaValue(ctx, x.value, x.unit)) : '–';
    };
    parts.push(
      table(
        [t('sla.priority'), ...kinds.map((k) => t(`slaKind.${k}`))],
        priorities.map((p) => [String(p), ...kinds.map((k) => value(p, k))]),
        ['r', ...kinds.map(() => 'r' as const)],
      ),
    );
  }
  return parts.filter(Boolean).join('\n\n');
}

/** Measurements in period order (2026 < 2026-03 < 2026-Q2 compare as text, which is the order they are written). */
function sortedMeasurements(kpi: Kpi): KpiMeasurement[] {
  return [...(kpi.measurements ?? [])].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

function kpiBlock(ctx: RenderContext, kpis: readonly Kpi[]): string {
  const { t, fmt } = ctx;
  const unit = (kpi: Kpi, n: number | undefined) => (n === undefined ? '–' : inline(`${fmt.number(n)}${kpi.unit ? ` ${kpi.unit}` : ''}`));
  const rows = kpis.map((kpi) => {
    const ms = sortedMeasurements(kpi);
    const latest = ms[ms.length - 1];
    const previous = ms[ms.length - 2];
    let result = inline(t('kpi.noMeasurement'));
    if (latest && kpi.target !== undefined) {
      const met = kpi.direction === 'higher-is-better' ? latest.value >= kpi.target : latest.value <= kpi.target;
      result = inline(t(met ? 'kpi.met' : 'kpi.notMet'));
    } else if (latest) result = '–';
    return [
      inline(kpi.name),
      kpi.target === undefined ? '–' : `${unit(kpi, kpi.target)} (${inline(t(`kpiDirection.${kpi.direction}`))})`,
      latest ? `${unit(kpi, latest.value)} (${inline(latest.period)})` : '–',
      previous ? `${unit(kpi, previous.value)} (${inline(previous.period)})` : '–',
      result,
    ];
  });
  const definitions = kpis.filter((k) => k.definition).map((k) => `**${inline(k.name)}:** ${inline(k.definition)}`);
  return [
    table([t('kpi.name'), t('kpi.target'), t('kpi.latest'), t('kpi.previous'), t('kpi.result')], rows),
    definitions.length ? `${inline(t('kpi.definition'))}:\n\n${bullets(definitions)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The system page's neighbourhood diagram: the system and the systems it
 * integrates with, one step out, an arrow per direction (information sent
 * both ways is one double arrow; several integrations with one system are
 * one arrow with their information joined).
 */
function neighbourhoodChart(
  rec: ValidRecord<'system'>,
  connected: readonly { name: string; other: string; integration: Integration; direction: IntegrationDirection }[],
): string {
  const self = mermaidId('s', rec.id);
  const nodes = new Map<string, { id: string; label: string; className?: string }>();
  const edges = new Map<string, FlowEdge & { labels: string[] }>();
  for (const c of connected) {
    if (c.other === rec.id) continue;
    const id = mermaidId('s', c.other);
    nodes.set(c.other, { id, label: c.name });
    const [from, to] = c.direction === 'inbound' ? [id, self] : [self, id];
    const key = `${c.direction === 'bidirectional' ? 'both' : c.direction}|${c.other}`;
    const existing = edges.get(key);
    const planned = c.integration.status === 'planned';
    if (existing) {
      if (!existing.labels.includes(c.integration.data)) existing.labels.push(c.integration.data);
      if (!planned) existing.style = 'solid';
    } else edges.set(key, { from, to, both: c.direction === 'bidirectional', style: planned ? 'dashed' : 'solid', labels: [c.integration.data] });
  }
  return flowchart(
    [],
    [{ id: self, label: rec.data.name, className: 'self' }, ...nodes.values()],
    [...edges.values()].map(({ labels, ...e }) => ({ ...e, label: labels.join(', ') })),
    { self: 'fill:#e8f0fe,stroke:#1c4f9c,stroke-width:3px' },
  );
}

export interface SystemIntegration {
  other: string;
  integration: Integration;
  direction: IntegrationDirection;
}

/** Every non-retired integration by the systems at both ends, seen from each end; one documented at both ends is listed once. */
export function integrationsBySystem(ctx: RenderContext): Map<string, SystemIntegration[]> {
  const out = new Map<string, SystemIntegration[]>();
  const add = (id: string, entry: SystemIntegration) => {
    const list = out.get(id);
    if (list) list.push(entry);
    else out.set(id, [entry]);
  };
  for (const { from, to, integration } of integrationLinks(ctx.model)) {
    add(from, { other: to, integration, direction: integration.direction });
    if (to !== from) add(to, { other: from, integration, direction: inverseDirection(integration.direction) });
  }
  return out;
}

function renderSystem(ctx: RenderContext, rec: ValidRecord<'system'>, data: Published): Page {
  const { t, fmt } = ctx;
  const system: System = rec.data;
  const path = PATHS.catalogSystem(rec.id);
  const page = new PageBuilder();
  page.heading(1, system.name);
  page.add(backLinks(ctx, path), paragraphs(system.description));
  page.add(
    facts([
      [t('field.businessArea'), inline(system.businessArea)],
      [unitLabel(ctx, [system.unit]), inline(unitName(ctx, system.unit))],
      [t('field.lifecycle'), inline(t(`lifecycle.${system.lifecycle}`))],
      [t('field.managedObject'), system.managedObject ? objectLink(ctx, path, system.managedObject) : undefined],
      [t('field.hosting'), system.hosting ? inline(t(`hosting.${system.hosting}`)) : undefined],
      [t('field.supplier'), inline(system.supplier)],
      [t('field.product'), inline(system.product)],
      [t('field.users'), system.users === undefined ? undefined : inline(fmt.number(system.users, 0))],
      [t('field.personalData'), system.personalData === undefined ? undefined : inline(t(system.personalData ? 'common.yes' : 'common.no'))],
    ]),
  );
  const contacts = contactsTable(ctx, [
    [t('field.systemOwner'), system.owner],
    [t('field.administrator'), system.administrator],
    [t('field.technicalContact'), system.technicalContact],
  ]);
  if (contacts) {
    page.heading(2, t('catalog.contacts'));
    page.add(contacts);
  }
  const services = data.servicesBySystem.get(rec.id) ?? [];
  if (services.length) {
    page.heading(2, t('catalog.servicesOnSystem'));
    page.add(bullets(services.map((s) => `[${linkText(s.data.name)}](${relativePath(path, PATHS.catalogService(s.id))})`)));
  }
  const connected = (data.integrations.get(rec.id) ?? [])
    .filter(({ other }) => {
      const o = ctx.model.records.system.get(other);
      return o?.valid === true && isPublished(o);
    })
    .map(({ other, integration, direction }) => ({ name: (ctx.model.records.system.get(other) as ValidRecord<'system'>).data.name, other, integration, direction }))
    .sort((a, b) => fmt.compare(a.name, b.name) || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0) || fmt.compare(a.integration.data, b.integration.data));
  if (connected.length) {
    const anchor = page.heading(2, t('catalog.connectedSystems'));
    page.add(
      mermaidBlock(neighbourhoodChart(rec, connected), {
        caption: t('figure.neighbourhood', { system: system.name }),
        table: { href: `#${anchor}`, label: t('figure.table', { table: t('catalog.connectedSystems') }) },
      }),
      table(
        [t('field.system'), t('map.direction'), t('map.information')],
        connected.map((c) => [systemLink(ctx, path, c.other), cell(t(`direction.${c.direction}`)), cell(c.integration.data)]),
      ),
    );
  }
  const docs = [...(system.documentation ?? [])].sort((a, b) => fmt.compare(a.title, b.title));
  if (docs.length) {
    page.heading(2, t('catalog.documentation'));
    page.add(bullets(docs.map((d) => link(d.title, d.url))));
  }
  page.heading(2, t('catalog.managementPlan'));
  const plans = data.plansBySystem.get(rec.id) ?? [];
  page.add(
    plans.length
      ? bullets(plans.map((p) => docLink(ctx, path, 'plans', PATHS.plan(p.id), p.data.name)))
      : inline(t('catalog.noPlan', { year: ctx.model.config.planningYear })),
  );
  return { path, title: system.name, markdown: page.toString() };
}
