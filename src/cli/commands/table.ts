// Terminal tables (cli-table3) that fit the terminal's width: text wraps inside
// its cell (long words are broken), ids, numbers and dates keep their width,
// and when even that does not fit, the columns marked optional are left out,
// the last first. Colour only when the context allows it.
import { stripVTControlCharacters } from 'node:util';
import type { CliIo } from '../io.js';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { visibleText } from '../../core/text/visible.js';

export type Align = 'left' | 'right';

/** A cell: text, or text shown in red when colour is on (a warning such as an over-allocated quarter). */
export type Cell = string | { text: string; warn: true };

export interface Column {
  header: string;
  align?: Align;
  /** Text that may wrap onto several lines; other columns (ids, numbers, dates) keep their width. */
  wrap?: boolean;
  /** Left out when the table cannot fit the width otherwise; a higher number goes first, then the rightmost. */
  optional?: boolean | number;
}

/** The width to fit: COLUMNS when set (tests, scripts), else the terminal's, else 100. */
export function terminalWidth(io: Pick<CliIo, 'env' | 'stdout'>): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv >= 20) return fromEnv;
  const columns = io.stdout.columns;
  return io.stdout.isTTY === true && columns !== undefined && columns > 0 ? columns : 100;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function textWidth(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

function lineWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth));
}

function longestWord(text: string): number {
  return Math.max(
    0,
    ...text
      .replace(ANSI, '')
      .split(/\s+/)
      .map((w) => [...w].length),
  );
}

/** Wrap plain text to a width: at spaces, breaking words longer than the width. */
export function wrapText(text: string, width: number): string {
  if (width < 1) return text;
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      let rest = [...word];
      while (rest.length > 0) {
        if (line === '') {
          if (rest.length <= width) {
            line = rest.join('');
            rest = [];
          } else {
            out.push(rest.slice(0, width).join(''));
            rest = rest.slice(width);
          }
        } else if (rest.length <= width - [...line].length - 1) {
          line = `${line} ${rest.join('')}`;
          rest = [];
        } else {
          out.push(line);
          line = '';
        }
      }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Smallest width of a wrapping column: its widest header word, within 8–12, never more than it needs. */
const WRAP_MIN = 8;
const WRAP_MIN_MAX = 12;
/** Padding (one space each side) and the border after the column. */
const CELL_EXTRA = 3;

function columnWidths(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): { keep: number[]; widths: number[] } {
  const natural = columns.map((c, i) => Math.max(lineWidth(c.header), ...rows.map((r) => lineWidth(r[i] ?? ''))));
  const minimum = columns.map((c, i) =>
    c.wrap
      ? Math.min(natural[i]!, Math.min(WRAP_MIN_MAX, Math.max(WRAP_MIN, longestWord(c.header))))
      : Math.max(longestWord(c.header), ...rows.map((r) => lineWidth(r[i] ?? ''))),
  );
  let keep = columns.map((_, i) => i);
  const room = (ids: number[]) => width - 1 - ids.length * CELL_EXTRA;
  const sum = (ids: number[], of: number[]) => ids.reduce((n, i) => n + of[i]!, 0);
  if (sum(keep, natural) <= room(keep)) return { keep, widths: keep.map((i) => natural[i]!) };
  const priority = (c: Column) => (c.optional === true ? 1 : typeof c.optional === 'number' ? c.optional : 0);
  const droppable = keep.filter((i) => priority(columns[i]!) > 0).sort((a, b) => priority(columns[b]!) - priority(columns[a]!) || b - a);
  for (const i of droppable) {
    if (sum(keep, minimum) <= room(keep)) break;
    keep = keep.filter((k) => k !== i);
  }
  if (sum(keep, natural) <= room(keep)) return { keep, widths: keep.map((i) => natural[i]!) };
  // Share what is left among the wrapping columns: each gets what it needs up
  // to a common cap, the largest cap that fits.
  const widths = new Map(keep.map((i) => [i, minimum[i]!]));
  const wrapping = keep.filter((i) => columns[i]!.wrap);
  const fixed = sum(keep, minimum) - sum(wrapping, minimum);
  const fits = (cap: number) => fixed + wrapping.reduce((n, i) => n + Math.max(minimum[i]!, Math.min(natural[i]!, cap)), 0) <= room(keep);
  let cap = 0;
  while (cap < width && fits(cap + 1)) cap++;
  for (const i of wrapping) widths.set(i, Math.max(minimum[i]!, Math.min(natural[i]!, cap)));
  // What the cap leaves over goes to the columns that still want more, left first.
  let left = room(keep) - [...widths.values()].reduce((n, w) => n + w, 0);
  for (const i of wrapping) {
    const add = Math.max(0, Math.min(left, natural[i]! - widths.get(i)!));
    widths.set(i, widths.get(i)! + add);
    left -= add;
  }
  return { keep, widths: keep.map((i) => widths.get(i)!) };
}

/**
 * A table that fits `width` (default: the terminal's). Cells are text: their control
 * characters are made visible, so record text cannot drive the terminal; colour is the
 * table's own (bold headers, `warn` cells).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], color: boolean, width: number): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const plain = rows.map((row) => row.map((cell) => visibleText(typeof cell === 'string' ? cell : cell.text).replace(/\t/g, ' ')));
  const { keep, widths } = columnWidths(
    columns.map((col) => ({ ...col, header: visibleText(col.header) })),
    plain,
    width,
  );
  const cells = (row: readonly string[], r: number) =>
    keep.map((i, k) => {
      const text = columns[i]!.wrap ? wrapText(row[i] ?? '', widths[k]!) : (row[i] ?? '');
      const cell = rows[r]![i];
      return cell !== undefined && typeof cell !== 'string' ? c.red(text) : text;
    });
  const body = plain.map(cells);
  const wrapped = body.some((row) => row.some((cell) => cell.includes('\n')));
  const table = new Table({
    head: keep.map((i, k) => c.bold(wrapText(visibleText(columns[i]!.header), widths[k]!))),
    style: { head: [], border: [], compact: !wrapped },
    colAligns: keep.map((i) => columns[i]!.align ?? 'left'),
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
  });
  for (const row of body) table.push(row);
  return `${table.toString()}\n`;
}

export function colours(color: boolean): InstanceType<typeof Chalk> {
  return new Chalk({ level: color ? 1 : 0 });
}

/** Whether every line of a printed text fits the width (colour codes do not count). */
export function fitsWidth(text: string, width: number): boolean {
  return text.split('\n').every((line) => stripVTControlCharacters(line).length <= width);
}
