// styr costs and the economy document on the example municipality: every cut
// reconciles to the same totals, figures of each kind match a hand computation,
// and the economy document prints the same totals in Swedish and English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, styr, tempDir } from '../helpers/cli.js';

const DATA = join(ROOT, 'data');
const TODAY = '2026-12-01';
const COLUMNS = ['budget', 'outcome', 'committed', 'contracts', 'total'] as const;

interface Amounts {
  budget: number;
  outcome: number;
  committed: number;
  contracts: number;
  total: number;
  overhead: number;
}
interface CostsJson {
  currency: string;
  year: number;
  by: string;
  rows: (Amounts & { key: string; name: string })[];
  total: Amounts;
}

function costs(by: string, extra: string[] = []): CostsJson {
  const r = styr(['costs', '--data', DATA, '--today', TODAY, '--by', by, '--json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as CostsJson;
}

describe('styr costs on the example data', () => {
  const cuts = new Map<string, CostsJson>();
  beforeAll(() => {
    for (const by of ['unit', 'object', 'supplier', 'category']) cuts.set(by, costs(by));
  });
  const cut = (by: string) => cuts.get(by)!;
  const row = (by: string, key: string) => cut(by).rows.find((r) => r.key === key);

  it('prints exactly the documented shape, in whole kronor', () => {
    const json = cut('unit');
    expect(Object.keys(json)).toEqual(['currency', 'year', 'by', 'rows', 'total']);
    expect(json).toMatchObject({ currency: 'SEK', year: 2027, by: 'unit' });
    expect(Object.keys(json.rows[0]!).slice(0, 7)).toEqual(['key', 'name', ...COLUMNS]);
    for (const r of [...json.rows, json.total]) for (const c of COLUMNS) expect(Number.isInteger(r[c]), c).toBe(true);
  });

  it('reconciles: the sum by unit = by object = by supplier = by category = the grand total', () => {
    const grand = cut('unit').total;
    for (const by of cuts.keys()) {
      expect(cut(by).total, by).toEqual(grand);
      for (const c of [...COLUMNS, 'overhead'] as const)
        expect(
          cut(by).rows.reduce((s, r) => s + r[c], 0),
          `${by} ${c}`,
        ).toBe(grand[c]);
    }
    expect(grand.total).toBe(grand.budget + grand.committed + grand.contracts + grand.overhead);
  });

  it('matches hand computations of each kind of figure', () => {
    // Budget: the social services plan, 910 000 + 80 000 + 410 000 + 650 000 + 250 000 kr.
    expect(row('object', 'socialtjanst-system')?.budget).toBe(2_300_000);
    // Outcome: nothing is booked for 2027 on 1 December 2026.
    expect(cut('unit').total.outcome).toBe(0);
    // Committed: ORD-260706-FG6B (planned, telephony), delivered in Q3 2027:
    // 90 000 one-off + 60 000 a year × 1 quarter of 4 = 105 000.
    expect(row('object', 'telefoni')?.committed).toBe(105_000);
    // Contracts: the consultancy contract (1 420 000 a year) ends on 2027-09-30,
    // its last day: 273 of 365 days → 1 420 000 × 273 / 365 = 1 062 082.
    expect(row('supplier', 'Styrkraft Konsult AB')?.contracts).toBe(1_062_082);
    // Allocation: the IT unit's overhead, 8 400 000 by users 610 of 4 220 → 1 214 218.
    expect(row('unit', 'kommunstyrelseforvaltningen')?.overhead).toBe(1_214_218);
    // What no one carries: the web publishing contract, 395 000, not yet allocated.
    expect(row('unit', '')?.contracts).toBe(395_000);
  });

  it('takes --year and refuses an unknown cut', () => {
    expect(costs('unit', ['--year', '2026']).year).toBe(2026);
    const bad = styr(['costs', '--data', DATA, '--today', TODAY, '--by', 'colour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('colour');
  });

  it('prints a table with amounts the language writes them', () => {
    const sv = styr(['costs', '--data', DATA, '--today', TODAY, '--by', 'category']);
    expect(sv.stdout).toContain('IT-kostnader 2027 per kostnadsslag (SEK)');
    expect(sv.stdout).toContain(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(cut('unit').total.total));
    const en = styr(['costs', '--data', DATA, '--today', TODAY, '--by', 'category', '--lang', 'en']);
    expect(en.stdout).toContain('IT costs 2027 by cost category (SEK)');
    expect(en.stdout).toContain(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(cut('unit').total.total));
  });
});

describe('the economy document', () => {
  const out = tempDir();
  afterAll(() => out.cleanup());

  it('renders in Swedish and English with the totals of styr costs', () => {
    const json = costs('unit');
    for (const [lang, locale, total] of [
      ['sv', 'sv-SE', 'Summa'],
      ['en', 'en-GB', 'Total'],
    ] as const) {
      const dir = join(out.dir, lang);
      const r = styr(['render', 'economy', '--data', DATA, '--today', TODAY, '--lang', lang, '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
      const page = readFileSync(join(dir, 'economy', 'index.md'), 'utf8');
      const money = (n: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(n);
      const totalRow = `| **${total}** | **${money(json.total.budget)}** | **${money(json.total.outcome)}** | **${money(json.total.committed)}** | **${money(json.total.contracts)}** | **${money(json.total.overhead)}** | **${money(json.total.total)}** |`;
      // One total row per cut (department, managed object, supplier, category), all the same.
      expect(page.split(totalRow).length - 1, lang).toBe(4);
      for (const unit of json.rows.filter((u) => u.key !== '')) expect(page, `${lang} ${unit.key}`).toContain(`| ${unit.name} | ${money(unit.budget)} |`);
    }
  });
});
