// A cell into a field value (import) and a field value into a cell (export),
// for one column. Enum values are written by their labels and read by value or
// by label in either language; a mapping's translations come first. Problems
// are returned as catalogue keys with values; the caller words them.
import type { MessageKey } from '../i18n/catalog.js';
import { LANGUAGES } from '../i18n/language.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import type { MessageValues } from '../i18n/translate.js';
import { cellText, isoFromExcelSerial, looksLikeFormula, looksLikeHtml, readBooleanText, readDateText, readNumberText } from './cells.js';
import type { Cell, DecimalMark } from './cells.js';
import { sameValue } from '../diff/record-diff.js';
import type { Column, ScalarType } from './columns.js';

export interface CellProblem {
  key: MessageKey;
  values: MessageValues;
}

export type CellReading = { value: unknown } | { problem: CellProblem };

/** Translations of a mapping for one field: cell text → value. */
export type Translations = ReadonlyMap<string, unknown>;

const shown = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

function problem(key: MessageKey, values: MessageValues = {}): { problem: CellProblem } {
  return { problem: { key, values } };
}

/** The label of an enum value in a language (labels carrying an amount are written without it). */
export function enumLabel(column: Column, value: string, language: Language): string {
  if (!column.enumGroup) return value;
  const key = `${column.enumGroup}.${value}` as MessageKey;
  try {
    return translate(language, key, { n: '' }).trim();
  } catch {
    return value;
  }
}

/** Labels of an enum column in both languages, lower case → value. */
export function enumLookup(column: Column): Map<string, string> {
  const out = new Map<string, string>();
  for (const value of column.choices ?? []) out.set(value.toLowerCase(), value);
  for (const language of LANGUAGES) {
    for (const value of column.choices ?? []) {
      const label = enumLabel(column, value, language).toLowerCase();
      if (!out.has(label)) out.set(label, value);
    }
  }
  // KLASSA levels are numbered 0–4 in the schema's order, and lists often write the number
  // or the level's first word ("ingen" for "ingen eller försumbar").
  if (column.enumGroup === 'class') {
    (column.choices ?? []).forEach((value, level) => {
      if (!out.has(String(level))) out.set(String(level), value);
    });
    for (const language of LANGUAGES) {
      const first = enumLabel(column, 'none', language).toLowerCase().split(' ')[0];
      if (first && !out.has(first)) out.set(first, 'none');
    }
  }
  return out;
}

function readScalarText(text: string, type: ScalarType, column: Column, decimal: DecimalMark, enums: Map<string, string> | undefined): CellReading {
  switch (type) {
    case 'string':
      return { value: text };
    case 'date': {
      const r = readDateText(text);
      if ('iso' in r) return { value: r.iso };
      return problem(r.problem === 'twoDigitYear' ? 'tabular.cell.twoDigitYear' : r.problem === 'badDate' ? 'tabular.cell.badDate' : 'tabular.cell.notDate', {
        text: shown(text),
      });
    }
    case 'integer':
    case 'number': {
      const r = readNumberText(text, decimal);
      if ('problem' in r) return problem(r.problem === 'ambiguousNumber' ? 'tabular.cell.ambiguousNumber' : 'tabular.cell.notNumber', { text: shown(text) });
      if (type === 'integer' && !Number.isInteger(r.value)) return problem('tabular.cell.notWhole', { text: shown(text) });
      return { value: r.value };
    }
    case 'boolean': {
      const b = readBooleanText(text);
      return b === undefined ? problem('tabular.cell.notBoolean', { text: shown(text) }) : { value: b };
    }
    case 'enum': {
      const hit = enums?.get(text.trim().toLowerCase());
      if (hit !== undefined) return { value: hit };
      return problem('tabular.cell.notChoice', { text: shown(text), allowed: (column.choices ?? []).join(', ') });
    }
  }
}

function readScalarCell(cell: Cell, type: ScalarType, column: Column, decimal: DecimalMark, enums: Map<string, string> | undefined): CellReading {
  switch (cell.type) {
    case 'number':
      if (type === 'date') {
        const iso = isoFromExcelSerial(cell.value);
        return iso ? { value: iso } : problem('tabular.cell.notDate', { text: String(cell.value) });
      }
      if (type === 'integer') return Number.isInteger(cell.value) ? { value: cell.value } : problem('tabular.cell.notWhole', { text: String(cell.value) });
      if (type === 'number') return { value: cell.value };
      if (type === 'boolean' && (cell.value === 0 || cell.value === 1)) return { value: cell.value === 1 };
      return readScalarText(String(cell.value), type, column, decimal, enums);
    case 'date':
      if (type === 'date' || type === 'string') return { value: cell.iso };
      return problem('tabular.cell.unexpectedDate', { text: cell.iso });
    case 'boolean':
      if (type === 'boolean') return { value: cell.value };
      return readScalarText(cell.value ? 'true' : 'false', type, column, decimal, enums);
    default:
      return problem('tabular.cell.notDate', { text: '' });
  }
}

/**
 * The field value of a cell; `undefined` for an empty cell. Formula cells,
 * error cells, text a spreadsheet would run as a formula, and HTML are refused.
 */
export function readCell(
  cell: Cell,
  column: Column,
  decimal: DecimalMark,
  translations: Translations | undefined,
  enums: Map<string, string> | undefined = column.type === 'enum' ? enumLookup(column) : undefined,
): CellReading {
  if (cell.type === 'empty') return { value: undefined };
  if (cell.type === 'formula') return problem('tabular.cell.formula', { formula: shown(cell.formula) });
  if (cell.type === 'error') return problem('tabular.cell.error', { text: cell.text });
  if (cell.type !== 'text') {
    if (column.shape === 'json') return problem('tabular.cell.notJson', { text: shown(cell.type === 'date' ? cell.iso : String(cell.value)) });
    if (column.shape === 'list') {
      const one = readScalarCell(cell, column.type, column, decimal, enums);
      return 'value' in one ? { value: [one.value] } : one;
    }
    return readScalarCell(cell, column.type, column, decimal, enums);
  }
  const { text, quoted } = cellText(cell.text);
  if (text.trim() === '') return { value: undefined };
  if (!quoted && looksLikeFormula(text)) return problem('tabular.cell.formulaText', { text: shown(text) });
  if (looksLikeHtml(text)) return problem('tabular.cell.html', { text: shown(text) });
  const translated = translation(translations, text);
  if (translated !== undefined) return { value: translated };
  if (column.shape === 'json') {
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return problem('tabular.cell.notJson', { text: shown(text) });
    }
  }
  if (column.shape === 'list') return readList(text, column, decimal, translations, enums);
  return readScalarText(column.type === 'string' ? text : text.trim(), column.type, column, decimal, enums);
}

/**
 * A list in one cell: one value a line, or a JSON list (what export writes
 * when a value holds a line break). Values without spaces — ids, enum values,
 * numbers — may also be separated by commas or semicolons on one line.
 */
function readList(text: string, column: Column, decimal: DecimalMark, translations: Translations | undefined, enums: Map<string, string> | undefined): CellReading {
  if (text.trimStart().startsWith('[')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) return { value: parsed };
    } catch {
      return problem('tabular.cell.notJson', { text: shown(text) });
    }
  }
  let items = text.split(/\r?\n/);
  if (items.length === 1 && /^[^\s,;]+(?:\s*[,;]\s*[^\s,;]+)+$/.test(text.trim())) items = text.split(/[;,]/);
  const out: unknown[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item === '') continue;
    const translated = translation(translations, item);
    if (translated !== undefined) {
      out.push(translated);
      continue;
    }
    const r = readScalarText(item, column.type, column, decimal, enums);
    if ('problem' in r) return r;
    out.push(r.value);
  }
  return { value: out };
}

/** A translation of a text: as written, else in lower case (names are given both ways). */
function translation(translations: Translations | undefined, text: string): unknown {
  if (!translations) return undefined;
  const key = text.trim();
  return translations.get(key) ?? translations.get(key.toLowerCase());
}

/** A cell to write: text, a number, a real date, yes/no. */
export type OutCell =
  { type: 'empty' } | { type: 'text'; text: string } | { type: 'number'; value: number } | { type: 'date'; iso: string } | { type: 'boolean'; value: boolean };

function scalarOut(value: unknown, column: Column, language: Language): OutCell {
  if (value === undefined || value === null) return { type: 'empty' };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'string') {
    if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { type: 'date', iso: value };
    if (column.type === 'enum') return { type: 'text', text: enumLabel(column, value, language) };
    return { type: 'text', text: value };
  }
  return { type: 'text', text: JSON.stringify(value) };
}

/** The cell for a field value. Lists are one value a line, or JSON when a value holds a line break. */
export function writeCell(value: unknown, column: Column, language: Language): OutCell {
  if (value === undefined || value === null) return { type: 'empty' };
  if (column.shape === 'json') return { type: 'text', text: JSON.stringify(value) };
  if (column.shape === 'list' && Array.isArray(value)) {
    const items = value.map((v) => {
      const cell = scalarOut(v, column, language);
      if (cell.type === 'text') return cell.text;
      if (cell.type === 'date') return cell.iso;
      if (cell.type === 'empty') return '';
      return String(cell.value);
    });
    // One value a line, unless that would read back differently (a line break or a comma in a value): then JSON.
    const text = items.join('\n');
    const back = items.length > 0 ? readList(text, column, '.', undefined, enumLookup(column)) : undefined;
    if (!back || !('value' in back) || !sameValue(back.value, value)) return { type: 'text', text: JSON.stringify(value) };
    return { type: 'text', text };
  }
  return scalarOut(value, column, language);
}
