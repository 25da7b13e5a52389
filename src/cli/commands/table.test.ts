import { describe, expect, it } from 'vitest';
import { renderTable, terminalWidth, wrapText } from './table.js';

const width = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('terminal tables', () => {
  it('wraps text at spaces and breaks words longer than the width', () => {
    expect(wrapText('Flytt av e-post och kalender', 10)).toBe('Flytt av\ne-post och\nkalender');
    expect(wrapText('kommunstyrelseforvaltningen', 10)).toBe('kommunstyr\nelseforval\ntningen');
  });

  it('keeps its natural width when it fits, and wraps text columns to fit a narrow terminal', () => {
    const columns = [{ header: 'Id' }, { header: 'Rubrik', wrap: true }, { header: 'Poäng', align: 'right' as const }];
    const rows = [['ORD-261001-KRV1', 'Upphandling av nytt system för miljötillsyn och livsmedelskontroll', '63,9']];
    expect(renderTable(columns, rows, false, 200)).toContain('│ Upphandling av nytt system för miljötillsyn och livsmedelskontroll │');
    const narrow = renderTable(columns, rows, false, 40);
    expect(width(narrow)).toBeLessThanOrEqual(40);
    expect(narrow).toContain('ORD-261001-KRV1');
    expect(narrow).toContain('63,9');
  });

  it('leaves out optional columns, the highest priority first, when the rest cannot fit', () => {
    const columns = [{ header: 'Id' }, { header: 'Typ', wrap: true, optional: 1 }, { header: 'Enhet', wrap: true, optional: 2 }, { header: 'Rubrik', wrap: true }];
    const rows = [['ORD-261001-KRV1', 'tjänstebeställning', 'kommunstyrelseforvaltningen', 'Ett långt namn på en beställning']];
    const text = renderTable(columns, rows, false, 45);
    expect(width(text)).toBeLessThanOrEqual(45);
    expect(text).not.toContain('Enhet');
    expect(text).toContain('Typ');
  });

  it('takes the width from COLUMNS, else 100 when not on a terminal', () => {
    expect(terminalWidth({ env: { COLUMNS: '80' }, stdout: { write: () => true } })).toBe(80);
    expect(terminalWidth({ env: {}, stdout: { write: () => true } })).toBe(100);
    expect(terminalWidth({ env: {}, stdout: { write: () => true, isTTY: true, columns: 72 } })).toBe(72);
  });
});
