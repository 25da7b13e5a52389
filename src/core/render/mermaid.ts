// Mermaid flowchart text from graph data. Node ids are derived from record ids
// (already slugs) with a prefix, so no keyword (`end`, `graph`…) can be an id;
// every label is quoted and its specials written as Mermaid entity codes, so
// record text can neither break the diagram nor the code fence around it; control
// characters are made visible.
import { visibleLine } from '../text/visible.js';
import { stripMarks } from './language-marks.js';

export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** A label safe inside `["…"]` or `|"…"|`. */
export function mermaidLabel(text: string, max = 60): string {
  // A diagram is drawn in one language: the marks of record text (language-marks.ts) are left out before the label is shortened.
  let flat = visibleLine(stripMarks(text).replace(/\s+/g, ' ')).trim();
  if (flat.length > max) flat = `${flat.slice(0, max - 1).trimEnd()}…`;
  return flat.replace(/["#&<>`[\]{}|\\;]/g, (c) => `#${c.charCodeAt(0)};`);
}

export interface FlowNode {
  id: string;
  label: string;
  /** Class name for styling (classDef). */
  className?: string;
}

export interface FlowGroup {
  id: string;
  label: string;
  nodes: FlowNode[];
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
  style: 'solid' | 'dashed';
  both: boolean;
}

/**
 * The direction that keeps a flowchart narrow: Mermaid's layout puts the
 * ranks of a graph (the longest path's length) side by side left to right,
 * or the nodes of one rank side by side top to bottom. Whichever is fewer
 * goes across the page; the other grows downwards, where a page has room.
 * Ranks are counted about as the layout does: cycles broken depth-first, the
 * longest path to each node, and nodes nothing points to moved next to their
 * first target.
 */
export function narrowDirection(nodes: readonly string[], edges: readonly { from: string; to: string }[]): 'LR' | 'TB' {
  const out = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) if (e.from !== e.to && out.has(e.from) && out.has(e.to)) out.get(e.from)!.push(e.to);
  // Depth-first order; an edge to a node still on the stack closes a cycle and is left out.
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const kept = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const start of nodes) {
    if (state.has(start)) continue;
    const stack: [string, number][] = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [node, i] = top;
      const next = out.get(node)![i];
      if (next === undefined) {
        state.set(node, 2);
        order.push(node);
        stack.pop();
        continue;
      }
      top[1]++;
      if (state.get(next) === 1) continue;
      kept.get(node)!.push(next);
      if (!state.has(next)) {
        state.set(next, 1);
        stack.push([next, 0]);
      }
    }
  }
  const rank = new Map<string, number>();
  for (const node of order.reverse()) {
    const r = rank.get(node) ?? 0;
    rank.set(node, r);
    for (const to of kept.get(node)!) rank.set(to, Math.max(rank.get(to) ?? 0, r + 1));
  }
  // A node nothing points to sits just before the first node it points to (the layout pulls edges short), not all in the first rank.
  const pointedTo = new Set([...kept.values()].flat());
  for (const node of nodes) {
    const targets = kept.get(node)!;
    if (!pointedTo.has(node) && targets.length) rank.set(node, Math.min(...targets.map((to) => rank.get(to)!)) - 1);
  }
  const perRank = new Map<number, number>();
  for (const r of rank.values()) perRank.set(r, (perRank.get(r) ?? 0) + 1);
  const depth = perRank.size;
  const breadth = Math.max(0, ...perRank.values());
  return depth <= breadth ? 'LR' : 'TB';
}

export function flowchart(
  groups: readonly FlowGroup[],
  loose: readonly FlowNode[],
  edges: readonly FlowEdge[],
  classDefs: Record<string, string>,
  direction: 'LR' | 'TB' | 'narrow' = 'LR',
): string {
  const ids = [...groups.flatMap((g) => g.nodes), ...loose].map((n) => n.id);
  const lines = [`flowchart ${direction === 'narrow' ? narrowDirection(ids, edges) : direction}`];
  const node = (n: FlowNode) => `${n.id}["${mermaidLabel(n.label)}"]${n.className ? `:::${n.className}` : ''}`;
  for (const group of groups) {
    lines.push(`  subgraph ${group.id}["${mermaidLabel(group.label)}"]`);
    for (const n of group.nodes) lines.push(`    ${node(n)}`);
    lines.push('  end');
  }
  for (const n of loose) lines.push(`  ${node(n)}`);
  for (const e of edges) {
    const arrow = e.style === 'dashed' ? (e.both ? '<-.->' : '-.->') : e.both ? '<-->' : '-->';
    lines.push(`  ${e.from} ${arrow}${e.label ? `|"${mermaidLabel(e.label, 40)}"|` : ''} ${e.to}`);
  }
  for (const [name, style] of Object.entries(classDefs).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`  classDef ${name} ${style}`);
  return lines.join('\n');
}

/** What a diagram shows, and where the same facts stand as a table (its text alternative). */
export interface FigureInfo {
  caption: string;
  /** Link to the table holding the same facts: a same-page anchor (`#integrationer`) or a relative page link, and its text. */
  table?: { href: string; label: string };
}

const FIGURE = '%% figure: ';
const FACTS = '%% facts: ';

/** One line of caption text for a `%%` comment: no line breaks, control characters made visible. */
function commentText(text: string): string {
  return visibleLine(text.replace(/\s+/g, ' ')).trim();
}

/**
 * A Mermaid fence; with `figure`, its caption and the link to the table ride
 * along as Mermaid comments (GitHub and GitLab ignore them), which the HTML
 * conversion turns into a figure caption.
 */
export function mermaidBlock(source: string, figure?: FigureInfo): string {
  const head: string[] = [];
  if (figure) {
    head.push(`${FIGURE}${commentText(figure.caption)}`);
    if (figure.table && /^[^\s:]+$/.test(figure.table.href)) head.push(`${FACTS}${figure.table.href} ${commentText(figure.table.label)}`);
  }
  return `\`\`\`mermaid\n${[...head, source].join('\n')}\n\`\`\``;
}

export interface ParsedFigure {
  source: string;
  caption?: string;
  table?: { href: string; label: string };
}

/** The fence's text split into the diagram and the caption comments mermaidBlock wrote. */
export function parseMermaidFigure(text: string): ParsedFigure {
  const lines = text.split('\n');
  const parsed: ParsedFigure = { source: '' };
  while (lines.length) {
    const line = lines[0]!;
    if (line.startsWith(FIGURE)) parsed.caption = line.slice(FIGURE.length);
    else if (line.startsWith(FACTS)) {
      const rest = line.slice(FACTS.length);
      const space = rest.indexOf(' ');
      if (space > 0) parsed.table = { href: rest.slice(0, space), label: rest.slice(space + 1) };
    } else break;
    lines.shift();
  }
  parsed.source = lines.join('\n');
  return parsed;
}

export interface MermaidFigureOptions {
  /** True when the page ships Mermaid: the source is drawn in the browser. */
  drawn: boolean;
  /** Said under a diagram shown as source ("Diagram i Mermaid-format"). */
  sourceLabel: string;
  escape: (text: string) => string;
  /** The link target as the HTML page needs it (`.md` → `.html`). */
  href: (href: string) => string;
}

/**
 * A Mermaid fence as HTML: a figure holding the diagram (drawn by the shipped
 * Mermaid, or its source as code) and a caption with a link to the table that
 * holds the same facts.
 */
export function mermaidFigure(text: string, options: MermaidFigureOptions): string {
  const { source, caption, table } = parseMermaidFigure(text);
  const e = options.escape;
  const parts: string[] = [];
  if (caption) parts.push(e(caption));
  if (!options.drawn) parts.push(e(options.sourceLabel));
  if (table) parts.push(`<a href="${e(options.href(table.href))}">${e(table.label)}</a>`);
  const figcaption = parts.length ? `<figcaption>${parts.join(' – ')}</figcaption>` : '';
  if (options.drawn) return `<figure class="diagram"><pre class="mermaid">${e(source)}</pre>${figcaption}</figure>\n`;
  return `<figure class="diagram-source"><pre><code class="language-mermaid">${e(source)}</code></pre>${figcaption}</figure>\n`;
}
