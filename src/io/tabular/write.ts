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
  return new Uint8Array(buffer as ArrayBuffer);
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
