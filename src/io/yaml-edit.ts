// Comment-preserving edits of a YAML record: each edit is spliced into the
// source text at the edited node's range, so every other byte — comments,
// blank lines, quoting, flow collections, odd spacing — stays as it was.
// `yaml`'s toString() would re-format the whole file (see performance.md).
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from '../core/source/yaml-lib.js';

export class YamlEditError extends Error {
  override name = 'YamlEditError';
}

type Value = string | number | boolean;

interface Source {
  /** Text without a byte-order mark; offsets refer to it. */
  text: string;
  bom: string;
  eol: '\n' | '\r\n';
}

function source(text: string): Source {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  return { text: body, bom, eol: body.includes('\r\n') ? '\r\n' : '\n' };
}

function parse(text: string): Document.Parsed {
  const { parseDocument } = yamlLib();
  const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) throw new YamlEditError(`the file is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc;
}

function topMap(doc: Document.Parsed): YAMLMap {
  const { isMap } = yamlLib();
  const contents = doc.contents;
  if (!isMap(contents) || contents.flow) throw new YamlEditError('the record is not a block mapping (key: value lines)');
  return contents as YAMLMap;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  const { isScalar } = yamlLib();
  return map.items.find((p) => isScalar(p.key) && String((p.key as Scalar).value) === key) as Pair | undefined;
}

function range(node: unknown): [number, number, number] {
  const r = (node as Node | null)?.range;
  if (!r) throw new YamlEditError('cannot locate a node in the source');
  return [r[0], r[1], r[2]];
}

/** Offset just past the end of the line holding `offset`. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function ensureNewline(src: Source, at: number): { text: string; at: number } {
  if (at === src.text.length && src.text.length > 0 && !src.text.endsWith('\n')) {
    return { text: src.text + src.eol, at: src.text.length + src.eol.length };
  }
  return { text: src.text, at };
}

/** A value as a YAML scalar for a block context ('key: <here>'), one line, quoted only when it must be. */
export function renderScalar(value: Value): string {
  const { stringify } = yamlLib();
  if (typeof value === 'string' && /[\r\n]/.test(value)) return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function renderLike(old: Scalar | undefined, value: Value): string {
  if (typeof value === 'string' && old && !/[\r\n]/.test(value)) {
    if (old.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (old.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value);
}

/** A mapping in flow style, e.g. `{ date: 2026-12-01, to: planned }`; multi-line strings are double-quoted. */
export function renderFlowMap(item: Record<string, Value>, padded = true): string {
  const { Document: Doc, isScalar } = yamlLib();
  const doc = new Doc(item);
  for (const pair of (doc.contents as YAMLMap).items) {
    const v = pair.value;
    if (isScalar(v) && typeof v.value === 'string' && /[\r\n]/.test(v.value)) v.type = 'QUOTE_DOUBLE';
  }
  return doc.toString({ collectionStyle: 'flow', flowCollectionPadding: padded, lineWidth: 0 }).replace(/\n$/, '');
}

function renderBlockMapLines(item: Record<string, Value>): string[] {
  const { stringify } = yamlLib();
  return stringify(item, { lineWidth: 0 }).replace(/\n$/, '').split('\n');
}

function splice(src: Source, start: number, end: number, insert: string): string {
  return src.bom + src.text.slice(0, start) + insert + src.text.slice(end);
}

/**
 * Set a top-level scalar field. An existing value is replaced in place (its
 * quoting kept where the new value allows); a missing field is inserted on a
 * new line after the first of `after` that exists, else at the end.
 */
export function setField(text: string, key: string, value: Value, after: readonly string[] = []): string {
  const src = source(text);
  const map = topMap(parse(src.text));
  const { isScalar, isCollection } = yamlLib();
  const pair = findPair(map, key);
  if (pair) {
    const v = pair.value;
    if (isCollection(v)) throw new YamlEditError(`'${key}' holds a list or mapping, not a single value`);
    if (isScalar(v) && v.range) {
      const [start, end] = range(v);
      const rendered = renderLike(v as Scalar, value);
      const isBlock = v.type === 'BLOCK_LITERAL' || v.type === 'BLOCK_FOLDED';
      if (isBlock) {
        // A block scalar's range runs over its indented lines; replace them up to the last content line's end.
        const content = src.text.slice(start, end);
        const keepNewline = content.endsWith('\n') ? src.eol : '';
        return splice(src, start, end, rendered + keepNewline);
      }
      if (start === end) return splice(src, start, end, (src.text[start - 1] === ':' ? ' ' : '') + rendered);
      return splice(src, start, end, rendered);
    }
    // `key:` with nothing after it.
    const keyEnd = range(pair.key)[1];
    const colon = src.text.indexOf(':', keyEnd);
    return splice(src, colon + 1, colon + 1, ` ${renderScalar(value)}`);
  }
  const line = `${key}: ${renderScalar(value)}`;
  for (const anchorKey of after) {
    const anchor = findPair(map, anchorKey);
    if (!anchor) continue;
    const end = anchor.value ? range(anchor.value)[1] : range(anchor.key)[1];
    const { text: t, at } = ensureNewline(src, endOfLine(src.text, Math.max(end - 1, 0)));
    const indent = ' '.repeat(column(src.text, range(anchor.key)[0]));
    return src.bom + t.slice(0, at) + indent + line + src.eol + t.slice(at);
  }
  const { text: t, at } = ensureNewline(src, src.text.length);
  return src.bom + t.slice(0, at) + line + src.eol + t.slice(at);
}

/**
 * Append a mapping to a top-level list (e.g. `history`), in the style of the
 * list's last item: a flow mapping `- { … }`, a block mapping, or an item of
 * a flow list `[ …, { … } ]`. A missing list is added at the end of the file.
 */
export function appendToList(text: string, key: string, item: Record<string, Value>): string {
  const src = source(text);
  const map = topMap(parse(src.text));
  const { isMap, isSeq, isScalar } = yamlLib();
  const pair = findPair(map, key);
  if (!pair || pair.value === null || (isScalar(pair.value) && (pair.value as Scalar).value === null)) {
    const block = `  - ${renderFlowMap(item)}`;
    if (!pair) {
      const { text: t, at } = ensureNewline(src, src.text.length);
      return src.bom + t.slice(0, at) + `${key}:${src.eol}${block}${src.eol}` + t.slice(at);
    }
    const keyStart = range(pair.key)[0];
    const indent = ' '.repeat(column(src.text, keyStart) + 2);
    const { text: t, at } = ensureNewline(src, endOfLine(src.text, keyStart));
    return src.bom + t.slice(0, at) + `${indent}- ${renderFlowMap(item)}${src.eol}` + t.slice(at);
  }
  const seq = pair.value;
  if (!isSeq(seq)) throw new YamlEditError(`'${key}' is not a list`);
  const list = seq as YAMLSeq;
  const items = list.items as unknown[];
  if (list.flow) {
    const [, end] = range(list);
    const close = src.text.lastIndexOf(']', end - 1);
    if (items.length === 0) return splice(src, close, close, renderFlowMap(item, false));
    const last = items[items.length - 1];
    const lastEnd = range(last)[1];
    const padded = isMap(last) && /^\{\s/.test(src.text.slice(range(last)[0]));
    return splice(src, lastEnd, lastEnd, `, ${renderFlowMap(item, padded)}`);
  }
  const last = items[items.length - 1];
  const [lastStart, lastValueEnd] = range(last);
  const dash = src.text.lastIndexOf('-', lastStart - 1);
  const dashColumn = column(src.text, dash);
  const contentColumn = column(src.text, lastStart);
  let lines: string[];
  if (isMap(last) && !(last as YAMLMap).flow) {
    const body = renderBlockMapLines(item);
    lines = body.map((l, i) =>
      i === 0 ? `${' '.repeat(dashColumn)}-${' '.repeat(Math.max(1, contentColumn - dashColumn - 1))}${l}` : `${' '.repeat(contentColumn)}${l}`,
    );
  } else {
    const padded = !isMap(last) || /^\{\s/.test(src.text.slice(lastStart));
    lines = [`${' '.repeat(dashColumn)}- ${renderFlowMap(item, padded)}`];
  }
  const { text: t, at } = ensureNewline(src, endOfLine(src.text, Math.max(lastValueEnd - 1, lastStart)));
  return src.bom + t.slice(0, at) + lines.join(src.eol) + src.eol + t.slice(at);
}
