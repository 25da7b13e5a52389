// `styr costs`: the year's costs cut by managed object, unit, supplier or
// category. Every item is split into whole kronor over the keys of the cut
// (allocation.ts `split`), so each cut's rows add up to the same totals.
import type { IsoDate } from '../dates.js';
import { objectName } from '../model/objects.js';
import type { RepositoryModel } from '../model/repository.js';
import type { CostCategory } from '../model/types.js';
import { split, UNALLOCATED, whole } from './allocation.js';
import { buildLedger, COST_CATEGORIES, COST_COLUMNS } from './ledger.js';
import type { CostColumn, CostItem, CostLedger } from './ledger.js';

export const COST_CUTS = ['object', 'unit', 'supplier', 'category'] as const;
export type CostCut = (typeof COST_CUTS)[number];

export type CostAmounts = Record<CostColumn, number> & { total: number };

export interface CostRow extends CostAmounts {
  /** Unit id, managed object id, supplier name or category; '' for what has none (unallocated, no supplier, shared). */
  key: string;
  name: string;
}

export interface CostReport {
  currency: string;
  year: number;
  by: CostCut;
  rows: CostRow[];
  total: CostAmounts;
}

/** Names the core cannot know: the catalogue's words for categories and for the empty key. */
export interface CostNames {
  category(c: CostCategory): string;
  /** The row of what has no key in this cut: unallocated (unit), shared (object), no supplier. */
  none(by: CostCut): string;
}

export function emptyAmounts(): CostAmounts {
  return { budget: 0, outcome: 0, committed: 0, contracts: 0, overhead: 0, total: 0 };
}

/** Adds an amount of one column; the total counts everything but the outcome. */
export function addAmount(a: CostAmounts, column: CostColumn, amount: number): void {
  a[column] += amount;
  if (column !== 'outcome') a.total += amount;
}

/** One item's whole kronor by the keys of a cut. */
export function splitItem(item: CostItem, by: CostCut): Map<string, number> {
  switch (by) {
    case 'unit':
      return split(item.amount, item.units);
    case 'object':
      return split(item.amount, item.objects);
    case 'supplier':
      return split(item.amount, whole(item.supplier));
    case 'category':
      return split(item.amount, whole(item.category));
  }
}

export function cutLedger(model: RepositoryModel, ledger: CostLedger, by: CostCut, names: CostNames): CostReport {
  const rows = new Map<string, CostAmounts>();
  const total = emptyAmounts();
  for (const item of ledger.items) {
    for (const [key, amount] of splitItem(item, by)) {
      if (amount === 0) continue;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = emptyAmounts()));
      addAmount(row, item.column, amount);
      addAmount(total, item.column, amount);
    }
  }
  const nameOf = (key: string): string => {
    if (key === UNALLOCATED) return names.none(by);
    if (by === 'unit') {
      const rec = model.records.unit.get(key);
      return rec?.valid ? rec.data.name : key;
    }
    if (by === 'object') return objectName(model, key);
    if (by === 'category') return names.category(key as CostCategory);
    return key;
  };
  const order = (key: string) => (by === 'category' ? COST_CATEGORIES.indexOf(key as CostCategory) : 0);
  const out = [...rows.entries()]
    .map(([key, a]) => ({ key, name: nameOf(key), ...a }))
    .sort(
      (a, b) =>
        Number(a.key === UNALLOCATED) - Number(b.key === UNALLOCATED) || order(a.key) - order(b.key) || b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
  return { currency: model.config.currency, year: ledger.year, by, rows: out, total };
}

export interface CostReportOptions {
  year: number;
  by: CostCut;
  today: IsoDate;
  names: CostNames;
}

export function costReport(model: RepositoryModel, options: CostReportOptions): CostReport {
  return cutLedger(model, buildLedger({ model, year: options.year, today: options.today }), options.by, options.names);
}

/** The fields of a report row in `--json`, in their order. */
export function costRowJson(row: CostRow) {
  return { key: row.key, name: row.name, ...amountsJson(row) };
}

export function amountsJson(a: CostAmounts) {
  const out: Record<string, number> = {};
  for (const c of ['budget', 'outcome', 'committed', 'contracts'] as const) out[c] = a[c];
  out.total = a.total;
  out.overhead = a.overhead;
  return out as { budget: number; outcome: number; committed: number; contracts: number; total: number; overhead: number };
}

export { COST_COLUMNS };
