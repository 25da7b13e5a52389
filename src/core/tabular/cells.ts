// One cell of a sheet as the readers hand it over, and the dates, numbers and
// texts that Swedish spreadsheets really hold: Excel serial numbers, day/month
// order, decimal commas, spaces between thousands, leading apostrophes. Pure:
// no clock (dates are computed from day numbers), no file system.

/** A cell as read: text from CSV, typed values from a workbook. */
export type Cell =
  | { type: 'empty' }
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'date'; iso: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'formula'; formula: string }
  | { type: 'error'; text: string };

/** How the numbers written as text in a source separate decimals: ';'-separated CSV uses a comma, ','-separated a point, a workbook either. */
export type DecimalMark = ',' | '.' | 'either';

export const EMPTY: Cell = { type: 'empty' };

/** The date of a day number counted from 1970-01-01 (proleptic Gregorian; H. Hinnant's civil_from_days). */
export function isoFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from 1970-01-01 to a date (days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Excel's day 0 in its 1900 date system is 1899-12-30 (day 60, the 29th of February 1900 Excel believes in, is before any date styr keeps). */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
/** The last day Excel knows: 9999-12-31. */
const EXCEL_LAST_SERIAL = 2958465;

/** The date of an Excel serial number (its time of day ignored), or undefined outside 1900-03-01 … 9999-12-31. */
export function isoFromExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > EXCEL_LAST_SERIAL) return undefined;
  return isoFromDays(EXCEL_EPOCH + Math.floor(serial));
}

/** The Excel serial number of an ISO date. */
export function excelSerialFromIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d) - EXCEL_EPOCH;
}

function validDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const iso = isoFromDays(daysFromCivil(year, month, day));
  const expected = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso === expected ? iso : undefined;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  mar: 3,
  mars: 3,
  march: 3,
  apr: 4,
  april: 4,
  maj: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  augusti: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oct: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export type DateReading = { iso: string } | { problem: 'notDate' | 'badDate' | 'twoDigitYear' };

/**
 * A date written as text. Accepted: `2026-12-01` (also with `/` or `.`, and a
 * midnight time after it), `1/12/2026` — always DAY/MONTH/YEAR, the Swedish
 * order, also with `.` or `-` — `1 december 2026` / `1 dec 2026` (Swedish or
 * English month names), `December 1, 2026`, and an Excel serial number stored
 * as text (`46357`). A day/month/year that does not exist is reported, never
 * moved to another day; so is a two-digit year.
 */
export function readDateText(raw: string): DateReading {
  const text = raw.trim().toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]00:00(?::00(?:\.0+)?)?z?)?$/.exec(text);
  if (m) {
    const iso = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso } : { problem: 'badDate' };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    if (m[3]!.length === 2) return { problem: 'twoDigitYear' };
    const iso = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
    return iso ? { iso } : { problem: 'badDate' };
  }
  m = /^(\d{1,2})\.?\s+([a-zåäö]+)\.?\s+(\d{2}|\d{4})$/.exec(text);
  if (m && MONTHS[m[2]!] !== undefined) {
    if (m[3]!.length === 2) return { problem: 'twoDigitYear' };
    const iso = validDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
    return iso ? { iso } : { problem: 'badDate' };
  }
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]!] !== undefined) {
    const iso = validDate(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
    return iso ? { iso } : { problem: 'badDate' };
  }
  if (/^\d{5}$/.test(text)) {
    const iso = isoFromExcelSerial(Number(text));
    if (iso) return { iso };
  }
  return { problem: 'notDate' };
}

export type NumberReading = { value: number } | { problem: 'notNumber' | 'ambiguousNumber' };

const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/**
 * A number written as text, the way the source writes them: `4 138`,
 * `12,5` (decimal comma), `1 250 000 kr`, `−3` (a typographic minus).
 * `1,500` in a workbook could be one and a half or fifteen hundred: it is
 * reported rather than guessed.
 */
export function readNumberText(raw: string, decimal: DecimalMark): NumberReading {
  let text = raw
    .trim()
    .replace(/\s*(?:kr|sek|:-)\.?$/i, '')
    .replace(/^\u2212/, '-')
    .replace(SPACES, '');
  const commas = (text.match(/,/g) ?? []).length;
  const points = (text.match(/\./g) ?? []).length;
  const groupsOf = (mark: string) => new RegExp(`^-?\\d{1,3}(?:\\${mark}\\d{3})+$`).test(text);
  if (commas > 0 && points > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (decimal !== 'either' && decimal !== decimalMark) return { problem: 'ambiguousNumber' };
    const thousands = decimalMark === ',' ? '.' : ',';
    text = text.split(thousands).join('').replace(',', '.');
  } else if (commas > 0) {
    if (decimal === '.') {
      if (!groupsOf(',')) return { problem: 'notNumber' };
      text = text.split(',').join('');
    } else {
      if (decimal === 'either' && groupsOf(',')) return { problem: 'ambiguousNumber' };
      if (commas > 1) return { problem: 'notNumber' };
      text = text.replace(',', '.');
    }
  } else if (points > 0 && decimal === ',') {
    // A point in a decimal-comma file: a decimal point typed by habit, unless it looks like groups of thousands.
    if (groupsOf('.')) return { problem: 'ambiguousNumber' };
  } else if (points > 0 && decimal === 'either' && groupsOf('.')) {
    return { problem: 'ambiguousNumber' };
  }
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return { problem: 'notNumber' };
  return { value: Number(text) };
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', 'x', '1']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

/** Yes or no written as text (Swedish or English), or undefined. */
export function readBooleanText(raw: string): boolean | undefined {
  const text = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/**
 * Text as typed: one leading apostrophe (Excel's "this is text" mark, and what
 * styr's export puts before a value that would start a formula) is taken off.
 */
export function cellText(text: string): { text: string; quoted: boolean } {
  if (text.startsWith("'")) return { text: text.slice(1), quoted: true };
  return { text, quoted: false };
}

/**
 * Text that a spreadsheet would run as a formula (OWASP "CSV injection"):
 * `=…`, and `+`, `-` or `@` followed by a call, a DDE pipe or a cell reference
 * (`+cmd|' /C calc'!A0`, `@SUM(A1)`, `-2+3+cmd|…`).
 */
export function looksLikeFormula(text: string): boolean {
  const t = text.replace(/^[\t\r\n ]+/, '');
  if (t.startsWith('=')) return true;
  return /^[+\-@]/.test(t) && /[(|!]/.test(t);
}

/** Markup in a cell: an HTML tag or comment. Record text is plain text; markup in it comes from a copy out of a web page, or is an attack. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i.test(text);
}

/** The characters OWASP lists as starting a formula; an exported text starting with one (or with an apostrophe) gets an apostrophe in front. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
}
