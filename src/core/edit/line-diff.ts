// A unified diff of two texts, for `--dry-run`: the common start and end are
// cut first (an edit touches a few lines), the rest is compared line by line.
const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

function lines(text: string): string[] {
  const out = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function middleOps(a: string[], b: string[]): Op[] {
  if (a.length * b.length > MAX_CELLS) return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

/** `--- a/path` / `+++ b/path` and the hunks; empty when the texts are the same. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [
    ...a.slice(0, start).map((line) => ({ kind: ' ' as const, line })),
    ...middleOps(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map((line) => ({ kind: ' ' as const, line })),
  ];
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') {
      k++;
      continue;
    }
    // A hunk: from CONTEXT lines before the first change to CONTEXT after the last change closer than 2*CONTEXT.
    const from = Math.max(0, k - CONTEXT);
    let to = k;
    let lastChange = k;
    while (to < ops.length && to - lastChange <= 2 * CONTEXT) {
      if (ops[to]!.kind !== ' ') lastChange = to;
      to++;
    }
    const end = Math.min(ops.length, lastChange + 1 + CONTEXT);
    let oldLine = 1;
    let newLine = 1;
    for (let m = 0; m < from; m++) {
      if (ops[m]!.kind !== '+') oldLine++;
      if (ops[m]!.kind !== '-') newLine++;
    }
    const hunk = ops.slice(from, end);
    const oldCount = hunk.filter((o) => o.kind !== '+').length;
    const newCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${oldCount === 0 ? oldLine - 1 : oldLine},${oldCount} +${newCount === 0 ? newLine - 1 : newLine},${newCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.line}`);
    k = end;
  }
  return `${out.join('\n')}\n`;
}
