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
import type { FlowEdge, FlowNode } from './mermaid.js';
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

/** The areas and the number of integrations between each pair, one node per area. */
function overviewChart(areas: readonly Area[], areaOf: ReadonlyMap<string, Area>, links: readonly Link[]): string {
  const between = new Map<string, number>();
  for (const l of links) {
    const a = areaOf.get(l.owner.id)!;
    const b = areaOf.get(l.integration.target)!;
    if (a === b) continue;
    const key = [a.slug, b.slug].sort().join('|');
    between.set(key, (between.get(key) ?? 0) + 1);
  }
  const areaNodes: FlowNode[] = areas.map((a) => ({ id: mermaidId('a', a.slug), label: `${a.name} (${a.systems.length})` }));
  const areaEdges: FlowEdge[] = [...between.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, n]) => {
      const [a, b] = key.split('|') as [string, string];
      return { from: mermaidId('a', a), to: mermaidId('a', b), label: String(n), style: 'solid', both: true };
    });
  return flowchart([], areaNodes, areaEdges, {}, 'narrow');
}

/**
 * The most boxes one area diagram holds (the area's systems and the systems
 * they integrate with). Measured at a 1280 px window in
 * test/e2e/render-diagrams*.test.ts: the example's areas (up to 15 boxes)
 * draw their text at 9 px or more; the generated repository's areas (40
 * boxes in one chain) drew it at 4–7 px. An area with more is drawn in parts.
 */
export const AREA_DIAGRAM_MAX_BOXES = 14;

/** The links that touch a set of systems, and the systems outside the set they reach. */
function linksOf(members: ReadonlySet<string>, links: readonly Link[], byId: ReadonlyMap<string, SystemRec>, ctx: RenderContext) {
  const touching = links.filter((l) => members.has(l.owner.id) || members.has(l.integration.target));
  const neighbours = new Map<string, SystemRec>();
  for (const l of touching) for (const id of [l.owner.id, l.integration.target]) if (!members.has(id)) neighbours.set(id, byId.get(id)!);
  const outside = [...neighbours.values()].sort((a, b) => ctx.fmt.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : 1));
  return { touching, outside };
}

/** The links that touch an area (inside it or to another area), and the systems outside it they reach. */
function areaLinks(area: Area, links: readonly Link[], byId: ReadonlyMap<string, SystemRec>, ctx: RenderContext) {
  return linksOf(new Set(area.systems.map((s) => s.id)), links, byId, ctx);
}

/**
 * The area's diagrams: one, or — when it would hold more than
 * AREA_DIAGRAM_MAX_BOXES boxes — parts of consecutive systems (in name
 * order), each with the systems its own integrate with.
 */
function areaFigures(ctx: RenderContext, area: Area, links: readonly Link[], byId: ReadonlyMap<string, SystemRec>, table: { href: string; label: string }): string[] {
  const parts: SystemRec[][] = [];
  let current: SystemRec[] = [];
  for (const s of area.systems) {
    const tryPart = [...current, s];
    if (current.length && tryPart.length + linksOf(new Set(tryPart.map((x) => x.id)), links, byId, ctx).outside.length > AREA_DIAGRAM_MAX_BOXES) {
      parts.push(current);
      current = [s];
    } else current = tryPart;
  }
  if (current.length) parts.push(current);
  return parts.map((part, i) => {
    const { touching, outside } = linksOf(new Set(part.map((x) => x.id)), links, byId, ctx);
    const caption =
      parts.length === 1 ? ctx.t('figure.mapArea', { area: area.name }) : ctx.t('figure.mapAreaPart', { area: area.name, part: i + 1, parts: parts.length });
    return mermaidBlock(areaChart({ ...area, systems: part }, touching, outside), { caption, table });
  });
}

/** One area's systems, and the systems of other areas they integrate with (greyed), as a flowchart. */
function areaChart(area: Area, touching: readonly Link[], outside: readonly SystemRec[]): string {
  // No boxes around the area or the other areas (systems of other areas are grey, see the legend): a box holds
  // its nodes together and makes the chart wider. No edge labels: each widens the gap between two columns, and
  // the information exchanged is in the table the caption links to.
  const nodes = [...area.systems.map((s) => node(s)), ...outside.map((s) => node(s, true))];
  return flowchart(
    [],
    nodes,
    edges(touching).map(({ label: _label, ...e }) => e),
    CLASS_DEFS,
    'narrow',
  );
}

function figureTable(ctx: RenderContext, anchor: string, heading: string): { href: string; label: string } {
  return { href: `#${anchor}`, label: ctx.t('figure.table', { table: heading }) };
}

function singlePage(ctx: RenderContext, systems: readonly SystemRec[], areas: readonly Area[], links: readonly Link[], byId: Map<string, SystemRec>): Page {
  const { t } = ctx;
  const path = PATHS.systemsMap;
  const title = t('doc.systems-map');
  const page = new PageBuilder();
  header(ctx, page, path, `${title} – ${ctx.model.config.organisation}`);
  page.add(inline(t('doc.systems-map.description')));
  // One overview of the areas, then one diagram per area: a single diagram of every system is too small to read (measured in test/e2e/render-diagrams.test.ts).
  page.heading(2, t('map.diagram'));
  page.add(inline(`${t('map.legend')} ${t('figure.grey', { what: t('map.otherAreas') })} ${t('map.retiredLeftOut')}`));
  const areaOf = new Map<string, Area>();
  for (const a of areas) for (const s of a.systems) areaOf.set(s.id, a);
  const diagrams: ((anchor: string) => void)[] = [];
  if (areas.length > 1) {
    page.heading(3, t('map.overview'));
    const fill = page.placeholder();
    diagrams.push((anchor) =>
      fill(mermaidBlock(overviewChart(areas, areaOf, links), { caption: t('figure.mapOverview'), table: figureTable(ctx, anchor, t('map.integrations')) })),
    );
  }
  for (const area of areas) {
    page.heading(3, area.name);
    const fill = page.placeholder();
    diagrams.push((anchor) => fill(areaFigures(ctx, area, links, byId, figureTable(ctx, anchor, t('map.integrations'))).join('\n\n')));
  }
  const integrationsAnchor = page.heading(2, t('map.integrations'));
  for (const fill of diagrams) fill(integrationsAnchor);
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
    if (a !== b) touch(b, l);
  }
  page.heading(2, t('map.overview'));
  const fillOverview = page.placeholder();
  const areasAnchor = page.heading(2, t('map.areas'));
  fillOverview(mermaidBlock(overviewChart(areas, areaOf, links), { caption: t('figure.mapOverview'), table: figureTable(ctx, areasAnchor, t('map.areas')) }));
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
    const { touching: linksHere } = areaLinks(area, links, byId, ctx);
    p.heading(2, t('map.diagram'));
    p.add(inline(`${t('map.legend')} ${t('figure.grey', { what: t('map.otherAreas') })} ${t('map.retiredLeftOut')}`));
    const fill = p.placeholder();
    const anchor = p.heading(2, t('map.integrations'));
    fill(areaFigures(ctx, area, links, byId, figureTable(ctx, anchor, t('map.integrations'))).join('\n\n'));
    p.add(integrationTable(ctx, areaPath, linksHere));
    p.heading(2, t('map.owners'));
    p.add(ownersTable(ctx, areaPath, area.systems));
    pages.push({ path: areaPath, title: `${title}: ${area.name}`, markdown: p.toString() });
  }
  return pages;
}
