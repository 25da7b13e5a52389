// Turning file bytes into plain data. The fast path is js-yaml (CORE schema:
// dates stay strings); anything unusual — anchors, syntax errors, several
// documents — goes through `yaml`, which has an alias limit and exact positions.
import jsYaml from 'js-yaml';
import { yamlLib } from './yaml-lib.js';
import { createProblem, labelValue } from '../diagnostics/create.js';
import type { ProblemValue } from '../diagnostics/create.js';
import type { Diagnostic, SourceRange } from '../diagnostics/diagnostic.js';
import { DEFAULT_LANGUAGE } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';

export const MAX_RECORD_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

export interface SourceFile {
  /** Path relative to the data folder, forward slashes. */
  path: string;
  /** Size on disk in bytes. */
  size: number;
  /** File contents; absent when the file was too large to read. */
  bytes?: Uint8Array;
}

export interface ParsedSource {
  path: string;
  /** Decoded text (BOM removed), kept to compute positions on demand. */
  text: string;
  /** The YAML part of the text: the whole file, or a Markdown file's front matter. */
  yamlText: string;
  /** Line offset of yamlText within text (1 for front matter after '---'). */
  yamlLineOffset: number;
  data: unknown;
  /** Markdown body after the front matter. */
  body?: string;
}

export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; diagnostic: Diagnostic };

/** A parse problem of the whole file, at its start unless a range is given. */
function at(path: string, range?: SourceRange): { file: string; range: SourceRange } {
  return { file: path, range: range ?? { line: 1, column: 1 } };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineColumnAtByte(bytes: Uint8Array, offset: number): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest prefix the decoder accepts as a stream.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // The valid prefix may end in the lead bytes of the broken sequence: point at its start.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
    return lo;
  } catch {
    let at = lo;
    while (at > 0 && ((bytes[at - 1] ?? 0) & 0xc0) === 0x80) at--;
    return at > 0 ? at - 1 : 0;
  }
}

/** Decode bytes as UTF-8 text, rejecting binary, UTF-16 and invalid UTF-8. */
export function decodeSource(file: SourceFile, language: Language = DEFAULT_LANGUAGE): { text: string } | { diagnostic: Diagnostic } {
  const { path } = file;
  if (file.size > MAX_RECORD_BYTES || !file.bytes) {
    return {
      diagnostic: createProblem(language, { id: 'parse/too-large', message: 'tooLarge', data: { size: file.size, max: MAX_RECORD_BYTES } }, at(path)),
    };
  }
  const bytes = file.bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { diagnostic: createProblem(language, { id: 'parse/encoding', message: 'utf16', data: {} }, at(path)) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { diagnostic: createProblem(language, { id: 'parse/binary', message: 'binary', data: {} }, at(path, lineColumnAtByte(bytes, nul))) };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { diagnostic: createProblem(language, { id: 'parse/encoding', message: 'invalid', data: {} }, at(path, lineColumnAtByte(bytes, offset))) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

const ANCHOR_OR_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/;

function parseWithYaml(path: string, yamlText: string, lineOffset: number, language: Language): { data: unknown } | { diagnostic: Diagnostic } {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  // `yaml`'s own duplicate-key check compares every key with every other (O(n²)); firstRepeatedKey is linear.
  const docs = parseAllDocuments(yamlText, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const position = (offset: number): SourceRange => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  if (!Array.isArray(docs)) {
    return { data: undefined };
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    const repeated = firstRepeatedKey(doc.contents);
    if (repeated !== undefined && (!error || repeated <= error.pos[0])) {
      const key = /^[^\r\n:]*/.exec(yamlText.slice(repeated))?.[0].trim();
      const where = at(path, position(repeated));
      return {
        diagnostic: key
          ? createProblem(language, { id: 'parse/duplicate-key', message: 'duplicateKey', data: { key } }, where)
          : createProblem(language, { id: 'parse/duplicate-key', message: 'duplicate', data: { detail: 'duplicate key' }, hint: 'duplicateKey' }, where),
      };
    }
    if (error) {
      // The parser's own words (English) are kept only as a detail of a syntax error.
      const detail = error.message.split('\n')[0] ?? error.message;
      const where = at(path, position(error.pos[0]));
      if (error.code === 'DUPLICATE_KEY') {
        const key = /^[^\r\n:]*/.exec(yamlText.slice(error.pos[0]))?.[0].trim();
        return {
          diagnostic: key
            ? createProblem(language, { id: 'parse/duplicate-key', message: 'duplicateKey', data: { key } }, where)
            : createProblem(language, { id: 'parse/duplicate-key', message: 'duplicate', data: { detail }, hint: 'duplicateKey' }, where),
        };
      }
      return { diagnostic: createProblem(language, { id: 'parse/syntax', message: 'syntax', data: { detail } }, where) };
    }
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const start = second.range?.[0] ?? 0;
    return {
      diagnostic: createProblem(language, { id: 'parse/multiple-documents', message: 'multiple', data: { count: docs.length } }, at(path, position(start))),
    };
  }
  const doc = docs[0];
  if (!doc) return { data: undefined };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where = at(path, { line: 1 + lineOffset, column: 1 });
    return {
      diagnostic: /alias/i.test(detail)
        ? createProblem(language, { id: 'parse/alias-limit', message: 'aliasLimit', data: { max: MAX_ALIAS_COUNT } }, where)
        : createProblem(language, { id: 'parse/syntax', message: 'error', data: { detail } }, where),
    };
  }
}

/**
 * The offset of the first key that repeats an earlier key of its mapping, in any mapping of
 * the document; keys compare by value as `yaml` compares them (scalars by value, others by identity).
 */
function firstRepeatedKey(root: unknown): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let first: number | undefined;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const offset = (pair.key as { range?: readonly number[] } | null)?.range?.[0];
          if (offset !== undefined && (first === undefined || offset < first)) first = offset;
        } else seen.add(key);
        stack.push(pair.key, pair.value);
      }
    }
  }
  return first;
}

function splitFrontMatter(text: string): { yamlText: string; body: string } | undefined {
  const m = /^---[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return undefined;
  return { yamlText: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

/** Parse one record file (YAML, or Markdown with YAML front matter). */
export function parseSource(file: SourceFile, format: 'yaml' | 'markdown', language: Language = DEFAULT_LANGUAGE): ParseResult {
  const fail = (diagnostic: Diagnostic): ParseResult => ({ ok: false, diagnostic });
  const decoded = decodeSource(file, language);
  if ('diagnostic' in decoded) return { ok: false, diagnostic: decoded.diagnostic };
  const { text } = decoded;
  let yamlText = text;
  let yamlLineOffset = 0;
  let body: string | undefined;
  if (format === 'markdown') {
    const split = splitFrontMatter(text);
    if (!split) {
      return fail(createProblem(language, { id: 'parse/front-matter', message: 'missing', data: {} }, at(file.path)));
    }
    yamlText = split.yamlText;
    body = split.body;
    yamlLineOffset = 1;
  }
  if (yamlText.trim() === '') {
    return fail(createProblem(language, { id: 'parse/empty', message: format === 'markdown' ? 'frontMatter' : 'file', data: {}, hint: 'empty' }, at(file.path)));
  }

  let data: unknown;
  let parsed = false;
  if (!ANCHOR_OR_ALIAS.test(yamlText)) {
    try {
      data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA, filename: file.path });
      parsed = true;
    } catch {
      // fall through to the precise parser for a good diagnostic
    }
  }
  if (!parsed) {
    const result = parseWithYaml(file.path, yamlText, yamlLineOffset, language);
    if ('diagnostic' in result) return { ok: false, diagnostic: result.diagnostic };
    data = result.data;
  }
  if (data === null || data === undefined) {
    return fail(createProblem(language, { id: 'parse/empty', message: 'noContent', data: {}, hint: 'empty' }, at(file.path)));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const type = Array.isArray(data) ? labelValue('validate.value.list', 'list') : scalarType(data);
    return fail(createProblem(language, { id: 'parse/not-a-mapping', message: 'notMapping', data: { type } }, at(file.path, { line: 1 + yamlLineOffset, column: 1 })));
  }
  return { ok: true, source: { path: file.path, text, yamlText, yamlLineOffset, data, body } };
}

/** The type of a top-level scalar by its label ('a string'). */
function scalarType(data: unknown): ProblemValue {
  switch (typeof data) {
    case 'number':
      return labelValue('validate.type.number', 'number');
    case 'boolean':
      return labelValue('validate.type.boolean', 'boolean');
    default:
      return labelValue('validate.type.string', 'string');
  }
}
