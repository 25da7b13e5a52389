import { describe, expect, it } from 'vitest';
import { noticeDeadlineFor, termEnd } from '../dates.js';
import type { Contract } from '../model/types.js';
import { ContractSchedule, contractTerms } from './terms.js';

function contract(fields: Partial<Contract> & Pick<Contract, 'start' | 'initialTermMonths'>): Contract {
  return { id: 'avtal', number: 'A-1', title: 'Avtal', supplier: 'Leverantör AB', ...fields };
}

function periods(c: Contract, n: number): string[] {
  const schedule = new ContractSchedule(c);
  const out: string[] = [];
  for (let k = 1; k <= n; k++) {
    const p = schedule.period(k);
    if (!p) break;
    out.push(`${p.start}..${p.end} (${p.noticeDeadline})`);
  }
  return out;
}

describe('contract dates: t.o.m., the end date is the last day in force', () => {
  it('start 2024-01-01, 36 months, 3 months’ notice: end 2026-12-31, deadline 2026-09-30', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 36, noticeMonths: 3 });
    const terms = contractTerms(c, '2026-01-15');
    expect(terms.currentEnd).toBe('2026-12-31');
    expect(terms.noticeDeadline).toBe('2026-09-30');
    expect(termEnd('2024-01-01', 36)).toBe('2026-12-31');
    expect(noticeDeadlineFor('2026-12-31', 3)).toBe('2026-09-30');
  });

  it('start 2024-02-29, 12-month periods: ends 2025-02-28, 2026-02-28, 2027-02-28, 2028-02-28; fifth period starts 2028-02-29', () => {
    const c = contract({ start: '2024-02-29', initialTermMonths: 12, renewal: { type: 'automatic', periodMonths: 12 } });
    const schedule = new ContractSchedule(c);
    expect([1, 2, 3, 4].map((k) => schedule.period(k)!.end)).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-28']);
    expect(schedule.period(5)!.start).toBe('2028-02-29');
    expect(schedule.period(5)!.end).toBe('2029-02-28');
    expect(schedule.period(2)!.start).toBe('2025-03-01');
  });

  it('start 2024-01-31, monthly: ends 2024-02-29, 2024-03-30, 2024-04-30 (never drifting to the 28th)', () => {
    const c = contract({ start: '2024-01-31', initialTermMonths: 1, renewal: { type: 'automatic' } });
    expect(periods(c, 4)).toEqual([
      '2024-01-31..2024-02-29 (2024-02-29)',
      '2024-03-01..2024-03-30 (2024-03-30)',
      '2024-03-31..2024-04-30 (2024-04-30)',
      '2024-05-01..2024-05-30 (2024-05-30)',
    ]);
    expect(contractTerms(c, '2024-04-15')).toMatchObject({ periodStart: '2024-03-31', currentEnd: '2024-04-30', renewals: 2 });
  });

  it('moves the notice deadline back to the month’s last day when the end is a month’s last day or the day does not exist', () => {
    expect(noticeDeadlineFor('2025-02-28', 3)).toBe('2024-11-30');
    expect(noticeDeadlineFor('2024-03-30', 1)).toBe('2024-02-29');
    expect(noticeDeadlineFor('2024-04-30', 1)).toBe('2024-03-31');
    expect(noticeDeadlineFor('2024-05-30', 1)).toBe('2024-04-30');
    expect(noticeDeadlineFor('2027-03-15', 12)).toBe('2026-03-15');
    expect(noticeDeadlineFor('2026-12-31', 0)).toBe('2026-12-31');
    expect(noticeDeadlineFor('2024-01-31', 2)).toBe('2023-11-30');
  });

  it('counts every renewal from the start date, with a renewal period other than the initial term', () => {
    // 2020-04-01 + 36 months: in force through 2023-03-31; the renewal starts 2023-04-01, not the same day.
    const c = contract({ start: '2020-04-01', initialTermMonths: 36, noticeMonths: 3, renewal: { type: 'automatic', periodMonths: 12 } });
    expect(periods(c, 3)).toEqual(['2020-04-01..2023-03-31 (2022-12-31)', '2023-04-01..2024-03-31 (2023-12-31)', '2024-04-01..2025-03-31 (2024-12-31)']);
    expect(contractTerms(c, '2026-11-29')).toMatchObject({
      periodStart: '2026-04-01',
      currentEnd: '2027-03-31',
      noticeDeadline: '2026-12-31',
      daysToNoticeDeadline: 32,
      renewals: 4,
    });
  });

  it('is in force on its end date and has ended from the next day', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 36, noticeMonths: 3 });
    expect(contractTerms(c, '2026-12-31')).toMatchObject({ expired: false, currentEnd: '2026-12-31' });
    expect(contractTerms(c, '2027-01-01')).toMatchObject({ expired: true, currentEnd: '2026-12-31' });
  });

  it('treats a recorded end the same: in force on the day in `ended`, ended from the next', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 36, ended: '2026-06-30' });
    expect(contractTerms(c, '2026-06-30').expired).toBe(false);
    expect(contractTerms(c, '2026-07-01').expired).toBe(true);
  });

  it('treats an end capped by latestEnd the same, also when latestEnd is earlier than the computed end', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 36, latestEnd: '2025-06-15', noticeMonths: 1, renewal: { type: 'option' } });
    expect(contractTerms(c, '2025-06-15')).toMatchObject({ currentEnd: '2025-06-15', noticeDeadline: '2025-05-15', expired: false, renewals: 0 });
    expect(contractTerms(c, '2025-06-16')).toMatchObject({ currentEnd: '2025-06-15', expired: true });
  });

  it('caps the last renewal at latestEnd and starts no period after it', () => {
    const c = contract({ start: '2022-01-01', initialTermMonths: 48, latestEnd: '2026-06-30', renewal: { type: 'option', periodMonths: 24 } });
    expect(periods(c, 5)).toEqual(['2022-01-01..2025-12-31 (2025-12-31)', '2026-01-01..2026-06-30 (2026-06-30)']);
    expect(contractTerms(c, '2026-07-01')).toMatchObject({ currentEnd: '2026-06-30', expired: true, renewals: 1 });
    const exact = contract({ start: '2022-01-01', initialTermMonths: 48, latestEnd: '2025-12-31', renewal: { type: 'option', periodMonths: 24 } });
    expect(periods(exact, 5)).toEqual(['2022-01-01..2025-12-31 (2025-12-31)']);
  });

  it('renews at most maxRenewals times, and not at all with renewal none', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 12, renewal: { type: 'automatic', periodMonths: 6, maxRenewals: 2 } });
    expect(periods(c, 5).map((p) => p.slice(0, 22))).toEqual(['2024-01-01..2024-12-31', '2025-01-01..2025-06-30', '2025-07-01..2025-12-31']);
    expect(contractTerms(c, '2025-12-31')).toMatchObject({ expired: false, renewals: 2 });
    expect(contractTerms(c, '2026-01-01')).toMatchObject({ expired: true, currentEnd: '2025-12-31', renewals: 2 });
    const zero = contract({ start: '2024-01-01', initialTermMonths: 12, renewal: { type: 'automatic', maxRenewals: 0 } });
    expect(contractTerms(zero, '2025-01-01')).toMatchObject({ expired: true, currentEnd: '2024-12-31' });
    const none = contract({ start: '2024-01-01', initialTermMonths: 12, renewal: { type: 'none', periodMonths: 12 } });
    expect(contractTerms(none, '2025-01-01')).toMatchObject({ expired: true, currentEnd: '2024-12-31', renewals: 0 });
  });

  it('takes the first period as current before the start', () => {
    const c = contract({ start: '2027-03-01', initialTermMonths: 24, noticeMonths: 6, renewal: { type: 'automatic' } });
    expect(contractTerms(c, '2026-11-29')).toMatchObject({ periodStart: '2027-03-01', currentEnd: '2029-02-28', noticeDeadline: '2028-08-31', expired: false });
  });

  it('finds the current period far into unlimited renewals', () => {
    const c = contract({ start: '1990-01-31', initialTermMonths: 1, renewal: { type: 'automatic' } });
    expect(contractTerms(c, '2026-11-29')).toMatchObject({ periodStart: '2026-10-31', currentEnd: '2026-11-30', renewals: 441 });
  });

  it('counts a notice deadline of today as 0 days (still to be met) and passed from the next day; notice 0 is the end date', () => {
    const c = contract({ start: '2024-01-01', initialTermMonths: 36, noticeMonths: 3 });
    expect(contractTerms(c, '2026-09-30').daysToNoticeDeadline).toBe(0);
    expect(contractTerms(c, '2026-10-01').daysToNoticeDeadline).toBe(-1);
    const zero = contract({ start: '2024-01-01', initialTermMonths: 36, noticeMonths: 0 });
    expect(contractTerms(zero, '2026-12-31')).toMatchObject({ noticeDeadline: '2026-12-31', daysToNoticeDeadline: 0 });
  });
});

describe('a recorded decision to terminate stops renewal', () => {
  const base = { start: '2015-06-01', initialTermMonths: 48, noticeMonths: 6, renewal: { type: 'automatic' as const, periodMonths: 12 } };

  it('ends the contract with the period whose deadline the decision met, whether or not `ended` is filled in', () => {
    // Period ending 2025-05-31 has its deadline 2024-11-30; the decision of 2024-11-20 met it.
    const c = contract({ ...base, noticeDecision: { outcome: 'terminate', date: '2024-11-20' } });
    expect(contractTerms(c, '2025-05-31')).toMatchObject({ currentEnd: '2025-05-31', expired: false, decided: true, terminated: true });
    expect(contractTerms(c, '2026-11-29')).toMatchObject({ currentEnd: '2025-05-31', expired: true, decided: true });
    expect(contractTerms({ ...c, ended: '2025-05-31' }, '2026-11-29')).toMatchObject({ currentEnd: '2025-05-31', expired: true });
  });

  it('counts a decision made on the deadline itself as in time', () => {
    const c = contract({ ...base, noticeDecision: { outcome: 'terminate', date: '2024-11-30' } });
    expect(contractTerms(c, '2026-11-29')).toMatchObject({ currentEnd: '2025-05-31', expired: true });
  });

  it('lets an automatic contract run one more period when the notice came after the deadline', () => {
    const c = contract({ ...base, noticeDecision: { outcome: 'terminate', date: '2024-12-01' } });
    expect(contractTerms(c, '2025-03-01')).toMatchObject({ currentEnd: '2025-05-31', decided: true, terminated: false });
    expect(contractTerms(c, '2026-05-31')).toMatchObject({ currentEnd: '2026-05-31', expired: false, decided: true, terminated: true });
    expect(contractTerms(c, '2026-06-01')).toMatchObject({ currentEnd: '2026-05-31', expired: true });
  });

  it('ends an option contract with the period in which the decision was made, however late', () => {
    const c = contract({ ...base, renewal: { type: 'option', periodMonths: 12 }, noticeDecision: { outcome: 'terminate', date: '2024-12-01' } });
    expect(contractTerms(c, '2025-06-01')).toMatchObject({ currentEnd: '2025-05-31', expired: true });
  });

  it('is a decision for the current period: never reported as missing', () => {
    const c = contract({ ...base, noticeDecision: { outcome: 'terminate', date: '2024-11-20' } });
    expect(contractTerms(c, '2024-12-15')).toMatchObject({ decided: true, daysToNoticeDeadline: -15 });
  });

  it('does not count a renewal decision from an earlier period for the current one', () => {
    const c = contract({ ...base, noticeDecision: { outcome: 'renew', date: '2024-11-20' } });
    expect(contractTerms(c, '2025-05-31').decided).toBe(true);
    expect(contractTerms(c, '2025-06-01')).toMatchObject({ decided: false, currentEnd: '2026-05-31', expired: false });
    // A decision made after a deadline has passed answers the current period's question.
    const late = contract({ ...base, noticeDecision: { outcome: 'renew', date: '2024-12-10' } });
    expect(contractTerms(late, '2024-12-15').decided).toBe(true);
  });
});
