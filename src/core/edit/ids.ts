// Partial and mistyped ids: which known ids a user probably meant
// (`karin` → karin-testberg, karin-exempelsson; `ORD-261129` → the orders of that day).
import { suggest } from '../text/suggest.js';

const MAX_CANDIDATES = 5;

/** Known ids that contain `input` (those starting with it first), else the closest by edit distance; at most five. */
export function candidateIds(input: string, ids: Iterable<string>): string[] {
  const wanted = input.trim().toLowerCase();
  if (wanted === '') return [];
  const all = [...ids];
  const containing = all.filter((id) => id.toLowerCase().includes(wanted));
  if (containing.length > 0) {
    const starts = (id: string) => (id.toLowerCase().startsWith(wanted) ? 0 : 1);
    return containing.sort((a, b) => starts(a) - starts(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_CANDIDATES);
  }
  const guess = suggest(wanted, all);
  return guess === undefined ? [] : [guess];
}
