// The contract-date definition checked against an independent implementation
// of it: JavaScript's UTC calendar (Date.UTC lets a day run over into the next
// month, which is how a missing date shows itself), not dates.ts or date-fns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeDeadlineFor, termEnd } from '../dates.js';
import type { Contract } from '../model/types.js';
import { ContractSchedule, contractTerms } from './terms.js';

const DAY = 86_400_000;
const FIRST = Date.UTC(2020, 0, 1);
const LAST = Date.UTC(2030, 11, 31);
const START_DAYS = (LAST - FIRST) / DAY + 1;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const ms = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** The definition: the day before start + months (same day of month), or that month's last day when the day does not exist. */
function oracleEnd(start: string, months: number): string {
  const t = ms(start);
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const sameDay = new Date(Date.UTC(y, m, d.getUTCDate()));
  const lastOfMonth = Date.UTC(y, m + 1, 0);
  return sameDay.getUTCDate() !== d.getUTCDate() ? iso(lastOfMonth) : iso(sameDay.getTime() - DAY);
}

/** The definition: end moved back by the notice months, same day, or the month's last day when end is its month's last or the day is missing. */
function oracleDeadline(end: string, months: number): string {
  const d = new Date(ms(end));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const endIsLast = new Date(ms(end) + DAY).getUTCDate() === 1;
  const sameDay = new Date(Date.UTC(y, m, d.getUTCDate()));
  const lastOfMonth = Date.UTC(y, m + 1, 0);
  return endIsLast || sameDay.getUTCDate() !== d.getUTCDate() ? iso(lastOfMonth) : iso(sameDay.getTime());
}

/**
 * The deadline shown on `today` (README "Contract dates"): the current period's
 * (index i of `ends`), unless it has passed, the notice period is as long as a
 * renewal or longer and another period follows; then the first later period's
 * whose deadline is on or after today, or the last period's when none is.
 */
function oracleShown(ends: (j: number) => string | undefined, i: number, today: string, notice: number, period: number): string {
  if (oracleDeadline(ends(i)!, notice) >= today || notice < period || ends(i + 1) === undefined) return oracleDeadline(ends(i)!, notice);
  let j = i + 1;
  while (oracleDeadline(ends(j)!, notice) < today && ends(j + 1) !== undefined) j++;
  return oracleDeadline(ends(j)!, notice);
}

function contract(start: string, initial: number, period: number, notice: number, maxRenewals?: number): Contract {
  return {
    id: 'avtal',
    number: 'A-1',
    title: 'Avtal',
    supplier: 'Leverantör AB',
    start,
    initialTermMonths: initial,
    noticeMonths: notice,
    renewal: maxRenewals === undefined ? { type: 'automatic', periodMonths: period } : { type: 'automatic', periodMonths: period, maxRenewals },
  };
}

describe('contract dates against an independent implementation of the definition', () => {
  it('the oracle agrees with the examples of the definition', () => {
    expect(oracleEnd('2024-01-01', 36)).toBe('2026-12-31');
    expect(oracleDeadline('2026-12-31', 3)).toBe('2026-09-30');
    expect([12, 24, 36, 48].map((n) => oracleEnd('2024-02-29', n))).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-28']);
    expect([1, 2, 3].map((n) => oracleEnd('2024-01-31', n))).toEqual(['2024-02-29', '2024-03-30', '2024-04-30']);
  });

  it('every start day 2020–2030 and every term of 1–60 months ends where the definition says, with every notice of 0–12 months', () => {
    let checked = 0;
    for (let day = 0; day < START_DAYS; day++) {
      const start = iso(FIRST + day * DAY);
      for (let months = 1; months <= 60; months++) {
        const end = termEnd(start, months);
        if (end !== oracleEnd(start, months)) expect(`${start} + ${months}: ${end}`).toBe(`${start} + ${months}: ${oracleEnd(start, months)}`);
        const notice = (day + months) % 13;
        if (noticeDeadlineFor(end, notice) !== oracleDeadline(end, notice))
          expect(`${end} - ${notice}: ${noticeDeadlineFor(end, notice)}`).toBe(oracleDeadline(end, notice));
        checked++;
      }
    }
    expect(checked).toBe(START_DAYS * 60);
  });

  it('periods tile the calendar with no gap and no overlap, each ending and with its notice deadline where the definition says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: START_DAYS - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 12 }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.integer({ min: 0, max: 6000 }),
        (day, initial, period, notice, maxRenewals, offset) => {
          const start = iso(FIRST + day * DAY);
          const schedule = new ContractSchedule(contract(start, initial, period, notice, maxRenewals));
          const periods = maxRenewals === undefined ? 8 : maxRenewals + 1;
          let next = start;
          for (let k = 1; k <= periods; k++) {
            const p = schedule.period(k)!;
            expect(p.start).toBe(next);
            expect(p.end).toBe(oracleEnd(start, initial + (k - 1) * period));
            expect(p.end >= p.start).toBe(true);
            expect(p.noticeDeadline).toBe(oracleDeadline(p.end, notice));
            next = iso(ms(p.end) + DAY);
          }
          if (maxRenewals !== undefined) expect(schedule.period(periods + 1)).toBeUndefined();
          // The current period on any day: the one period whose start ≤ today ≤ end.
          const today = iso(FIRST + (day + offset) * DAY);
          const terms = contractTerms(contract(start, initial, period, notice, maxRenewals), today);
          let k = 1;
          let from = start;
          let end = oracleEnd(start, initial);
          while (end < today && (maxRenewals === undefined || k <= maxRenewals)) {
            from = iso(ms(end) + DAY);
            end = oracleEnd(start, initial + k * period);
            k++;
          }
          const ends = (j: number) => (maxRenewals === undefined || j <= maxRenewals + 1 ? oracleEnd(start, initial + (j - 1) * period) : undefined);
          expect(terms).toMatchObject({
            periodStart: from,
            currentEnd: end,
            renewals: k - 1,
            expired: end < today,
            noticeDeadline: oracleShown(ends, k, today, notice, period),
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('latestEnd caps the periods: none ends after it, none starts after it, and the current period is the capped one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: START_DAYS - 1 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 5000 }),
        (day, initial, period, notice, cap, offset) => {
          const start = iso(FIRST + day * DAY);
          const latestEnd = iso(FIRST + (day + cap) * DAY);
          const c = { ...contract(start, initial, period, notice), latestEnd };
          // Independent: the uncapped periods, cut at latestEnd.
          const oracle: [string, string][] = [];
          for (let k = 1, from = start; from <= latestEnd || k === 1; k++) {
            const end = oracleEnd(start, initial + (k - 1) * period);
            oracle.push([from, end < latestEnd ? end : latestEnd]);
            from = iso(ms(end) + DAY);
          }
          const schedule = new ContractSchedule(c);
          expect(oracle.map((_, i) => [schedule.period(i + 1)!.start, schedule.period(i + 1)!.end])).toEqual(oracle);
          expect(schedule.period(oracle.length + 1)).toBeUndefined();
          const today = iso(FIRST + (day + offset) * DAY);
          const current = oracle.find(([from, end]) => from <= today && today <= end) ?? oracle[oracle.length - 1]!;
          expect(contractTerms(c, today)).toMatchObject({
            periodStart: current[0],
            currentEnd: current[1],
            expired: current[1] < today,
            noticeDeadline: oracleShown((j) => oracle[j - 1]?.[1], oracle.indexOf(current) + 1, today, notice, period),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
