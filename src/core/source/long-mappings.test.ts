// Long mappings cost linear time (issue 12 D2): the duplicate-key check of the precise
// parser (a file with an anchor goes through it) and the line of each of many problems.
import { describe, expect, it } from 'vitest';
import { parseSource } from './parse.js';
import type { SourceFile } from './parse.js';
import { createLocator } from './positions.js';

const N = 60_000;

const file = (content: string): SourceFile => {
  const bytes = new TextEncoder().encode(content);
  return { path: 'raci/x.yaml', size: bytes.length, bytes };
};

/** A RACI activity whose roles map has `n` roles; the anchor sends the file through the precise parser. */
function manyRoles(n: number, extra = ''): string {
  const roles = Array.from({ length: n }, (_, i) => `      r${i}: I`).join('\n');
  return `id: x\nname: &name X\nactivities:\n  - id: a\n    name: *name\n    roles:\n${roles}\n${extra}`;
}

describe('long mappings', () => {
  it(`parses a file with an anchor and ${N} keys in one mapping`, () => {
    const result = parseSource(file(manyRoles(N)), 'yaml');
    expect(result.ok).toBe(true);
    const data = (result.ok ? result.source.data : {}) as { activities: { roles: Record<string, string> }[] };
    expect(Object.keys(data.activities[0]!.roles)).toHaveLength(N);
  });

  it(`finds a repeated key after ${N} keys, with its line, in a file with an anchor`, () => {
    const result = parseSource(file(manyRoles(N, '      r7: K\n')), 'yaml');
    expect(!result.ok && result.diagnostic).toMatchObject({ rule: 'parse/duplicate-key', data: { key: 'r7' }, range: { line: 7 + N, column: 7 } });
  });

  it('reports the first problem of the file: a repeated key before a syntax error, a syntax error before a repeated key', () => {
    const early = parseSource(file('a: &x 1\nb: *x\nb: 2\nc: [unclosed\n'), 'yaml');
    expect(!early.ok && early.diagnostic).toMatchObject({ rule: 'parse/duplicate-key', data: { key: 'b' }, range: { line: 3 } });
    const late = parseSource(file('a: &x 1\nc: [unclosed\nb: *x\nb: 2\n'), 'yaml');
    expect(!late.ok && late.diagnostic.rule).toBe('parse/syntax');
    // Keys are compared by value, as the parser does: 1 and '1' differ; keys in nested mappings and lists are checked too.
    expect(parseSource(file('a: &x 1\n1: a\n"1": b\n'), 'yaml').ok).toBe(true);
    const nested = parseSource(file('a: &x 1\nlist:\n  - { k: 1, j: 2 }\n  - { k: 1, k: *x }\n'), 'yaml');
    expect(!nested.ok && nested.diagnostic).toMatchObject({ rule: 'parse/duplicate-key', range: { line: 4 } });
  });

  it(`locates each of ${N} keys of one mapping on its own line`, () => {
    const locator = createLocator(manyRoles(N), 0);
    const lines = Array.from({ length: N }, (_, i) => locator.locate(`/activities/0/roles/r${i}`, true).line);
    expect(lines).toEqual(Array.from({ length: N }, (_, i) => 7 + i));
    expect(locator.locate('/activities/0/roles/constructor').line).toBe(6);
    expect(locator.locate('/activities/0/roles/r9/deeper').line).toBe(16);
  });
});
