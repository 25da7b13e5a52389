// Writing tables to .xlsx (exceljs: real dates, numbers and yes/no cells, a
// bold frozen header) and CSV (csv-stringify: UTF-8 with a byte order mark so
// Excel reads å, ä and ö; `;` and decimal commas in Swedish, `,` and points in
// English). Every text that a spreadsheet would take for a formula is written
// with an apostrophe before it (OWASP, CSV injection); import takes it off.
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '../../core/tabular/cells.js';
import type { OutCell } from '../../core/tabular/values.js';

export interface OutSheet {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly OutCell[])[];
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ and unique. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** A workbook with one sheet per table. `created` (the command's today) keeps the bytes the same for the same records. */
export async function xlsxBytes(sheets: readonly OutSheet[], created: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'styr';
  workbook.created = utcDate(created);
  workbook.modified = utcDate(created);
  const names = sheetNames(sheets.map((s) => s.name));
  sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = ws.addRow([...sheet.headers]);
    header.font = { bold: true };
    const widths = sheet.headers.map((h) => Math.min(Math.max(h.length + 2, 10), 60));
    for (const row of sheet.rows) {
      const added = ws.addRow(
        row.map((cell) => {
          switch (cell.type) {
            case 'empty':
              return null;
            case 'text':
              return neutraliseFormula(cell.text);
            case 'number':
              return cell.value;
            case 'boolean':
              return cell.value;
            case 'date':
              return utcDate(cell.iso);
          }
        }),
      );
      row.forEach((cell, c) => {
        const x = added.getCell(c + 1);
        if (cell.type === 'date') x.numFmt = 'yyyy-mm-dd';
        if (cell.type === 'text') {
          if (cell.text.includes('\n')) x.alignment = { wrapText: true, vertical: 'top' };
          widths[c] = Math.min(Math.max(widths[c]!, ...cell.text.split('\n').map((l) => l.length + 2)), 60);
        }
        if (cell.type === 'date') widths[c] = Math.max(widths[c]!, 12);
      });
    }
    widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return withZipDates(new Uint8Array(buffer as ArrayBuffer), created);
}

/**
 * The zip inside a workbook stamps every entry with the time it was written;
 * they are set to `date` (midnight), so the same records give the same bytes.
 * Walks the central directory from its end record and sets the DOS date and
 * time in each entry and in its local header (no checksum covers them).
 */
export function withZipDates(bytes: Uint8Array, date: string): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  let end = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries && at + 46 <= out.length && view.getUint32(at, true) === 0x02014b50; n++) {
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= out.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

export interface CsvWords {
  yes: string;
  no: string;
}

/** A CSV file: `;` and decimal commas when `decimal` is ',', else `,` and points; CRLF line ends and a byte order mark, as Excel writes them. */
export function csvText(sheet: OutSheet, decimal: ',' | '.', words: CsvWords): string {
  const delimiter = decimal === ',' ? ';' : ',';
  const records = [
    [...sheet.headers],
    ...sheet.rows.map((row) =>
      row.map((cell) => {
        switch (cell.type) {
          case 'empty':
            return '';
          case 'text':
            return neutraliseFormula(cell.text);
          case 'number':
            return decimal === ',' ? String(cell.value).replace('.', ',') : String(cell.value);
          case 'boolean':
            return cell.value ? words.yes : words.no;
          case 'date':
            return cell.iso;
        }
      }),
    ),
  ];
  return `\ufeff${stringify(records, { delimiter, record_delimiter: '\r\n' })}`;
}
