// Turning file bytes into plain data. The fast path is js-yaml (CORE schema:
// dates stay strings); anything unusual — anchors, syntax errors, several
// documents — goes through `yaml`, which has an alias limit and exact positions.
import jsYaml from 'js-yaml';
import { yamlLib } from './yaml-lib.js';
import type { Diagnostic, SourceRange } from '../diagnostics/diagnostic.js';

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

function fail(path: string, rule: string, message: string, hint?: string, range?: SourceRange): ParseResult {
  const diagnostic: Diagnostic = { rule, severity: 'error', message, file: path, pointer: '' };
  diagnostic.range = range ?? { line: 1, column: 1 };
  if (hint) diagnostic.hint = hint;
  return { ok: false, diagnostic };
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
export function decodeSource(file: SourceFile): { text: string } | { diagnostic: Diagnostic } {
  const { path } = file;
  const failWith = (rule: string, message: string, hint?: string, range?: SourceRange) => {
    const r = fail(path, rule, message, hint, range);
    return { diagnostic: (r as { diagnostic: Diagnostic }).diagnostic };
  };
  if (file.size > MAX_RECORD_BYTES || !file.bytes) {
    return failWith(
      'parse/too-large',
      `file is ${file.size} bytes; records may be at most ${MAX_RECORD_BYTES} bytes (1 MiB)`,
      'Split the record, or move large attachments out of the governance repository.',
    );
  }
  const bytes = file.bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failWith('parse/encoding', 'file is UTF-16 encoded; records must be UTF-8', 'Save the file as UTF-8.');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return failWith(
      'parse/binary',
      'file contains NUL bytes and looks binary, not a YAML or Markdown record',
      'Remove the file from the record folder.',
      lineColumnAtByte(bytes, nul),
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return failWith(
      'parse/encoding',
      'file is not valid UTF-8',
      'Save the file as UTF-8 (it may be Latin-1/Windows-1252).',
      lineColumnAtByte(bytes, at),
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

const ANCHOR_OR_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,[\]{}]/;

function parseWithYaml(path: string, yamlText: string, lineOffset: number): { data: unknown } | { diagnostic: Diagnostic } {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourceRange => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  if (!Array.isArray(docs)) {
    return { data: undefined };
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const rule = error.code === 'DUPLICATE_KEY' ? 'parse/duplicate-key' : 'parse/syntax';
      let message = error.message.split('\n')[0] ?? error.message;
      if (rule === 'parse/duplicate-key') {
        const key = /^[^\r\n:]*/.exec(yamlText.slice(error.pos[0]))?.[0].trim();
        message = key ? `'${key}' appears more than once in the same mapping` : message;
      }
      return {
        diagnostic: {
          rule,
          severity: 'error',
          message: rule === 'parse/duplicate-key' ? `duplicate key: ${message}` : `YAML syntax error: ${message}`,
          file: path,
          pointer: '',
          range: at(error.pos[0]),
          hint:
            rule === 'parse/duplicate-key'
              ? 'Each key may appear once in a mapping; remove or rename the repeated one.'
              : 'Check indentation, quoting and colons near this position.',
        },
      };
    }
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const start = second.range?.[0] ?? 0;
    return {
      diagnostic: {
        rule: 'parse/multiple-documents',
        severity: 'error',
        message: `file holds ${docs.length} YAML documents; a record file holds exactly one`,
        file: path,
        pointer: '',
        range: at(start),
        hint: 'Remove the extra `---` separators, or split the records into one file each.',
      },
    };
  }
  const doc = docs[0];
  if (!doc) return { data: undefined };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isAliasBomb = /alias/i.test(message);
    return {
      diagnostic: {
        rule: isAliasBomb ? 'parse/alias-limit' : 'parse/syntax',
        severity: 'error',
        message: isAliasBomb
          ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias resolutions): refusing to expand`
          : `YAML error: ${message}`,
        file: path,
        pointer: '',
        range: { line: 1 + lineOffset, column: 1 },
        hint: isAliasBomb ? 'Write the values out instead of nesting anchors and aliases.' : undefined,
      },
    };
  }
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
export function parseSource(file: SourceFile, format: 'yaml' | 'markdown'): ParseResult {
  const decoded = decodeSource(file);
  if ('diagnostic' in decoded) return { ok: false, diagnostic: decoded.diagnostic };
  const { text } = decoded;
  let yamlText = text;
  let yamlLineOffset = 0;
  let body: string | undefined;
  if (format === 'markdown') {
    const split = splitFrontMatter(text);
    if (!split) {
      return fail(
        file.path,
        'parse/front-matter',
        'Markdown record has no YAML front matter',
        'Start the file with a line `---`, the YAML fields, and a closing `---` line.',
      );
    }
    yamlText = split.yamlText;
    body = split.body;
    yamlLineOffset = 1;
  }
  if (yamlText.trim() === '') {
    return fail(file.path, 'parse/empty', format === 'markdown' ? 'front matter is empty' : 'file is empty', 'A record needs at least its `id` and required fields.');
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
    const result = parseWithYaml(file.path, yamlText, yamlLineOffset);
    if ('diagnostic' in result) return { ok: false, diagnostic: result.diagnostic };
    data = result.data;
  }
  if (data === null || data === undefined) {
    return fail(file.path, 'parse/empty', 'file holds no YAML content', 'A record needs at least its `id` and required fields.');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(
      file.path,
      'parse/not-a-mapping',
      `a record must be a YAML mapping (key: value), not ${Array.isArray(data) ? 'a list' : 'a ' + typeof data}`,
      'Write the record as `key: value` lines, starting with `id:`.',
      { line: 1 + yamlLineOffset, column: 1 },
    );
  }
  return { ok: true, source: { path: file.path, text, yamlText, yamlLineOffset, data, body } };
}
