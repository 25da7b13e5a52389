// The in-place editor of record files: every edit is spliced into the source
// text at the edited node's range, so every other byte — comments, key order,
// blank lines, quoting, flow collections, odd indentation, CRLF line endings,
// a Markdown body — stays as it was. Each edit re-parses the text it works on,
// so edits can build on each other (create a map, then set a field in it).
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { formatEditPath } from '../core/edit/edit-path.js';
import type { EditPath, FieldEdit } from '../core/edit/edit-path.js';
import { yamlLib } from '../core/source/yaml-lib.js';

export type { EditPath, FieldEdit } from '../core/edit/edit-path.js';
export { formatEditPath } from '../core/edit/edit-path.js';

/** Why an edit cannot be made, as data for a message in the output language (`edit.editor.<code>` in the catalogue). */
export type RecordEditReason =
  | { code: 'front-matter' | 'empty-path' | 'not-mapping-record' | 'locate'; data?: undefined }
  | { code: 'yaml'; data: { reason: string } }
  | { code: 'not-mapping'; data: { path: string; field: string } }
  | { code: 'not-list' | 'missing' | 'remove-line'; data: { path: string } }
  | { code: 'index'; data: { path: string; count: number } }
  | { code: 'no-item'; data: { path: string; key: string; value: string } }
  | { code: 'ambiguous'; data: { path: string; key: string; value: string; count: number } }
  | { code: 'not-in-list'; data: { path: string; value: string } };

export class RecordEditError extends Error {
  override name = 'RecordEditError';
  constructor(
    message: string,
    readonly path: EditPath,
    /** The same as the message, as data. */
    readonly reason: RecordEditReason = { code: 'locate' },
  ) {
    super(message);
  }
}

/**
 * Apply edits to a record file's text (YAML, or Markdown with YAML front matter), keeping
 * comments, key order, formatting and line endings (CRLF too) outside the edit byte for byte.
 */
export function editRecordText(text: string, format: 'yaml' | 'markdown', edits: readonly FieldEdit[]): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = bom ? text.slice(1) : text;
  if (format === 'markdown') {
    const open = /^---[ \t]*\r?\n/.exec(body);
    const rest = open ? body.slice(open[0].length) : '';
    const close = open ? /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest) : null;
    if (!open || !close) throw new RecordEditError('the file has no front matter (--- lines around YAML at its start)', [], { code: 'front-matter' });
    let yaml = rest.slice(0, close.index);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    for (const edit of edits) yaml = applyEdit(yaml, edit, eol);
    return bom + open[0] + yaml + rest.slice(close.index);
  }
  let yaml = body;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  for (const edit of edits) yaml = applyEdit(yaml, edit, eol);
  return bom + yaml;
}

type Container = YAMLMap | YAMLSeq;

interface Ctx {
  text: string;
  eol: string;
  /** Columns a nested block map's keys are indented below their key. */
  mapIndent: number;
  /** Columns a block list's dashes are indented below their key (0: at the key's column). */
  seqIndent: number;
  path: EditPath;
}

type Located = { found: true; node: unknown; container: Container; pair?: Pair; index?: number } | { found: false; depth: number; map: YAMLMap; nullPair?: Pair };

function applyEdit(text: string, edit: FieldEdit, eol: string): string {
  if (edit.path.length === 0) throw new RecordEditError('an edit needs a field', edit.path, { code: 'empty-path' });
  const doc = parse(text, edit.path);
  const top = doc.contents;
  const { isMap } = yamlLib();
  if (!isMap(top) || top.flow) throw new RecordEditError('the record is not a block mapping (key: value lines)', edit.path, { code: 'not-mapping-record' });
  const ctx: Ctx = { text, eol, ...detectIndent(text, top as YAMLMap), path: edit.path };
  const at = locate(top as YAMLMap, edit.path);
  switch (edit.op) {
    case 'set':
      return setAt(ctx, at, edit.value);
    case 'unset':
      return at.found ? unsetAt(ctx, at, eol) : text;
    case 'append':
      return appendAt(ctx, at, edit.value);
    case 'remove':
      return removeAt(ctx, at, edit.value, eol);
  }
}

function parse(text: string, path: EditPath): Document.Parsed {
  const doc = yamlLib().parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const reason = doc.errors[0]!.message.split('\n')[0]!;
    throw new RecordEditError(`the file is not valid YAML: ${reason}`, path, { code: 'yaml', data: { reason } });
  }
  return doc;
}

function isNullScalar(node: unknown): boolean {
  const { isScalar } = yamlLib();
  return node === null || node === undefined || (isScalar(node) && (node as Scalar).value === null);
}

function keyOf(pair: Pair): string | undefined {
  const { isScalar } = yamlLib();
  return isScalar(pair.key) ? String((pair.key as Scalar).value) : undefined;
}

function locate(top: YAMLMap, path: EditPath): Located {
  const { isMap, isSeq, isScalar } = yamlLib();
  let node: unknown = top;
  let container: Container = top;
  let pair: Pair | undefined;
  let index: number | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const shown = formatEditPath(path.slice(0, i + 1));
    if (typeof seg === 'string') {
      if (isNullScalar(node) && pair && isMap(container)) return { found: false, depth: i, map: container as YAMLMap, nullPair: pair };
      if (!isMap(node)) {
        const at = formatEditPath(path.slice(0, i));
        throw new RecordEditError(`'${at}' is not a mapping, it has no field '${seg}'`, path, { code: 'not-mapping', data: { path: at, field: seg } });
      }
      const map = node as YAMLMap;
      const next = (map.items as Pair[]).find((p) => keyOf(p) === seg);
      if (!next) return { found: false, depth: i, map };
      container = map;
      pair = next;
      index = undefined;
      node = next.value;
      continue;
    }
    if (!isSeq(node)) {
      const at = formatEditPath(path.slice(0, i));
      throw new RecordEditError(`'${at}' is not a list`, path, { code: 'not-list', data: { path: at } });
    }
    const seq = node as YAMLSeq;
    let at: number;
    if (typeof seg === 'number') {
      at = seg < 0 ? seq.items.length + seg : seg;
      if (at < 0 || at >= seq.items.length) {
        throw new RecordEditError(`'${shown}': the list has ${seq.items.length} items`, path, { code: 'index', data: { path: shown, count: seq.items.length } });
      }
    } else {
      const matches = seq.items.flatMap((item, n) => {
        if (!isMap(item)) return [];
        const field = ((item as YAMLMap).items as Pair[]).find((p) => keyOf(p) === seg.key);
        return field && isScalar(field.value) && String((field.value as Scalar).value) === seg.value ? [n] : [];
      });
      if (matches.length === 0) {
        throw new RecordEditError(`'${shown}': no item has ${seg.key} = ${seg.value}`, path, { code: 'no-item', data: { path: shown, key: seg.key, value: seg.value } });
      }
      if (matches.length > 1) {
        const data = { path: shown, key: seg.key, value: seg.value, count: matches.length };
        throw new RecordEditError(`'${shown}': ${matches.length} items have ${seg.key} = ${seg.value}`, path, { code: 'ambiguous', data });
      }
      at = matches[0]!;
    }
    container = seq;
    pair = undefined;
    index = at;
    node = seq.items[at];
  }
  return { found: true, node, container, pair, index };
}

// ---------------------------------------------------------------- operations

function setAt(ctx: Ctx, at: Located, value: unknown): string {
  if (at.found) {
    if (at.pair) return replacePairValue(ctx, at.container as YAMLMap, at.pair, value);
    return replaceSeqItem(ctx, at.container as YAMLSeq, at.index!, value);
  }
  const nested = nest(ctx, at.depth + (at.nullPair ? 0 : 1), value);
  if (at.nullPair) return replacePairValue(ctx, at.map, at.nullPair, nested);
  return insertPair(ctx, at.map, at.depth, nested);
}

/** The value for the path's segments from `from` on, as nested mappings. */
function nest(ctx: Ctx, from: number, value: unknown): unknown {
  let out = value;
  for (let i = ctx.path.length - 1; i >= from; i--) {
    const seg = ctx.path[i]!;
    if (typeof seg !== 'string') {
      const at = formatEditPath(ctx.path.slice(0, i));
      throw new RecordEditError(`'${at}' does not exist`, ctx.path, { code: 'missing', data: { path: at } });
    }
    out = { [seg]: out };
  }
  return out;
}

function unsetAt(ctx: Ctx, at: Located & { found: true }, eol: string): string {
  const parentPath = ctx.path.slice(0, -1);
  if (at.container.items.length === 1 && parentPath.length > 0) {
    // Leave an empty collection rather than a field without a value.
    const { isSeq } = yamlLib();
    return applyEdit(ctx.text, { op: 'set', path: parentPath, value: isSeq(at.container) ? [] : {} }, eol);
  }
  if (at.pair) return removeItem(ctx, at.container, at.container.items.indexOf(at.pair));
  return removeItem(ctx, at.container, at.index!);
}

function appendAt(ctx: Ctx, at: Located, value: unknown): string {
  const { isSeq } = yamlLib();
  if (!at.found) return setAt(ctx, at, [value]);
  if (isNullScalar(at.node)) return setAt(ctx, at, [value]);
  if (!isSeq(at.node)) {
    const shown = formatEditPath(ctx.path);
    throw new RecordEditError(`'${shown}' is not a list`, ctx.path, { code: 'not-list', data: { path: shown } });
  }
  const seq = at.node as YAMLSeq;
  if (seq.items.length === 0 && !seq.flow) return setAt(ctx, at, [value]);
  return appendSeq(ctx, seq, value);
}

function removeAt(ctx: Ctx, at: Located, value: unknown, eol: string): string {
  const { isSeq } = yamlLib();
  const shown = formatEditPath(ctx.path);
  const notInList = (): RecordEditError =>
    new RecordEditError(`'${shown}' has no ${display(value)}`, ctx.path, { code: 'not-in-list', data: { path: shown, value: display(value) } });
  if (!at.found || isNullScalar(at.node)) throw notInList();
  if (!isSeq(at.node)) throw new RecordEditError(`'${shown}' is not a list`, ctx.path, { code: 'not-list', data: { path: shown } });
  const seq = at.node as YAMLSeq;
  const index = seq.items.findIndex((item) => sameValue(toJs(item), value));
  if (index === -1) throw notInList();
  if (seq.items.length === 1) {
    return applyEdit(ctx.text, { op: 'set', path: ctx.path, value: [] }, eol);
  }
  return removeItem(ctx, seq, index);
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function toJs(node: unknown): unknown {
  const { isNode } = yamlLib();
  return isNode(node) ? (node as Node).toJSON() : node;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return String(a) === String(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// ------------------------------------------------------------ text splicing

function range(node: unknown, path: EditPath): [number, number, number] {
  const r = (node as Node | null)?.range;
  if (!r) throw new RecordEditError('cannot locate the field in the file', path);
  return [r[0], r[1], r[2]];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The end of a node's text without the line breaks and spaces its range may run over. */
function contentEnd(ctx: Ctx, node: unknown): number {
  const [start, end] = range(node, ctx.path);
  let at = end;
  while (at > start && /\s/.test(ctx.text[at - 1]!)) at--;
  return at;
}

/** Where a line inserted after the line ending at `offset` starts (adds a final line break if the file lacks one). */
function afterLine(ctx: Ctx, offset: number): { text: string; at: number } {
  const at = endOfLine(ctx.text, Math.max(offset - 1, 0));
  if (at === ctx.text.length && !ctx.text.endsWith('\n')) return { text: ctx.text + ctx.eol, at: at + ctx.eol.length };
  return { text: ctx.text, at };
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function onlySpaces(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

// ---------------------------------------------------------------- rendering

function isScalarValue(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A scalar for a block context ('key: <here>'), one line, quoted only when it must be. */
function renderScalar(value: string | number | boolean | null): string {
  if (typeof value === 'string' && /[\r\n]/.test(value)) return JSON.stringify(value);
  return yamlLib().stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function renderScalarLike(old: unknown, value: string | number | boolean | null): string {
  const { isScalar } = yamlLib();
  if (typeof value === 'string' && isScalar(old) && !/[\r\n]/.test(value)) {
    if (old.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (old.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  }
  return renderScalar(value);
}

/** A value on one line: a scalar, `[a, b]` or `{ k: v }`. */
function renderInline(value: unknown): string {
  if (isScalarValue(value)) return renderScalar(value);
  const { Document: Doc, visit, isScalar } = yamlLib();
  const doc = new Doc(value);
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && /[\r\n]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ collectionStyle: 'flow', flowCollectionPadding: !Array.isArray(value), lineWidth: 0 }).replace(/\n$/, '');
}

/** A collection as block lines at column 0 (callers indent them). */
function renderBlockLines(ctx: Ctx, value: unknown): string[] {
  return yamlLib()
    .stringify(value, { lineWidth: 0, indent: Math.max(ctx.mapIndent, 1), indentSeq: ctx.seqIndent > 0 })
    .replace(/\n$/, '')
    .split('\n');
}

/** New lists of plain values are written `[a, b]` (as in the records' id lists); lists of mappings and mappings as blocks. */
function prefersInline(value: unknown): boolean {
  if (isScalarValue(value)) return true;
  if (Array.isArray(value)) return value.length === 0 || value.every(isScalarValue);
  return Object.keys(value as object).length === 0;
}

function detectIndent(text: string, top: YAMLMap): { mapIndent: number; seqIndent: number } {
  const { isMap, isSeq } = yamlLib();
  let mapIndent: number | undefined;
  let seqIndent: number | undefined;
  const walk = (map: YAMLMap): void => {
    for (const pair of map.items as Pair[]) {
      const v = pair.value;
      const keyRange = (pair.key as Node | null)?.range;
      const valueRange = (v as Node | null)?.range;
      if (!keyRange || !valueRange) continue;
      const keyCol = column(text, keyRange[0]);
      if (isMap(v) && !v.flow && v.items.length > 0) {
        mapIndent ??= column(text, valueRange[0]) - keyCol;
        walk(v as YAMLMap);
      } else if (isSeq(v) && !v.flow && v.items.length > 0) {
        seqIndent ??= column(text, valueRange[0]) - keyCol;
        for (const item of v.items) if (isMap(item) && !item.flow) walk(item as YAMLMap);
      }
      if (mapIndent !== undefined && seqIndent !== undefined) return;
    }
  };
  walk(top);
  return { mapIndent: mapIndent && mapIndent > 0 ? mapIndent : 2, seqIndent: seqIndent !== undefined && seqIndent >= 0 ? seqIndent : 2 };
}

// ----------------------------------------------------------------- splicers

function replacePairValue(ctx: Ctx, map: YAMLMap, pair: Pair, value: unknown): string {
  const { isScalar, isCollection } = yamlLib();
  const { text } = ctx;
  const old = pair.value;
  if (isScalarValue(value) && isScalar(old) && old.value !== null && old.range) {
    return replaceScalar(ctx, old, value);
  }
  const keyEnd = range(pair.key, ctx.path)[1];
  const colon = text.indexOf(':', keyEnd);
  const hasOld = !isNullScalar(old) && old !== null && (old as Node).range !== undefined;
  const start = hasOld ? range(old, ctx.path)[0] : colon + 1;
  const end = hasOld ? contentEnd(ctx, old) : colon + 1;
  if (map.flow) return splice(text, start, end, (hasOld ? '' : ' ') + renderInline(value));
  const oldIsFlow = isCollection(old) && old.flow;
  const oldIsBlock = isCollection(old) && !old.flow && old.items.length > 0;
  const empty = !isScalarValue(value) && Object.keys(value as object).length === 0;
  const inline = isScalarValue(value) || empty || oldIsFlow || (!oldIsBlock && prefersInline(value));
  if (inline) return splice(text, colon + 1, end, ' ' + renderInline(value));
  const keyCol = column(text, range(pair.key, ctx.path)[0]);
  const childCol = oldIsBlock ? column(text, range(old, ctx.path)[0]) : keyCol + (Array.isArray(value) ? ctx.seqIndent : ctx.mapIndent);
  const lines = renderBlockLines(ctx, value).map((l) => ' '.repeat(childCol) + l);
  // A trailing comment on the key's line stays there.
  const afterColon = text.slice(colon + 1, endOfLine(text, colon)).replace(/\r?\n$/, '');
  const comment = !hasOld && /^\s*#/.test(afterColon) ? afterColon : '';
  const from = colon + 1 + comment.length;
  return splice(text, colon + 1, Math.max(end, from), comment + ctx.eol + lines.join(ctx.eol));
}

function replaceScalar(ctx: Ctx, old: Scalar, value: string | number | boolean | null): string {
  const [start, end] = range(old, ctx.path);
  const rendered = renderScalarLike(old, value);
  if (old.type === 'BLOCK_LITERAL' || old.type === 'BLOCK_FOLDED') {
    const content = ctx.text.slice(start, end);
    return splice(ctx.text, start, end, rendered + (content.endsWith('\n') ? ctx.eol : ''));
  }
  return splice(ctx.text, start, end, rendered);
}

function insertPair(ctx: Ctx, map: YAMLMap, depth: number, value: unknown): string {
  const { text } = ctx;
  const key = renderScalar(String(ctx.path[depth]));
  const items = map.items as Pair[];
  if (map.flow) {
    const [, end] = range(map, ctx.path);
    const close = text.lastIndexOf('}', end - 1);
    const entry = `${key}: ${renderInline(value)}`;
    if (items.length === 0) return splice(text, close, close, entry);
    const last = items[items.length - 1]!;
    const lastEnd = last.value ? contentEnd(ctx, last.value) : range(last.key, ctx.path)[1];
    return splice(text, lastEnd, lastEnd, `, ${entry}`);
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const col = column(text, range(first.key, ctx.path)[0]);
  const lastEnd = isNullScalar(last.value) || !(last.value as Node).range ? range(last.key, ctx.path)[1] : contentEnd(ctx, last.value);
  let lines: string[];
  if (prefersInline(value)) lines = [`${key}: ${renderInline(value)}`];
  else {
    const childCol = Array.isArray(value) ? ctx.seqIndent : ctx.mapIndent;
    lines = [`${key}:`, ...renderBlockLines(ctx, value).map((l) => ' '.repeat(childCol) + l)];
  }
  const { text: t, at } = afterLine(ctx, lastEnd);
  return splice(t, at, at, lines.map((l) => ' '.repeat(col) + l).join(ctx.eol) + ctx.eol);
}

function replaceSeqItem(ctx: Ctx, seq: YAMLSeq, index: number, value: unknown): string {
  const { isScalar, isMap } = yamlLib();
  const old = seq.items[index];
  if (isScalarValue(value) && isScalar(old) && old.value !== null && old.range) return replaceScalar(ctx, old, value);
  const [start] = range(old, ctx.path);
  const end = contentEnd(ctx, old);
  if (seq.flow || prefersInline(value) || (isMap(old) && old.flow)) return splice(ctx.text, start, end, renderInline(value));
  const col = column(ctx.text, start);
  const lines = renderBlockLines(ctx, value).map((l, i) => (i === 0 ? l : ' '.repeat(col) + l));
  return splice(ctx.text, start, end, lines.join(ctx.eol));
}

function appendSeq(ctx: Ctx, seq: YAMLSeq, value: unknown): string {
  const { isMap } = yamlLib();
  const { text } = ctx;
  const items = seq.items as unknown[];
  if (seq.flow) {
    const [, end] = range(seq, ctx.path);
    const close = text.lastIndexOf(']', end - 1);
    if (items.length === 0) return splice(text, close, close, renderInline(value));
    const last = items[items.length - 1];
    const lastEnd = contentEnd(ctx, last);
    return splice(text, lastEnd, lastEnd, `, ${renderInline(value)}`);
  }
  const last = items[items.length - 1];
  const lastStart = range(last, ctx.path)[0];
  const dash = text.lastIndexOf('-', lastStart - 1);
  const dashCol = column(text, dash);
  const contentCol = column(text, lastStart);
  let lines: string[];
  if (!isScalarValue(value) && !Array.isArray(value) && isMap(last) && !last.flow) {
    lines = renderBlockLines(ctx, value).map((l, i) =>
      i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, contentCol - dashCol - 1))}${l}` : `${' '.repeat(contentCol)}${l}`,
    );
  } else {
    lines = [`${' '.repeat(dashCol)}- ${renderInline(value)}`];
  }
  const { text: t, at } = afterLine(ctx, contentEnd(ctx, last));
  return splice(t, at, at, lines.join(ctx.eol) + ctx.eol);
}

/** Remove a map's pair or a list's item (not the only one). */
function removeItem(ctx: Ctx, container: Container, index: number): string {
  const { isMap } = yamlLib();
  const { text } = ctx;
  const item = container.items[index] as unknown;
  const isPair = isMap(container);
  const startOf = (it: unknown): number => range(isPair ? (it as Pair).key : it, ctx.path)[0];
  const endOf = (it: unknown): number => {
    const node = isPair ? (it as Pair).value : it;
    if (isPair && (isNullScalar(node) || !(node as Node).range)) return range((it as Pair).key, ctx.path)[1];
    return contentEnd(ctx, node);
  };
  const start = startOf(item);
  const end = endOf(item);
  if (container.flow) {
    if (index < container.items.length - 1) return splice(text, start, startOf(container.items[index + 1]), '');
    return splice(text, endOf(container.items[index - 1]), end, '');
  }
  const from = isPair ? start : text.lastIndexOf('-', start - 1);
  const ls = lineStart(text, from);
  if (onlySpaces(text.slice(ls, from))) return splice(text, ls, endOfLine(text, Math.max(end - 1, from)), '');
  // The first field of a list item (`- name: x`): the next field moves up onto the dash's line.
  if (isPair && index < container.items.length - 1) return splice(text, start, startOf(container.items[index + 1]), '');
  const shown = formatEditPath(ctx.path);
  throw new RecordEditError(`cannot remove '${shown}' from its line`, ctx.path, { code: 'remove-line', data: { path: shown } });
}
