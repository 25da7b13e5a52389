// Allocation keys and the split of whole kronor. A cost is allocated to
// recipients by weights (fractions that add up to 1); the part no recipient
// takes goes to the empty key, "unallocated". Splitting an amount gives whole
// kronor that add up to the amount exactly (largest remainder), so every cut of
// the costs reconciles to the same grand total.

/** How a cost is allocated: fixed shares in percent, or in proportion to a recorded quantity. */
export type AllocationKey = 'shares' | 'licences' | 'users' | 'measure';

/** The key of the part of a cost that no recipient takes. */
export const UNALLOCATED = '';

export interface AllocationEntry {
  unit?: string;
  object?: string;
  share?: number;
  quantity?: number;
}

export interface Recipient {
  kind: 'unit' | 'object';
  id: string;
}

/** One recipient's part of a cost: a fraction of it, 0–1. */
export interface AllocationPart {
  recipient: Recipient;
  /** The entry's position in the record, for diagnostics. */
  index: number;
  fraction: number;
}

export interface Allocation {
  key: AllocationKey;
  parts: AllocationPart[];
  /** The fraction no recipient takes (0 when fully allocated; never negative). */
  unallocated: number;
  /** Fixed shares that add up to more than 100 %: the cost is allocated as if scaled down to 100. */
  overAllocated: boolean;
}

/**
 * The fractions an allocation gives. Fixed shares are percent of the cost
 * (what they leave is unallocated); any other key divides the whole cost in
 * proportion to the quantities (nothing is left unless every quantity is 0).
 * An entry that names neither a unit nor an object takes nothing.
 */
export function allocate(key: AllocationKey | undefined, entries: readonly AllocationEntry[] | undefined): Allocation {
  const k = key ?? 'shares';
  const list = (entries ?? []).map((e, index) => ({ e, index })).filter(({ e }) => e.unit !== undefined || e.object !== undefined);
  const recipient = (e: AllocationEntry): Recipient => (e.unit !== undefined ? { kind: 'unit', id: e.unit } : { kind: 'object', id: e.object ?? '' });
  if (k === 'shares') {
    const sum = list.reduce((s, { e }) => s + (e.share ?? 0), 0);
    const scale = sum > 100 ? 100 / sum : 1;
    const parts = list.map(({ e, index }) => ({ recipient: recipient(e), index, fraction: ((e.share ?? 0) * scale) / 100 }));
    return { key: k, parts, unallocated: Math.max(0, 1 - Math.min(sum, 100) / 100), overAllocated: sum > 100 + 1e-9 };
  }
  const sum = list.reduce((s, { e }) => s + (e.quantity ?? 0), 0);
  if (sum <= 0) return { key: k, parts: [], unallocated: 1, overAllocated: false };
  return { key: k, parts: list.map(({ e, index }) => ({ recipient: recipient(e), index, fraction: (e.quantity ?? 0) / sum })), unallocated: 0, overAllocated: false };
}

/** Weights by key (fractions adding up to 1); several entries for one key add up. */
export type Weights = ReadonlyMap<string, number>;

export function weights(entries: Iterable<readonly [string, number]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, w] of entries) if (w > 0) out.set(key, (out.get(key) ?? 0) + w);
  return out;
}

/** All of a cost to one key. */
export function whole(key: string): Weights {
  return new Map([[key, 1]]);
}

/** Equal parts to each key (none: unallocated). */
export function equal(keys: readonly string[]): Weights {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return whole(UNALLOCATED);
  return weights(distinct.map((k) => [k, 1 / distinct.length] as const));
}

/**
 * Whole kronor per key that add up to `amount` exactly: each key gets the
 * floor of its exact part, and the kronor left go one each to the largest
 * remainders (ties in key order). Weights that add up to less than 1 leave the
 * rest to the unallocated key.
 */
export function split(amount: number, w: Weights): Map<string, number> {
  const total = Math.round(amount);
  const entries = [...w.entries()].filter(([, x]) => x > 0);
  const sum = entries.reduce((s, [, x]) => s + x, 0);
  if (sum < 1 - 1e-9) entries.push([UNALLOCATED, 1 - sum]);
  const norm = entries.reduce((s, [, x]) => s + x, 0);
  const exact = entries.map(([key, x]) => ({ key, exact: (total * x) / norm }));
  const out = new Map<string, number>();
  let given = 0;
  for (const e of exact) {
    const floor = Math.floor(e.exact + 1e-9);
    out.set(e.key, (out.get(e.key) ?? 0) + floor);
    given += floor;
  }
  const byRemainder = [...exact].sort(
    (a, b) => b.exact - Math.floor(b.exact + 1e-9) - (a.exact - Math.floor(a.exact + 1e-9)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (let i = 0; given < total && byRemainder.length > 0; i = (i + 1) % byRemainder.length) {
    const key = byRemainder[i]!.key;
    out.set(key, (out.get(key) ?? 0) + 1);
    given += 1;
  }
  return out;
}

/** Weights over one dimension composed through another: each key of `outer` replaced by its own weights. */
export function compose(outer: Weights, inner: (key: string) => Weights): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, w] of outer) {
    for (const [k, x] of key === UNALLOCATED ? whole(UNALLOCATED) : inner(key)) out.set(k, (out.get(k) ?? 0) + w * x);
  }
  return out;
}
