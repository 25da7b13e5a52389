// Calendar-date arithmetic on YYYY-MM-DD strings. date-fns does the month and
// day maths (end-of-month clamping, DST-safe day differences); reading and
// writing the ISO form is done here because date-fns' format/parse cost more
// than all the rules together on a large repository. No clock: "today" is passed in.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(date: IsoDate): Date {
  const m = ISO_DATE.exec(date);
  if (!m) return new Date(NaN);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function toIso(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isIsoDate(value: string): boolean {
  const d = toDate(value);
  return !Number.isNaN(d.getTime()) && toIso(d) === value;
}

export function addMonthsIso(date: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(date), months));
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(date), days));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The quarter (1–4) a date falls in. */
export function quarterOf(date: IsoDate): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

// Contract dates use the Swedish "t.o.m." convention: an end date is the last
// day in force. These two helpers are the whole calendar part of it; the
// periods themselves are in src/core/contracts/terms.ts.

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function iso(year: number, month: number, day: number): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Days in a month (1–12) of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year and month `months` months after (or before, when negative) year/month. */
function shiftMonth(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
}

/**
 * The last day in force of a term that runs `months` months from `start`
 * (t.o.m.): the day before the date with the same day of the month `months`
 * months after `start`; where that date does not exist (the 31st in a
 * 30-day month, 29–31 February), the last day of that month.
 * termEnd('2024-01-01', 36) = '2026-12-31'; termEnd('2024-01-31', 1) = '2024-02-29';
 * termEnd('2024-01-31', 2) = '2024-03-30'.
 */
export function termEnd(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const [year, month] = shiftMonth(y, m, months);
  const last = daysInMonth(year, month);
  if (d > last) return iso(year, month, last);
  if (d > 1) return iso(year, month, d - 1);
  const [py, pm] = shiftMonth(year, month, -1);
  return iso(py, pm, daysInMonth(py, pm));
}

/**
 * The last day to give notice for a term ending `end` (t.o.m.) with `months`
 * months' notice: `end` moved back `months` months, the same day of the
 * month, or that month's last day when `end` is the last day of its month or
 * the day does not exist there. noticeDeadlineFor('2026-12-31', 3) = '2026-09-30';
 * noticeDeadlineFor(end, 0) = end.
 */
export function noticeDeadlineFor(end: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(end);
  const [year, month] = shiftMonth(y, m, -months);
  const last = daysInMonth(year, month);
  return iso(year, month, d === daysInMonth(y, m) || d > last ? last : d);
}
