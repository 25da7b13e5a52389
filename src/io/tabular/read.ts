// Reading a spreadsheet file into tables of cells: .xlsx with exceljs, CSV
// with csv-parse (Windows-1252 or UTF-8, with or without a byte order mark,
// UTF-16 as Excel's "Unicode text"; `;`, `,` or tab separators). What the file
// is, is read from its first bytes, not its name. A file that cannot be read as
// a spreadsheet is a TabularReadError naming why; nothing is guessed.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { MessageKey } from '../../core/i18n/catalog.js';
import type { MessageValues } from '../../core/i18n/translate.js';
import type { Cell, DecimalMark } from '../../core/tabular/cells.js';
import type { Table } from '../../core/tabular/rows.js';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A workbook that unpacks to more than this is refused before it is parsed (a zip bomb, or far more than a register). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Sheets with more data rows than this are refused: a register of systems or contracts has hundreds or a few thousand. */
export const MAX_ROWS = 10_000;

export class TabularReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: MessageValues = {},
  ) {
    super(key);
    this.name = 'TabularReadError';
  }
}

/** A sheet before its header is found: every row, empty ones included, numbered from 1. */
interface RawSheet {
  name: string;
  rows: Cell[][];
  /** Row indexes (0-based) whose first cell starts a merged range across columns. */
  mergedAcross: Set<number>;
  decimal: DecimalMark;
}

export interface Workbook {
  format: 'xlsx' | 'csv';
  sheets: RawSheet[];
  /** CSV only: how the text was decoded, and its separator. */
  encoding?: string;
  delimiter?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isEmpty(cell: Cell | undefined): boolean {
  return !cell || cell.type === 'empty' || (cell.type === 'text' && cell.text.trim() === '');
}

// ---------- CSV ----------

function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16' };
  if (bytes.includes(0)) throw new TabularReadError('tabular.read.binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's "CSV (semikolonavgränsad)" on Swedish Windows writes Windows-1252.
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The separator: Excel's `sep=;` line if there is one, else the most frequent of `;`, `,` and tab on the first line outside quotes (a tie goes to `;`). */
function detectDelimiter(text: string): { delimiter: string; skip: number } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1]!, skip: sep[0].length };
  let inQuotes = false;
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (counts[';']! + counts[',']! + counts['\t']! > 0) break;
    } else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  const best = [';', '\t', ','].reduce((a, b) => (counts[b]! > counts[a]! ? b : a));
  return { delimiter: best, skip: 0 };
}

function readCsv(bytes: Buffer, name: string): Workbook {
  const { text, encoding } = decodeText(bytes);
  const { delimiter, skip } = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text.slice(skip), { delimiter, relax_column_count: true, relax_quotes: false, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new TabularReadError('tabular.read.csv', { line: e.lines ?? 1, message: String(e.message ?? error).split('\n')[0]! });
  }
  const rows: Cell[][] = records.map((record) => record.map((text): Cell => (text === '' ? { type: 'empty' } : { type: 'text', text })));
  const decimal: DecimalMark = delimiter === ';' ? ',' : delimiter === ',' ? '.' : 'either';
  return { format: 'csv', sheets: [{ name, rows, mergedAcross: new Set(), decimal }], encoding, delimiter };
}

// ---------- xlsx ----------

type ExcelValue = unknown;

function richText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return ((value as { richText: { text?: string }[] }).richText ?? []).map((r) => r.text ?? '').join('');
  }
  return undefined;
}

/** An exceljs cell value as a Cell. Dates are read in UTC, as exceljs makes them from the serial number. */
export function cellFromExcel(value: ExcelValue): Cell {
  if (value === null || value === undefined) return { type: 'empty' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return value === '' ? { type: 'empty' } : { type: 'text', text: value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { type: 'error', text: '#DATE' };
    const pad = (n: number) => String(n).padStart(2, '0');
    return { type: 'date', iso: `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}` };
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.formula === 'string' || typeof v.sharedFormula === 'string') return { type: 'formula', formula: `=${String(v.formula ?? v.sharedFormula)}` };
    if (v.error !== undefined) return { type: 'error', text: String(v.error) };
    const rich = richText(value);
    if (rich !== undefined) return rich === '' ? { type: 'empty' } : { type: 'text', text: rich };
    if ('text' in v) {
      const text = richText(v.text) ?? '';
      return text === '' ? { type: 'empty' } : { type: 'text', text };
    }
  }
  return { type: 'error', text: String(value) };
}

/** The sum of the uncompressed sizes the zip's central directory declares; Infinity when it cannot be read or uses ZIP64. */
export function unpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return Infinity;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Infinity;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

async function readXlsx(bytes: Buffer, name: string): Promise<Workbook> {
  const unpacked = unpackedSize(bytes);
  if (unpacked === Infinity) throw new TabularReadError('tabular.read.notWorkbook');
  if (unpacked > MAX_UNPACKED_BYTES) throw new TabularReadError('tabular.read.tooLargeUnpacked', { file: name, mb: Math.round(MAX_UNPACKED_BYTES / 1024 / 1024) });
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TabularReadError('tabular.read.notWorkbook');
  }
  const sheets: RawSheet[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount > MAX_ROWS + 20) throw new TabularReadError('tabular.read.tooManyRows', { sheet: sheet.name, rows: sheet.actualRowCount, max: MAX_ROWS });
    const rows: Cell[][] = [];
    const mergedAcross = new Set<number>();
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellFromExcel(cell.value);
        if (cell.isMerged && cell.master.address !== cell.address && Number(cell.master.row) === rowNumber) mergedAcross.add(rowNumber - 1);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= { type: 'empty' };
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: sheet.name, rows, mergedAcross, decimal: 'either' });
  }
  return { format: 'xlsx', sheets };
}

/** Read a spreadsheet file. */
export async function readWorkbook(path: string, name: string): Promise<Workbook> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new TabularReadError('tabular.read.notFile', { file: name });
    size = stat.size;
  } catch (error) {
    if (error instanceof TabularReadError) throw error;
    throw new TabularReadError('tabular.read.missing', { file: name });
  }
  if (size > MAX_FILE_BYTES) throw new TabularReadError('tabular.read.tooLarge', { file: name, mb: Math.round(MAX_FILE_BYTES / 1024 / 1024) });
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new TabularReadError('tabular.read.emptyFile', { file: name });
  if (startsWith(bytes, OLE)) {
    // Both an encrypted .xlsx and an old .xls are compound files; the encrypted one holds an "EncryptionInfo" stream.
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw new TabularReadError(encrypted ? 'tabular.read.encrypted' : 'tabular.read.xls', { file: name });
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, name);
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(name)) throw new TabularReadError('tabular.read.notWorkbook');
  return readCsv(bytes, name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
}

/**
 * The table of one sheet: the header is the first row with at least two
 * filled cells (a title line above it is skipped); a header whose cells are
 * merged across columns is a two-row header ("Klassning" over "Konfidentialitet"
 * reads "Klassning: Konfidentialitet"). Empty rows are left out; their number
 * is returned. More than MAX_ROWS data rows are refused.
 */
export function sheetTable(sheet: RawSheet): { table: Table; emptyRows: number } {
  const filled = (row: Cell[]) => row.filter((c) => !isEmpty(c)).length;
  let headerIndex = sheet.rows.findIndex((row) => filled(row) >= 2);
  if (headerIndex < 0) headerIndex = sheet.rows.findIndex((row) => filled(row) >= 1);
  if (headerIndex < 0) throw new TabularReadError('tabular.read.emptySheet', { sheet: sheet.name });
  const text = (cell: Cell | undefined) => {
    if (!cell || cell.type === 'empty') return '';
    if (cell.type === 'text') return cell.text.trim();
    if (cell.type === 'number' || cell.type === 'boolean') return String(cell.value);
    if (cell.type === 'date') return cell.iso;
    return cell.type === 'formula' ? cell.formula : cell.text;
  };
  const top = sheet.rows[headerIndex]!;
  let headers = top.map(text);
  let dataStart = headerIndex + 1;
  if (sheet.mergedAcross.has(headerIndex) && sheet.rows[headerIndex + 1]) {
    const sub = sheet.rows[headerIndex + 1]!;
    const width = Math.max(top.length, sub.length);
    headers = Array.from({ length: width }, (_, i) => {
      const a = text(top[i]);
      const b = text(sub[i]);
      return a && b && a !== b ? `${a}: ${b}` : a || b;
    });
    dataStart = headerIndex + 2;
  }
  const rows: { row: number; cells: Cell[] }[] = [];
  let emptyRows = 0;
  for (let i = dataStart; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i]!;
    if (filled(cells) === 0) {
      emptyRows++;
      continue;
    }
    rows.push({ row: i + 1, cells });
    if (rows.length > MAX_ROWS) throw new TabularReadError('tabular.read.tooManyRows', { sheet: sheet.name, rows: sheet.rows.length - dataStart, max: MAX_ROWS });
  }
  return { table: { sheet: sheet.name, headers, rows, decimal: sheet.decimal }, emptyRows };
}
