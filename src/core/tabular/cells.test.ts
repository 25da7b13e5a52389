import { describe, expect, it } from 'vitest';
import { kindByName } from '../kinds/registry.js';
import { excelSerialFromIso, isoFromExcelSerial, looksLikeFormula, looksLikeHtml, neutraliseFormula, readDateText, readNumberText } from './cells.js';
import { kindColumns } from './columns.js';
import { readCell, writeCell } from './values.js';

describe('dates as Swedish spreadsheets hold them', () => {
  it('reads ISO dates, and day/month/year in the Swedish order', () => {
    expect(readDateText('2026-12-01')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('2026-12-01 00:00:00')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('1/12/2026')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('01.12.2026')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('1-12-2026')).toEqual({ iso: '2026-12-01' });
  });

  it('never swaps day and month: 12/25/2026 (American) is reported, not read as the 12th of some month', () => {
    expect(readDateText('12/25/2026')).toEqual({ problem: 'badDate' });
    expect(readDateText('31/2/2026')).toEqual({ problem: 'badDate' });
    expect(readDateText('2026-02-30')).toEqual({ problem: 'badDate' });
  });

  it('refuses a two-digit year rather than guessing the century', () => {
    expect(readDateText('1/12/26')).toEqual({ problem: 'twoDigitYear' });
  });

  it('reads month names in Swedish and English', () => {
    expect(readDateText('1 december 2026')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('3 okt. 2025')).toEqual({ iso: '2025-10-03' });
    expect(readDateText('December 1, 2026')).toEqual({ iso: '2026-12-01' });
    expect(readDateText('snart')).toEqual({ problem: 'notDate' });
  });

  it('reads Excel serial numbers, as numbers and as text', () => {
    expect(isoFromExcelSerial(45658)).toBe('2025-01-01');
    expect(isoFromExcelSerial(46357.75)).toBe('2026-12-01');
    expect(readDateText('46357')).toEqual({ iso: '2026-12-01' });
    expect(isoFromExcelSerial(60)).toBeUndefined(); // Excel's 29 February 1900, which never was
    expect(excelSerialFromIso('2026-12-01')).toBe(46357);
    expect(isoFromExcelSerial(excelSerialFromIso('2000-02-29'))).toBe('2000-02-29');
  });
});

describe('numbers as Swedish spreadsheets hold them', () => {
  it('reads decimal commas, spaces between thousands and a currency after the amount', () => {
    expect(readNumberText('12,5', ',')).toEqual({ value: 12.5 });
    expect(readNumberText('1 250 000 kr', ',')).toEqual({ value: 1250000 });
    expect(readNumberText('4\u00a0138', 'either')).toEqual({ value: 4138 });
    expect(readNumberText('184 500,00', 'either')).toEqual({ value: 184500 });
    expect(readNumberText('1.250.000,50', 'either')).toEqual({ value: 1250000.5 });
    expect(readNumberText('\u22123', ',')).toEqual({ value: -3 });
  });

  it('reads a file with a decimal point the same way', () => {
    expect(readNumberText('12.5', '.')).toEqual({ value: 12.5 });
    expect(readNumberText('1,250', '.')).toEqual({ value: 1250 });
  });

  it('reports a number that reads two ways instead of guessing', () => {
    expect(readNumberText('1,500', 'either')).toEqual({ problem: 'ambiguousNumber' });
    expect(readNumberText('1.500', ',')).toEqual({ problem: 'ambiguousNumber' });
    expect(readNumberText('tolv', ',')).toEqual({ problem: 'notNumber' });
  });
});

describe('formula injection and markup', () => {
  it('takes =, and +, -, @ before a call or a DDE pipe, for a formula', () => {
    expect(looksLikeFormula('=HYPERLINK("http://x","y")')).toBe(true);
    expect(looksLikeFormula("=cmd|' /C calc'!A0")).toBe(true);
    expect(looksLikeFormula("+cmd|' /C calc'!A0")).toBe(true);
    expect(looksLikeFormula('@SUM(A1)')).toBe(true);
    expect(looksLikeFormula('- en punkt')).toBe(false);
    expect(looksLikeFormula('Skola')).toBe(false);
  });

  it('finds HTML tags but not a lone less-than sign', () => {
    expect(looksLikeHtml('<b>fet</b>')).toBe(true);
    expect(looksLikeHtml('<img src=x onerror=alert(1)>')).toBe(true);
    expect(looksLikeHtml('svarstid < 4 timmar')).toBe(false);
  });

  it('puts an apostrophe before =, +, -, @, a tab, a carriage return or an apostrophe on export', () => {
    for (const text of ['=1+1', '+46 8 123', '-2', '@x', '\tx', '\rx', "'x"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula('Skola')).toBe('Skola');
  });
});

describe('cells and field values', () => {
  const columns = kindColumns(kindByName('system'), {
    properties: {
      id: { type: 'string' },
      lifecycle: { type: 'string', enum: ['planned', 'production'] },
      contracts: { type: 'array', items: { type: 'string' } },
      users: { type: 'integer' },
    },
  });
  const column = (key: string) => columns.find((c) => c.key === key)!;

  it('reads an enum by value or by its label in either language, and writes its label', () => {
    expect(readCell({ type: 'text', text: 'I drift' }, column('lifecycle'), ',', undefined)).toEqual({ value: 'production' });
    expect(readCell({ type: 'text', text: 'in production' }, column('lifecycle'), ',', undefined)).toEqual({ value: 'production' });
    expect(writeCell('production', column('lifecycle'), 'sv')).toEqual({ type: 'text', text: 'i drift' });
  });

  it('takes one leading apostrophe off (Excel’s text mark), and a quoted formula is then text', () => {
    expect(readCell({ type: 'text', text: "'0042" }, column('id'), ',', undefined)).toEqual({ value: '0042' });
    expect(readCell({ type: 'text', text: "'=1+1" }, column('id'), ',', undefined)).toEqual({ value: '=1+1' });
    expect(readCell({ type: 'text', text: '=1+1' }, column('id'), ',', undefined)).toHaveProperty('problem.key', 'tabular.cell.formulaText');
  });

  it('reads a list one value a line, or ids separated by commas; writes one a line', () => {
    expect(readCell({ type: 'text', text: 'avtal-a\navtal-b' }, column('contracts'), ',', undefined)).toEqual({ value: ['avtal-a', 'avtal-b'] });
    expect(readCell({ type: 'text', text: 'avtal-a, avtal-b' }, column('contracts'), ',', undefined)).toEqual({ value: ['avtal-a', 'avtal-b'] });
    expect(writeCell(['avtal-a', 'avtal-b'], column('contracts'), 'sv')).toEqual({ type: 'text', text: 'avtal-a\navtal-b' });
    // A value that would read back as two is written as JSON.
    expect(writeCell(['a,b'], column('contracts'), 'sv')).toEqual({ type: 'text', text: '["a,b"]' });
  });

  it('refuses a formula cell and a whole number with decimals', () => {
    expect(readCell({ type: 'formula', formula: '=A1*2' }, column('users'), ',', undefined)).toHaveProperty('problem.key', 'tabular.cell.formula');
    expect(readCell({ type: 'number', value: 2.5 }, column('users'), ',', undefined)).toHaveProperty('problem.key', 'tabular.cell.notWhole');
  });
});
