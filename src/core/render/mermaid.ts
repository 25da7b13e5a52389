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

export function flowchart(groups: readonly FlowGroup[], loose: readonly FlowNode[], edges: readonly FlowEdge[], classDefs: Record<string, string>): string {
  const lines = ['flowchart LR'];
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

export function mermaidBlock(source: string): string {
  return `\`\`\`mermaid\n${source}\n\`\`\``;
}
