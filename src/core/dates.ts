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
