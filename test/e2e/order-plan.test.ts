// styr order list, show, rank and plan end to end, on the valid fixture with a
// small backlog added: legal requirements, ties, dependencies, committed work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governanceRepo } from './helpers/governance-repo.js';
import type { GovernanceRepo } from './helpers/governance-repo.js';

let r: GovernanceRepo;

const BASE = 'description: Ett behov.\norderer: eva-exempelsson\nunit: utbildning\ntype: change\ncreated: 2026-10-01\n';
const PREPARED = 'status: prepared\nhistory:\n  - { date: 2026-11-01, from: in-preparation, to: prepared, actor: k }\n';
const APPROVED = 'decision: 2026-11-12-bit-november\nhistory:\n  - { date: 2026-11-12, from: prepared, to: approved, actor: k, decision: 2026-11-12-bit-november }\n';

beforeAll(() => {
  r = governanceRepo('valid');
  // The backlog is incomplete on purpose (no team, no estimate) to show how ranking and planning treat such
  // orders, so the preparation gate's rule is off here (it is tested in order-gate and order-flow tests).
  r.edit('data/styr.yaml', (t) => `${t}councilMeetings: [2026-11-12, 2026-12-10, 2027-01-14]\nrules:\n  order/preparation-incomplete: off\n`);
  // Approved at the November meeting: its minutes list them.
  r.edit('data/decisions/2026-11-12-bit-november.md', (t) =>
    t.replace(
      '  - { order: ORD-261020-7KQ2, outcome: approved }\n',
      ['ORD-261020-7KQ2', 'ORD-261001-DEP1', 'ORD-261001-PGR1', 'ORD-261001-N0TM'].map((o) => `  - { order: ${o}, outcome: approved }\n`).join(''),
    ),
  );
  r.write({
    // A legal requirement with a low score: ranks first anyway.
    'data/orders/ORD-261001-KRV1.yaml': `id: ORD-261001-KRV1\ntitle: Lagkrav\n${BASE}legalRequirement: true\nestimates: { benefit: 2, effortDays: 100 }\n${PREPARED}`,
    // Two with the best possible score: the earlier wanted-by date wins the tie.
    'data/orders/ORD-261001-PAR1.yaml': `id: ORD-261001-PAR1\ntitle: Lika ett\n${BASE}wantedBy: 2027-03-31\nestimates: { benefit: 5, strategicFit: 5, riskIfNotDone: 5, costOneOff: 0, effortDays: 3 }\n${PREPARED}`,
    'data/orders/ORD-261001-PAR2.yaml': `id: ORD-261001-PAR2\ntitle: Lika två\n${BASE}wantedBy: 2027-09-30\nestimates: { benefit: 5, strategicFit: 5, riskIfNotDone: 5, costOneOff: 0, effortDays: 3 }\n${PREPARED}`,
    // Decided orders carry a cost estimate (cost/order-estimate-missing); 3.5 MSEK scores 0 on cost, as no estimate did.
    // Approved with a low score, but the fixture's approved order depends on it.
    'data/orders/ORD-261001-DEP1.yaml': `id: ORD-261001-DEP1\ntitle: Grundarbete\n${BASE}team: drift\nestimates: { benefit: 1, costOneOff: 3500000, effortDays: 30 }\nstatus: approved\n${APPROVED}`,
    // In progress: committed work, placed first.
    'data/orders/ORD-261001-PGR1.yaml': `id: ORD-261001-PGR1\ntitle: Pågående\n${BASE}team: drift\nwantedBy: 2027-06-30\nestimates: { costOneOff: 3500000, effortDays: 50 }\nstatus: in-progress\n${APPROVED}  - { date: 2026-11-12, from: approved, to: planned, actor: k }\n  - { date: 2026-11-12, from: planned, to: in-progress, actor: k }\n`,
    // Approved without a team: unassigned.
    'data/orders/ORD-261001-N0TM.yaml': `id: ORD-261001-N0TM\ntitle: Utan team\n${BASE}estimates: { benefit: 3, costOneOff: 3500000, effortDays: 5 }\nstatus: approved\n${APPROVED}`,
  });
  r.edit('data/orders/ORD-261020-7KQ2.yaml', (t) => t.replace('goal: M1\n', 'goal: M1\nwantedBy: 2027-03-31\ndependsOn: [ORD-261001-DEP1]\n'));
  r.commit('Backlog');
});
afterAll(() => r.cleanup());

describe('the backlog fixture', () => {
  it('validates', () => {
    const v = r.run(['validate']);
    expect(v.stdout).toContain('inga problem');
    expect(v.code).toBe(0);
  });
});

describe('styr order rank', () => {
  it('ranks prepared and approved orders: legal first, then score, ties by wanted-by', () => {
    const j = r.run(['order', 'rank', '--json']);
    expect(j.code, j.stderr).toBe(0);
    const ranked = JSON.parse(j.stdout).orders as { rank: number; id: string; status: string; score: number; legalRequirement: boolean }[];
    expect(ranked.map((o) => `${o.rank} ${o.id} ${o.status} ${o.score}`)).toEqual([
      '1 ORD-261001-KRV1 prepared 8.3',
      '2 ORD-261001-PAR1 prepared 100',
      '3 ORD-261001-PAR2 prepared 100',
      '4 ORD-261020-7KQ2 approved 63.9',
      '5 ORD-261001-N0TM approved 27.8',
      '6 ORD-261001-DEP1 approved 5.6',
    ]);
  });

  it('prints a table with Swedish headings, and English with --lang en', () => {
    const sv = r.run(['order', 'rank']);
    expect(sv.stdout).toMatch(/Rang\s+│\s+Id\s+│\s+Rubrik\s+│\s+Status\s+│\s+Poäng/);
    expect(sv.stdout).toMatch(/│\s+1 │ ORD-261001-KRV1 │ .* │ beredd\s+│\s+§ 8,3 │/);
    expect(sv.stdout).toContain('§ = lagkrav, rangordnas först oavsett poäng');
    const en = r.run(['order', 'rank', '--lang', 'en']);
    expect(en.stdout).toMatch(/Rank\s+│\s+Id\s+│\s+Title\s+│\s+Status\s+│\s+Score/);
  });

  it('explains each weight’s contribution with --explain', () => {
    const e = r.run(['order', 'rank', '--explain', '--lang', 'en', '--limit', '4']);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('4. ORD-261020-7KQ2 Ny inloggning för elever — approved, score 63.9');
    expect(e.stdout).toMatch(/Benefit\s+weight 3\s+4\/5\s+25 \/ 33\.3/);
    expect(e.stdout).toMatch(/Cost\s+weight 1\s+not estimated\s+0 \/ 11\.1/);
    expect(e.stdout).not.toContain('ORD-261001-N0TM');
  });
});

describe('styr plan', () => {
  it('places committed work first, pulls a dependency forward, and reports what it cannot place', () => {
    const j = r.run(['plan', '--json']);
    expect(j.code, j.stderr).toBe(0);
    const plan = JSON.parse(j.stdout);
    expect(
      plan.placed.map((p: { id: string; start: string; end: string; committed: boolean }) => `${p.id} ${p.start}–${p.end}${p.committed ? ' committed' : ''}`),
    ).toEqual(['ORD-261001-PGR1 2027-Q1–2027-Q2 committed', 'ORD-261020-7KQ2 2027-Q3–2027-Q3', 'ORD-261001-DEP1 2027-Q2–2027-Q2']);
    expect(plan.unplaced).toMatchObject([{ id: 'ORD-261001-N0TM', reason: 'unassigned' }]);
    expect(plan.late).toEqual([{ id: 'ORD-261020-7KQ2', wantedBy: '2027-03-31', wantedQuarter: '2027-Q1', end: '2027-Q3' }]);
    expect(plan.overAllocated).toEqual([]);
    expect(plan.teams[0].quarters.slice(0, 3)).toEqual([
      // the in-progress order's 50 days are due by 2027-06-30: in Q2, against the 80 days of Q1 and Q2
      { quarter: '2027-Q1', capacity: 40, demand: 0, committed: 40, approved: 0, free: 0, over: 0 },
      { quarter: '2027-Q2', capacity: 40, demand: 50, committed: 10, approved: 30, free: 0, over: 0 },
      { quarter: '2027-Q3', capacity: 20, demand: 0, committed: 0, approved: 20, free: 0, over: 0 },
    ]);
  });

  it('prints the plan as tables', () => {
    const t = r.run(['plan', '--lang', 'en']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Plan 2027-Q1 – 2028-Q4');
    expect(t.stdout).toMatch(/1\* │ ORD-261001-PGR1 .*│ 2027-Q1 │ 2027-Q2 │/);
    expect(t.stdout).toContain('Cannot be placed');
    expect(t.stdout).toContain('no team assigned');
    expect(t.stdout).toContain('ORD-261020-7KQ2  wanted 2027-03-31 (2027-Q1), ends 2027-Q3');
    expect(t.stdout).toMatch(/Drift\s+│\s+40\/40 │\s+40\/40 │\s+20\/20 │\s+0\/40 │/);
  });

  it('names the team, the quarter and the orders when commitments due by a quarter exceed the capacity until then', () => {
    const path = 'data/orders/ORD-261001-PGR1.yaml';
    r.edit(path, (t) => t.replace('wantedBy: 2027-06-30', 'wantedBy: 2027-03-31'));
    try {
      const t = r.run(['plan', '--lang', 'en']);
      expect(t.stdout).toContain('Over-allocated: committed work (and what it depends on) due by the end of the quarter exceeds the team’s capacity until then');
      expect(t.stdout).toContain('  Drift 2027-Q1: 50 / 40 (+10): ORD-261001-PGR1');
      expect(t.stdout).toMatch(/Drift\s+│\s+40\/40 ! │\s+40\/40 │/);
      const plan = JSON.parse(r.run(['plan', '--json']).stdout);
      expect(plan.overAllocated).toEqual([{ team: 'drift', quarter: '2027-Q1', capacity: 40, demand: 50, over: 10, orders: ['ORD-261001-PGR1'] }]);
    } finally {
      r.edit(path, (t) => t.replace('wantedBy: 2027-03-31', 'wantedBy: 2027-06-30'));
    }
  });

  it('says how many person-days an order that does not fit needs, with plurals and numbers by language', () => {
    const path = 'data/orders/ORD-261020-7KQ2.yaml';
    r.edit(path, (t) => t.replace('effortDays: 20 }', 'effortDays: 1500 }'));
    try {
      const sv = r.run(['plan', '--lang', 'sv']);
      expect(sv.code, sv.stderr).toBe(0);
      expect(sv.stdout).toMatch(/får inte plats: behöver 1\u00a0500 persondagar, \d+ lediga/);
      const en = r.run(['plan', '--lang', 'en']);
      expect(en.stdout).toMatch(/does not fit: needs 1,500 person-days, \d+ free/);
    } finally {
      r.edit(path, (t) => t.replace('effortDays: 1500 }', 'effortDays: 20 }'));
    }
  });
});

describe('styr order list and show', () => {
  it('filters by status and days in status and sorts by score', () => {
    const j = r.run(['order', 'list', '--status', 'prepared,approved', '--sort', 'score', '--json']);
    expect(JSON.parse(j.stdout).map((o: { id: string }) => o.id)).toEqual([
      'ORD-261001-PAR1',
      'ORD-261001-PAR2',
      'ORD-261020-7KQ2',
      'ORD-261001-N0TM',
      'ORD-261001-KRV1',
      'ORD-261001-DEP1',
    ]);
    const old = r.run(['order', 'list', '--older-than', '20', '--json']);
    expect(JSON.parse(old.stdout).map((o: { id: string; daysInStatus: number }) => `${o.id} ${o.daysInStatus}`)).toEqual(
      ['ORD-261001-DEP1 19', 'ORD-261001-KRV1 30', 'ORD-261001-N0TM 19', 'ORD-261001-PGR1 19', 'ORD-261001-PAR1 30', 'ORD-261001-PAR2 30'].filter(
        (line) => Number(line.split(' ')[1]) > 20,
      ),
    );
    const t = r.run(['order', 'list', '--status', 'mottagen']);
    expect(t.stdout).toMatch(/Id\s+│ Rubrik\s+│ Status\s+│ Enhet/);
    expect(t.stdout).toContain('ORD-261115-A3BC');
    expect(t.stdout).toContain('1 beställning visas av 8');
    const bad = r.run(['order', 'list', '--unit', 'utbilding']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--unit: enhet ”utbilding” finns inte – menade du ”utbildning”?');
  });

  it('shows one order: fields, next step, score breakdown, dependencies both ways, history', () => {
    const s = r.run(['order', 'show', 'ORD-261001-DEP1', '--lang', 'en']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toMatch(/^ORD-261001-DEP1 {2}Grundarbete\n/);
    expect(s.stdout).toMatch(/Status\s+approved \(since 2026-11-12, 19 days\)/);
    expect(s.stdout).toMatch(/Next step\s+team Drift: plan the work/);
    expect(s.stdout).toMatch(/Score 5\.6 \(score 0–100; rank 6 of 6 prepared and approved\)/);
    expect(s.stdout).toMatch(/Depended on by\n {2}ORD-261020-7KQ2 {2}Ny inloggning för elever \(approved\)/);
    expect(s.stdout).toMatch(/2026-11-12 │ prepared\s+│ approved\s+│ k\s+│ 2026-11-12-bit-november/);
    const prepared = r.run(['order', 'show', 'ORD-261001-PAR1', '--lang', 'en']);
    expect(prepared.stdout).toMatch(/Next step\s+the decision council: decide on the order, next meeting 2026-12-10/);
    const json = JSON.parse(r.run(['order', 'show', 'ORD-261020-7KQ2', '--json']).stdout);
    expect(json).toMatchObject({
      id: 'ORD-261020-7KQ2',
      score: 63.9,
      rank: 4,
      dependsOn: [{ id: 'ORD-261001-DEP1', status: 'approved' }],
      dependents: [{ id: 'ORD-261115-A3BC', status: 'received' }],
    });
    const unknown = r.run(['order', 'show', 'ORD-261001-PAR3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/beställning ”ORD-261001-PAR3” finns inte – menade du ”ORD-261001-PAR[12]”\?/);
  });
});
