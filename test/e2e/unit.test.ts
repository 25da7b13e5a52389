// styr unit and the units document on the example municipality (data/): a
// department's orderer page in the terminal (Swedish and English), as JSON,
// the usage error for an unknown unit, and the rendered pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { styr, tempDir } from '../helpers/cli.js';

const DATA = ['--data', 'data', '--today', '2026-12-01'];

/** The cells of the table row whose first cell is `first`. */
function row(stdout: string, first: string): string[] {
  const line = stdout.split('\n').find((l) => l.split('│')[1]?.trim() === first);
  if (!line) throw new Error(`no row ${first} in:\n${stdout}`);
  return line
    .split('│')
    .slice(1, -1)
    .map((c) => c.trim());
}

describe('styr unit', () => {
  it('prints the department’s orderers, IT contact, orders, systems, contracts and costs in Swedish', () => {
    const r = styr(['unit', 'socialforvaltningen', ...DATA]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Socialförvaltningen (socialforvaltningen) – förvaltning');
    expect(lines[1]).toMatch(/^Beställare: +Johan Låtsasson, Helena Fantasiström$/);
    expect(lines[2]).toMatch(/^IT-samordnare: +Amir Skenberg$/);
    // The prepared order: rank 5 in the backlog, waiting for the council's next meeting.
    expect(row(r.stdout, 'ORD-260914-1JKP')).toEqual([
      'ORD-260914-1JKP',
      'Mobil tidrapportering i hemtjänsten',
      'beredd',
      '5',
      '–',
      'Beslutsråd IT: besluta om beställningen, nästa möte 2026-12-10',
    ]);
    // An order in progress: its plan quarters and the team that delivers.
    expect(row(r.stdout, 'ORD-251020-9RMS').slice(2, 6)).toEqual(['pågår', '–', '2027-Q1–2027-Q2', 'team Drift och infrastruktur: leverera']);
    expect(row(r.stdout, 'hemtjanstplanering').slice(2)).toEqual(['äger', 'i drift', 'Förvaltningsplan Socialtjänstens system 2027 (godkänd)']);
    expect(row(r.stdout, 'utskrift-2020').slice(2)).toEqual(['bär 20 % av kostnaden', '2027-04-01', '2027-01-01']);
    expect(r.stdout).toContain('IT-kostnader 2027');
    expect(r.stdout).toMatch(/Totalt: +20\u00a0003\u00a0171\u00a0kr\n$/);
  });

  it('speaks English with --lang en', () => {
    const r = styr(['unit', 'socialforvaltningen', ...DATA, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Socialförvaltningen (socialforvaltningen) – department');
    expect(row(r.stdout, 'ORD-260914-1JKP')[2]).toBe('prepared');
    expect(r.stdout).toContain('Systems the department owns or uses');
  });

  it('gives the JSON shape {unit, orderers, itContact, orders, systems, contracts, costs}', () => {
    const r = styr(['unit', 'kultur-och-fritid', ...DATA, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & {
      orders: { id: string; status: string; rank: number | null; quarter: string | null; nextStep: { kind: string } | null }[];
      systems: { id: string; relation: string; plans: { id: string; status: string }[] }[];
      contracts: { id: string; relation: string }[];
    };
    expect(Object.keys(j)).toEqual(['unit', 'orderers', 'itContact', 'orders', 'systems', 'contracts', 'costs']);
    expect(j.unit).toEqual({ id: 'kultur-och-fritid', name: 'Kultur- och fritidsförvaltningen', kind: 'department', manager: expect.any(String) });
    expect(j.orderers).toEqual([
      { id: 'anna-karin-sagolund', name: 'Anna-Karin Sagolund' },
      { id: 'peter-kulissberg', name: 'Peter Kulissberg' },
    ]);
    // The department has not appointed its IT contact (unit/it-contact warns).
    expect(j.itContact).toBeNull();
    for (const o of j.orders) expect(Object.keys(o).slice(0, 2)).toEqual(['id', 'status']);
    expect(j.orders.find((o) => o.id === 'ORD-260817-ZK2W')).toMatchObject({ status: 'approved', nextStep: { kind: 'team' } });
    // The library system is the department's own, under the draft culture and leisure plan.
    expect(j.systems.find((s) => s.id === 'bibliotekssystem')).toMatchObject({ relation: 'owns', plans: [{ id: 'kultur-fritid-2027', status: 'draft' }] });
    expect(j.contracts.find((c) => c.id === 'utskrift-2020')).toMatchObject({ relation: 'shares', share: 5 });
    expect(j.costs).toMatchObject({ year: 2027, currency: 'SEK' });
  });

  it('refuses an unknown unit with exit 2 and the closest id', () => {
    const r = styr(['unit', 'socialforvaltnign', ...DATA]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('styr: enhet ”socialforvaltnign” finns inte – menade du ”socialforvaltningen”?\n');
    const partial = styr(['unit', 'social', ...DATA]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('menade du ”socialforvaltningen”?');
  });
});

describe('the units document', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('renders one page per department, linked from its index, and leaves out the units that do not order', () => {
    const out = join(dir, 'site');
    const r = styr(['render', 'units', 'plans', 'contracts', ...DATA, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const index = readFileSync(join(out, 'units', 'index.md'), 'utf8');
    for (const id of ['barn-och-utbildning', 'kommunstyrelseforvaltningen', 'kultur-och-fritid', 'samhallsbyggnad', 'socialforvaltningen', 'tekniska-forvaltningen']) {
      expect(index).toContain(`(${id}.md)`);
    }
    expect(index).not.toContain('it-enheten');
    expect(index).not.toContain('bestallarfunktionen');
    expect(index).toContain('| [Kultur- och fritidsförvaltningen](kultur-och-fritid.md) | Anna-Karin Sagolund, Peter Kulissberg | ingen utsedd |');
    const page = readFileSync(join(out, 'units', 'samhallsbyggnad.md'), 'utf8');
    expect(page).toContain('# Samhällsbyggnadsförvaltningen');
    expect(page).toContain(
      '| ORD-260615-EQ2G Upphandling av nytt system för miljötillsyn | beredd | 3 | – | 2027-12-31 | Beslutsråd IT: besluta om beställningen, nästa möte 2026-12-10 |',
    );
    expect(page).toContain('[Förvaltningsplan GIS och bygg 2027](../plans/gis-bygg-2027.md) (godkänd)');
    expect(page).toContain('## Avtal');
    expect(page).toContain('## IT-kostnader 2027');
  });
});
