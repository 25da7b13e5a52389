// Which errors a change would introduce: errors after the change that were not
// there before. Ranges are ignored (an edit moves lines); the rest must match,
// counted as a multiset so a second identical error still shows.
import type { Diagnostic } from '../diagnostics/diagnostic.js';

function key(d: Diagnostic): string {
  return `${d.file}\u0000${d.rule}\u0000${d.pointer}\u0000${d.message}`;
}

export function introducedErrors(before: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, number>();
  for (const d of before) if (d.severity === 'error') seen.set(key(d), (seen.get(key(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of after) {
    if (d.severity !== 'error') continue;
    const k = key(d);
    const left = seen.get(k) ?? 0;
    if (left > 0) seen.set(k, left - 1);
    else out.push(d);
  }
  return out;
}
