import { describe, expect, it } from 'vitest';
import { createFormatters } from './format.js';
import { translate } from './translate.js';

describe('createFormatters', () => {
  it('writes Swedish dates as ISO dates and English ones with the month in full, every month alike', () => {
    const sv = createFormatters('sv', 'SEK', '–');
    const en = createFormatters('en', 'SEK', '–');
    expect(sv.date('2027-09-30')).toBe('2027-09-30');
    const months = Array.from({ length: 12 }, (_, i) => en.date(`2027-${String(i + 1).padStart(2, '0')}-01`).split(' ')[1]);
    expect(months).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  });

  it('writes numbers the language’s way', () => {
    expect(createFormatters('sv', 'SEK', '–').number(63.94, 1)).toBe('63,9');
    expect(createFormatters('sv', 'SEK', '–').number(4138)).toBe('4\u00a0138');
    expect(createFormatters('en', 'SEK', '–').number(4138.5)).toBe('4,138.5');
  });
});

describe('count messages', () => {
  it('agree with their number in both languages', () => {
    expect(translate('sv', 'slaUnit.business-days', { n: 1 })).toBe('1 arbetsdag');
    expect(translate('sv', 'slaUnit.business-days', { n: 5 })).toBe('5 arbetsdagar');
    expect(translate('en', 'slaUnit.business-days', { n: 1 })).toBe('1 business day');
    expect(translate('en', 'portfolio.progress.overdue', { days: 1 })).toBe('overdue by 1 day');
    expect(translate('sv', 'contracts.maxRenewals', { n: 1 })).toBe('högst 1 gång');
    expect(translate('en', 'contracts.maxRenewals', { n: 1 })).toBe('at most once');
    expect(translate('sv', 'unplaced.does-not-fit', { needed: 12.5, free: 4 })).toBe('får inte plats: behöver 12,5 persondagar, 4 lediga');
    expect(translate('sv', 'maturity.pointsChange', { n: 15 })).toBe('+15 procentenheter');
    expect(translate('en', 'maturity.points', { n: 1 })).toBe('1 percentage point');
  });
});
