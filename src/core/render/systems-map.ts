// The systems map (report §6.5.6): systems and integrations as a Mermaid
// flowchart grouped by business area, an integration table, and who owns and
// administers each system. Above SPLIT_AT systems one diagram per area keeps
// it readable: an overview of the areas, then a page per area.
import { validRecords } from '../model/repository.js';
import { integrationLinks } from '../query/systems.js';
import type { ValidRecord } from '../model/repository.js';
import type { Integration } from '../model/types.js';
import { PATHS, personName, systemLink, unitLabel, unitName } from './context.js';
import { asciiSlug, cell, inline, linkText, relativePath, table } from './markdown.js';
import { flowchart, mermaidBlock, mermaidId } from './mermaid.js';
import type { FlowEdge, FlowGroup, FlowNode } from './mermaid.js';
import { PageBuilder } from './page.js';
import type { DocumentRenderer, Page, RenderContext } from './types.js';

export const SPLIT_AT = 40;

export const systemsMapDocument: DocumentRenderer = {
  name: 'systems-map',
  audience: 'it-staff',
  titleKey: 'doc.systems-map',
  descriptionKey: 'doc.systems-map.description',
  entry: PATHS.systemsMap,
  render: renderSystemsMap,
};

type SystemRec = ValidRecord<'system'>;

interface Link {
  /** The system whose declaration represents the integration (the sending end of one documented at both). */
  owner: SystemRec;
  integration: Integration;
}

interface Area {
  name: string;
  slug: string;
  systems: SystemRec[];
}

const CLASS_DEFS = {
  planned: 'stroke-dasharray: 5 5',
  external: 'fill:#f4f4f4,stroke:#999,color:#333',
};

export function renderSystemsMap(ctx: RenderContext): Page[] {
  const { fmt } = ctx;
  const systems = validRecords(ctx.model, 'system')
    .filter((s) => s.data.lifecycle !== 'retired')
    .sort((a, b) => fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  const byId = new Map(systems.map((s) => [s.id, s]));
  // An integration documented at both ends is one link (integrationLinks pairs them).
  const links: Link[] = [];
  for (const { from, to, integration } of integrationLinks(ctx.model)) {
    const owner = byId.get(from);
    if (owner && byId.has(to)) links.push({ owner, integration });
  }
  links.sort(
    (a, b) =>
      fmt.compare(a.owner.data.name, b.owner.data.name) ||
      (a.owner.id < b.owner.id ? -1 : a.owner.id > b.owner.id ? 1 : 0) ||
      fmt.compare(byId.get(a.integration.target)!.data.name, byId.get(b.integration.target)!.data.name) ||
      fmt.compare(a.integration.data, b.integration.data),
  );
  const areas = groupAreas(ctx, systems);
  if (systems.length <= SPLIT_AT) return [singlePage(ctx, systems, areas, links, byId)];
  return splitPages(ctx, systems, areas, links, byId);
}

function groupAreas(ctx: RenderContext, systems: readonly SystemRec[]): Area[] {
  const map = new Map<string, SystemRec[]>();
  for (const s of systems) (map.get(s.data.businessArea) ?? map.set(s.data.businessArea, []).get(s.data.businessArea)!).push(s);
  const names = [...map.keys()].sort(ctx.fmt.compare);
  const used = new Set<string>();
  return names.map((name) => {
    const base = asciiSlug(name);
    let slug = base === 'index' ? 'index-area' : base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { name, slug, systems: map.get(name)! };
  });
}

function node(s: SystemRec, external = false): FlowNode {
  const className = external ? 'external' : s.data.lifecycle === 'planned' ? 'planned' : undefined;
  return className ? { id: mermaidId('s', s.id), label: s.data.name, className } : { id: mermaidId('s', s.id), label: s.data.name };
}

/** One edge per pair and direction; integrations declared at both ends are drawn once. */
function edges(links: readonly Link[]): FlowEdge[] {
  const seen = new Map<string, FlowEdge>();
  for (const { owner, integration } of links) {
    const [from, to] = integration.direction === 'inbound' ? [integration.target, owner.id] : [owner.id, integration.target];
    const both = integration.direction === 'bidirectional';
    const key = both ? `${[from, to].sort().join('|')}|both` : `${from}|${to}`;
    const existing = seen.get(key);
    if (existing) {
      if (integration.status !== 'planned') existing.style = 'solid';
      continue;
    }
    seen.set(key, { from: mermaidId('s', from), to: mermaidId('s', to), label: integration.data, style: integration.status === 'planned' ? 'dashed' : 'solid', both });
  }
  return [...seen.values()];
}

function header(ctx: RenderContext, page: PageBuilder, path: string, title: string, up?: [string, string]): void {
  page.heading(1, title);
  const nav = [`[${linkText(ctx.t('nav.home'))}](${relativePath(path, PATHS.index)})`];
  if (up) nav.push(`[${linkText(up[0])}](${relativePath(path, up[1])})`);
  page.add(nav.join(' › '));
}

function integrationTable(ctx: RenderContext, path: string, links: readonly Link[]): string {
  const { t } = ctx;
  if (!links.length) return inline(t('map.noIntegrations'));
  return table(
    [t('map.from'), t('map.direction'), t('map.to'), t('map.information'), t('map.protocol'), t('map.frequency'), t('field.status')],
    links.map(({ owner, integration: i }) => [
      systemLink(ctx, path, owner.id),
      cell(t(`direction.${i.direction}`)),
      systemLink(ctx, path, i.target),
      cell(i.data),
      cell([i.protocol, i.format].filter(Boolean).join(' / ')),
      cell(i.frequency ? t(`frequency.${i.frequency}`) : undefined),
      cell(t(`integrationStatus.${i.status ?? 'active'}`)),
    ]),
  );
}

function ownersTable(ctx: RenderContext, path: string, systems: readonly SystemRec[]): string {
  const { t } = ctx;
  return table(
    [
      t('field.system'),
      t('field.businessArea'),
      t('field.lifecycle'),
      t('field.systemOwner'),
      t('field.administrator'),
      unitLabel(
        ctx,
        systems.map((s) => s.data.unit),
      ),
    ],
    systems.map((s) => [
      `${systemLink(ctx, path, s.id)}${s.data.internal ? ` (${inline(t('common.internal'))})` : ''}`,
      cell(s.data.businessArea),
      cell(t(`lifecycle.${s.data.lifecycle}`)),
      personName(ctx, s.data.owner) || '–',
      personName(ctx, s.data.administrator) || '–',
      cell(unitName(ctx, s.data.unit)),
    ]),
  );
}

function singlePage(ctx: RenderContext, systems: readonly SystemRec[], areas: readonly Area[], links: readonly Link[], _byId: Map<string, SystemRec>): Page {
  const { t } = ctx;
  const path = PATHS.systemsMap;
  const title = t('doc.systems-map');
  const page = new PageBuilder();
  header(ctx, page, path, `${title} – ${ctx.model.config.organisation}`);
  page.add(inline(t('doc.systems-map.description')));
  page.heading(2, t('map.diagram'));
  const groups: FlowGroup[] = areas.map((a, i) => ({ id: `area_${i + 1}`, label: a.name, nodes: a.systems.map((s) => node(s)) }));
  page.add(inline(`${t('map.legend')} ${t('map.retiredLeftOut')}`), mermaidBlock(flowchart(groups, [], edges(links), CLASS_DEFS)));
  page.heading(2, t('map.integrations'));
  page.add(integrationTable(ctx, path, links));
  page.heading(2, t('map.owners'));
  page.add(ownersTable(ctx, path, systems));
  return { path, title, markdown: page.toString() };
}

function splitPages(ctx: RenderContext, systems: readonly SystemRec[], areas: readonly Area[], links: readonly Link[], byId: Map<string, SystemRec>): Page[] {
  const { t, fmt } = ctx;
  const areaOf = new Map<string, Area>();
  for (const a of areas) for (const s of a.systems) areaOf.set(s.id, a);
  const path = PATHS.systemsMap;
  const title = t('doc.systems-map');
  const page = new PageBuilder();
  header(ctx, page, path, `${title} – ${ctx.model.config.organisation}`);
  page.add(inline(t('doc.systems-map.description')), inline(t('map.split', { n: SPLIT_AT })));

  // Overview: one node per area, one edge per pair of areas with the number of integrations.
  const between = new Map<string, number>();
  const touching = new Map<Area, Link[]>();
  const touch = (area: Area, l: Link) => {
    const list = touching.get(area);
    if (list) list.push(l);
    else touching.set(area, [l]);
  };
  for (const l of links) {
    const a = areaOf.get(l.owner.id)!;
    const b = areaOf.get(l.integration.target)!;
    touch(a, l);
    if (a !== b) {
      touch(b, l);
      const key = [a.slug, b.slug].sort().join('|');
      between.set(key, (between.get(key) ?? 0) + 1);
    }
  }
  page.heading(2, t('map.overview'));
  const areaNodes: FlowNode[] = areas.map((a) => ({ id: mermaidId('a', a.slug), label: `${a.name} (${a.systems.length})` }));
  const areaEdges: FlowEdge[] = [...between.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => {
      const [a, b] = key.split('|') as [string, string];
      return { from: mermaidId('a', a), to: mermaidId('a', b), label: String(n), style: 'solid', both: true };
    });
  page.add(mermaidBlock(flowchart([], areaNodes, areaEdges, {})));
  page.heading(2, t('map.areas'));
  page.add(
    table(
      [t('field.businessArea'), t('map.systemCount'), t('map.integrationCount')],
      areas.map((a) => [
        `[${linkText(a.name)}](${relativePath(path, PATHS.systemsMapArea(a.slug))})`,
        fmt.number(a.systems.length),
        fmt.number(touching.get(a)?.length ?? 0),
      ]),
      ['l', 'r', 'r'],
    ),
  );
  page.heading(2, t('map.owners'));
  page.add(ownersTable(ctx, path, systems));
  const pages: Page[] = [{ path, title, markdown: page.toString() }];

  for (const area of areas) {
    const areaPath = PATHS.systemsMapArea(area.slug);
    const p = new PageBuilder();
    header(ctx, p, areaPath, `${title}: ${area.name}`, [title, path]);
    const areaLinks = touching.get(area) ?? [];
    const neighbours = new Map<string, SystemRec>();
    for (const l of areaLinks) {
      for (const id of [l.owner.id, l.integration.target]) if (areaOf.get(id) !== area) neighbours.set(id, byId.get(id)!);
    }
    const outside = [...neighbours.values()].sort((a, b) => fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
    p.heading(2, t('map.diagram'));
    const groups: FlowGroup[] = [{ id: 'area', label: area.name, nodes: area.systems.map((s) => node(s)) }];
    if (outside.length) groups.push({ id: 'other', label: t('map.otherAreas'), nodes: outside.map((s) => node(s, true)) });
    p.add(inline(`${t('map.legend')} ${t('map.retiredLeftOut')}`), mermaidBlock(flowchart(groups, [], edges(areaLinks), CLASS_DEFS)));
    p.heading(2, t('map.integrations'));
    p.add(integrationTable(ctx, areaPath, areaLinks));
    p.heading(2, t('map.owners'));
    p.add(ownersTable(ctx, areaPath, area.systems));
    pages.push({ path: areaPath, title: `${title}: ${area.name}`, markdown: p.toString() });
  }
  return pages;
}
