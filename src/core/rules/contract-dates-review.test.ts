// The review of the contract-date rules (README "Contract dates"), with
// hand-computed date tables: a termination reaches the first period whose
// deadline it meets, an undated decision is flagged, the deadline shown is the
// next one that can be met, the last possible period is not a missed renewal,
// and a late termination shows the end it gives.
import { describe, expect, it } from 'vitest';
import { edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { contractTerms } from '../contracts/terms.js';
import type { Contract } from '../model/types.js';
import { queryContracts } from '../query/contracts.js';

const CONTRACT = 'contracts/avtal-skola.yaml';

function skola(change: (c: Record<string, any>) => void): FileTree {
  return edit(validTree(), CONTRACT, change);
}

/** The contract findings on a day, as [rule, data]. */
function findings(tree: FileTree, today: string, language?: 'sv' | 'en') {
  return loadTree(tree, today, language)
    .diagnostics.filter((d) => d.rule.startsWith('contract/'))
    .map((d) => ({ rule: d.rule, data: d.data, message: d.message, pointer: d.pointer }));
}

function contract(fields: Partial<Contract> & Pick<Contract, 'start' | 'initialTermMonths'>): Contract {
  return { id: 'avtal', number: 'A-1', title: 'Avtal', supplier: 'Leverantör AB', ...fields };
}

describe('1. a termination ends with the first period whose notice deadline is on or after its date', () => {
  // Monthly from 2024-01-01, 3 months' notice: the period t.o.m. 2027-01-31 has its deadline
  // 2026-10-31, t.o.m. 2027-02-28 2026-11-30, t.o.m. 2027-03-31 2026-12-31.
  const monthly = (date: string) =>
    contract({ start: '2024-01-01', initialTermMonths: 1, renewal: { type: 'automatic' }, noticeMonths: 3, noticeDecision: { outcome: 'terminate', date } });

  it.each([
    // decision date → last day in force
    ['2026-10-31', '2027-01-31'],
    ['2026-11-01', '2027-02-28'],
    ['2026-11-15', '2027-02-28'],
    ['2026-11-30', '2027-02-28'],
    ['2026-12-01', '2027-03-31'],
  ])('terminate dated %s ends the contract %s', (date, end) => {
    expect(contractTerms(monthly(date), '2026-12-15').endsByDecision).toBe(end);
    const before = contractTerms(monthly(date), end);
    expect(before).toMatchObject({ currentEnd: end, expired: false, terminated: true, decided: true });
    const after = addDay(end);
    expect(contractTerms(monthly(date), after)).toMatchObject({ currentEnd: end, expired: true });
  });

  it('the repro: on 2027-01-01 the contract runs t.o.m. 2027-01-31 and ends 2027-02-28, not 2026-12-31', () => {
    expect(contractTerms(monthly('2026-11-15'), '2027-01-01')).toMatchObject({ currentEnd: '2027-01-31', expired: false, endsByDecision: '2027-02-28' });
  });

  it('finds the period quickly when periods are many (monthly from 1900, decided in 2026)', () => {
    const c = contract({
      start: '1900-01-01',
      initialTermMonths: 1,
      renewal: { type: 'automatic' },
      noticeMonths: 12,
      noticeDecision: { outcome: 'terminate', date: '2026-11-15' },
    });
    const t0 = performance.now();
    // Deadline of the period t.o.m. 2027-12-31 is 2026-12-31; of t.o.m. 2027-11-30, 2026-11-30.
    expect(contractTerms(c, '2026-12-01').endsByDecision).toBe('2027-11-30');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('2. a notice decision without a date', () => {
  it('is flagged with contract/notice-decision-undated in Swedish and English, at the decision', () => {
    const tree = skola((c) => (c.noticeDecision = { outcome: 'terminate' }));
    const sv = findings(tree, '2026-11-29', 'sv').filter((f) => f.rule === 'contract/notice-decision-undated');
    expect(sv).toEqual([
      {
        rule: 'contract/notice-decision-undated',
        data: { outcome: 'terminate' },
        message: 'beslutet att säga upp saknar datum; det räknas tills vidare för den period som pågår',
        pointer: '/noticeDecision',
      },
    ]);
    const en = findings(tree, '2026-11-29', 'en').find((f) => f.rule === 'contract/notice-decision-undated');
    expect(en?.message).toBe('the notice decision to terminate has no date; meanwhile it counts for the period running');
    const hint = loadTree(tree, '2026-11-29', 'sv').diagnostics.find((d) => d.rule === 'contract/notice-decision-undated')?.hint;
    expect(hint).toBe('Ange datumet då beslutet fattades under `noticeDecision: date:`.');
  });

  it('a dated decision is not flagged', () => {
    const tree = skola((c) => (c.noticeDecision = { outcome: 'renew', date: '2026-06-01' }));
    expect(findings(tree, '2026-11-29').map((f) => f.rule)).not.toContain('contract/notice-decision-undated');
  });

  it('meanwhile counts for the period running today: a terminate ends it with that period, a renew covers it', () => {
    const yearly = (outcome: 'terminate' | 'renew') =>
      contract({ start: '2024-01-01', initialTermMonths: 12, renewal: { type: 'automatic' }, noticeMonths: 3, noticeDecision: { outcome } });
    expect(contractTerms(yearly('terminate'), '2026-11-29')).toMatchObject({ currentEnd: '2026-12-31', endsByDecision: '2026-12-31', decided: true });
    expect(contractTerms(yearly('renew'), '2026-11-29')).toMatchObject({ decided: true, missed: false });
  });
});

describe('3. the deadline shown is the next one that can still be met', () => {
  // Start 2024-01-31, monthly, 1 month's notice. Periods t.o.m. 2026-11-30 (deadline 2026-10-31),
  // 2026-12-30 (2026-11-30), 2027-01-30 (2026-12-30), 2027-02-28 (2027-01-31), 2027-03-30 (2027-02-28).
  const monthly = skola((c) => {
    c.start = '2024-01-31';
    c.initialTermMonths = 1;
    c.renewal = { type: 'automatic' };
    c.noticeMonths = 1;
  });

  it.each([
    // today, current end, deadline shown, days, end it is for
    ['2026-10-31', '2026-11-30', '2026-10-31', 0, '2026-11-30'],
    ['2026-11-01', '2026-11-30', '2026-11-30', 29, '2026-12-30'],
    ['2026-11-29', '2026-11-30', '2026-11-30', 1, '2026-12-30'],
    ['2026-11-30', '2026-11-30', '2026-11-30', 0, '2026-12-30'],
    ['2026-12-01', '2026-12-30', '2026-12-30', 29, '2027-01-30'],
    ['2027-01-30', '2027-01-30', '2027-01-31', 1, '2027-02-28'],
    ['2027-01-31', '2027-02-28', '2027-01-31', 0, '2027-02-28'],
    ['2027-02-01', '2027-02-28', '2027-02-28', 27, '2027-03-30'],
  ])('monthly, 1 month’s notice, on %s: in force t.o.m. %s, deadline %s in %i days (for %s), notice-soon only', (today, current, deadline, days, end) => {
    expect(findings(monthly, today)).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { deadline, days, end } })]);
    const row = queryContracts(loadTree(monthly, today).model, {}, today).find((r) => r.id === 'avtal-skola')!;
    expect(row).toMatchObject({ currentEnd: current, noticeDeadline: deadline, daysToNoticeDeadline: days, noticePassed: false });
  });

  it('on 2026-11-29 (the repro) the message is about 2026-11-30, not 2026-10-31', () => {
    expect(findings(monthly, '2026-11-29', 'sv')[0]?.message).toBe('sista uppsägningsdag 2026-11-30 infaller om 1 dag (avtalsperioden slutar 2026-12-30)');
  });

  // Start 2024-01-01, 12 months, automatic, 3 months' notice: ends 2026-12-31 (deadline 2026-09-30), 2027-12-31 (2027-09-30).
  const yearly = skola((c) => {
    c.start = '2024-01-01';
    c.initialTermMonths = 12;
    c.renewal = { type: 'automatic', periodMonths: 12 };
    c.noticeMonths = 3;
  });

  it.each([
    // today, rule (or none), deadline shown, days (negative: passed), end of the period it is for
    ['2026-07-01', null, '2026-09-30', 91, '2026-12-31'],
    ['2026-07-02', 'contract/notice-soon', '2026-09-30', 90, '2026-12-31'],
    ['2026-09-30', 'contract/notice-soon', '2026-09-30', 0, '2026-12-31'],
    ['2026-10-01', 'contract/notice-passed', '2026-09-30', -1, '2026-12-31'],
    ['2026-11-29', 'contract/notice-passed', '2026-09-30', -60, '2026-12-31'],
    ['2026-12-31', 'contract/notice-passed', '2026-09-30', -92, '2026-12-31'],
    ['2027-01-01', null, '2027-09-30', 272, '2027-12-31'],
  ])('yearly, 3 months’ notice, on %s: %s, deadline %s (%i days) for the period t.o.m. %s', (today, rule, deadline, days, end) => {
    const found = findings(yearly, today);
    if (rule === null) expect(found).toEqual([]);
    else expect(found).toEqual([expect.objectContaining({ rule, data: expect.objectContaining({ deadline, days: Math.abs(days), end }) })]);
    const row = queryContracts(loadTree(yearly, today).model, {}, today).find((r) => r.id === 'avtal-skola')!;
    expect(row).toMatchObject({ currentEnd: end, noticeDeadline: deadline, daysToNoticeDeadline: days, noticePassed: rule === 'contract/notice-passed' });
  });
});

describe('4. the last possible period is not a missed renewal', () => {
  it('capped by latestEnd 2027-02-28 (deadline 2026-11-30): on 2026-12-05 a warning that it ends, not notice-passed', () => {
    const tree = skola((c) => {
      c.start = '2024-03-01';
      c.initialTermMonths = 12;
      c.renewal = { type: 'automatic', periodMonths: 12 };
      c.noticeMonths = 3;
      c.latestEnd = '2027-02-28';
    });
    expect(findings(tree, '2026-08-31')).toEqual([]);
    expect(findings(tree, '2026-09-01')).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { end: '2027-02-28', days: 180 } })]);
    const sv = findings(tree, '2026-12-05', 'sv');
    expect(sv).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { end: '2027-02-28', days: 85 } })]);
    expect(sv[0]?.message).toBe('avtalet kan inte förlängas och gäller t.o.m. 2027-02-28 (85 dagar kvar); ett nytt avtal behöver upphandlas eller beslutas i tid');
    expect(findings(tree, '2026-12-05', 'en')[0]?.message).toBe(
      'the contract cannot be renewed and is in force through 2027-02-28 (85 days left); a new contract must be procured or decided on in time',
    );
    expect(findings(tree, '2027-02-28')).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { end: '2027-02-28', days: 0 } })]);
    // A decision settles it.
    const decided = edit(tree, CONTRACT, (c) => (c.noticeDecision = { outcome: 'terminate', date: '2026-10-01' }));
    expect(findings(decided, '2026-12-05')).toEqual([]);
    // Listed by --notice-within while nothing is decided.
    const model = loadTree(tree, '2026-12-05').model;
    expect(queryContracts(model, { noticeWithin: 30 }, '2026-12-05').map((r) => r.id)).toContain('avtal-skola');
  });

  it('an option whose one renewal was used at 2024-01-05 (t.o.m. 2025-01-04, deadline 2024-10-04)', () => {
    const tree = skola((c) => {
      c.start = '2023-01-05';
      c.initialTermMonths = 12;
      c.renewal = { type: 'option', periodMonths: 12, maxRenewals: 1 };
      c.noticeMonths = 3;
    });
    expect(findings(tree, '2024-01-05')).toEqual([]);
    expect(findings(tree, '2024-10-05')).toEqual([expect.objectContaining({ rule: 'contract/notice-soon', data: { end: '2025-01-04', days: 91 } })]);
    // The first period still renews: notice-passed there.
    expect(findings(tree, '2023-10-05')).toEqual([
      expect.objectContaining({ rule: 'contract/notice-passed', data: expect.objectContaining({ deadline: '2023-10-04', end: '2024-01-04' }) }),
    ]);
  });

  it('renewal none: the same warning, never an error', () => {
    const tree = skola((c) => {
      c.start = '2024-01-01';
      c.initialTermMonths = 36;
      c.renewal = { type: 'none' };
      c.noticeMonths = 3;
    });
    expect(findings(tree, '2026-11-29').map((f) => [f.rule, f.data])).toEqual([['contract/notice-soon', { end: '2026-12-31', days: 32 }]]);
  });
});

describe('5. a late termination shows the end it gives', () => {
  // Yearly from 2024-01-01, 3 months' notice: deadline 2026-09-30 for the period t.o.m. 2026-12-31.
  const terminated = (date: string) =>
    skola((c) => {
      c.start = '2024-01-01';
      c.initialTermMonths = 12;
      c.renewal = { type: 'automatic', periodMonths: 12 };
      c.noticeMonths = 3;
      c.noticeDecision = { outcome: 'terminate', date };
    });

  it.each([
    // decision date → end by the decision
    ['2026-09-15', '2026-12-31'],
    ['2026-09-30', '2026-12-31'],
    ['2026-10-15', '2027-12-31'],
  ])('terminate dated %s: in force t.o.m. %s, in --json and the table', (date, end) => {
    const model = loadTree(terminated(date), '2026-11-29').model;
    const row = queryContracts(model, {}, '2026-11-29').find((r) => r.id === 'avtal-skola')!;
    expect(row).toMatchObject({ currentEnd: '2026-12-31', endsByDecision: end, noticeDecision: 'terminate', noticePassed: false });
    expect(findings(terminated(date), '2026-11-29')).toEqual([]);
  });
});

function addDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
