import { describe, expect, it } from 'vitest';
import { parseSource } from './parse.js';
import type { SourceFile } from './parse.js';

const file = (content: string | Uint8Array, path = 'systems/x.yaml'): SourceFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, size: bytes.length, bytes };
};

function problem(content: string | Uint8Array, format: 'yaml' | 'markdown' = 'yaml') {
  const result = parseSource(file(content), format);
  if (result.ok) throw new Error('expected a parse problem');
  return result.diagnostic;
}

describe('parseSource', () => {
  it('parses a plain record, keeping dates as strings', () => {
    const result = parseSource(file('id: x\ndate: 2026-11-28\ncount: 3\n'), 'yaml');
    expect(result.ok && result.source.data).toEqual({ id: 'x', date: '2026-11-28', count: 3 });
  });

  it('accepts a UTF-8 byte-order mark and CRLF line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id: x\r\nname: Åsa\r\n')]);
    const result = parseSource(file(bytes), 'yaml');
    expect(result.ok && result.source.data).toEqual({ id: 'x', name: 'Åsa' });
  });

  it('reports malformed YAML with its line and column', () => {
    const d = problem('id: x\nname: [unclosed\nother: 1\n');
    expect(d.rule).toBe('parse/syntax');
    expect(d.range?.line).toBeGreaterThanOrEqual(2);
    expect(d.severity).toBe('error');
  });

  it('reports a duplicate key by name and line', () => {
    const d = problem('id: x\nname: a\nname: b\n');
    expect(d).toMatchObject({
      rule: 'parse/duplicate-key',
      messageId: 'problem.parse/duplicate-key.duplicateKey',
      data: { key: 'name' },
      range: { line: 3, column: 1 },
    });
  });

  it('writes the message in the language asked for, Swedish by default', () => {
    const input = file('id: x\nname: a\nname: b\n');
    const sv = parseSource(input, 'yaml');
    const en = parseSource(input, 'yaml', 'en');
    expect(!sv.ok && sv.diagnostic.message).toBe("dubblerad nyckel: 'name' förekommer mer än en gång i samma mappning");
    expect(!en.ok && en.diagnostic.message).toBe("duplicate key: 'name' appears more than once in the same mapping");
    expect(!en.ok && en.diagnostic.hint).toBe('Each key may appear once in a mapping; remove or rename the repeated one.');
  });

  it('refuses an alias bomb without expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
      '',
    ].join('\n');
    const started = Date.now();
    const d = problem(bomb);
    expect(d.rule).toBe('parse/alias-limit');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('still parses a file with a few harmless anchors', () => {
    const result = parseSource(file('id: x\nbase: &b { a: 1 }\nother: *b\n'), 'yaml');
    expect(result.ok && result.source.data).toEqual({ id: 'x', base: { a: 1 }, other: { a: 1 } });
  });

  it('refuses a record over 1 MiB without reading it', () => {
    const result = parseSource({ path: 'orders/big.yaml', size: 2 * 1024 * 1024 }, 'yaml');
    expect(!result.ok && result.diagnostic).toMatchObject({
      rule: 'parse/too-large',
      messageId: 'problem.parse/too-large.tooLarge',
      data: { size: 2 * 1024 * 1024, max: 1024 * 1024 },
      range: { line: 1, column: 1 },
    });
    expect(!result.ok && result.diagnostic.message).toBe('filen är 2\u00a0097\u00a0152 byte; en post får vara högst 1\u00a0048\u00a0576 byte (1 MiB)');
  });

  it('refuses a binary file', () => {
    const d = problem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(d.rule).toBe('parse/binary');
  });

  it('refuses Latin-1 text with the line of the first bad byte', () => {
    const d = problem(new Uint8Array([...new TextEncoder().encode('id: x\nname: '), 0xc5, 0x73, 0x61, 0x0a]));
    expect(d).toMatchObject({ rule: 'parse/encoding', range: { line: 2, column: 7 } });
  });

  it('refuses UTF-16', () => {
    expect(problem(new Uint8Array([0xff, 0xfe, 0x69, 0x00])).rule).toBe('parse/encoding');
  });

  it('reports an empty file', () => {
    expect(problem('').rule).toBe('parse/empty');
    expect(problem('# only a comment\n').rule).toBe('parse/empty');
  });

  it('reports several documents in one file at the separator of the second one', () => {
    const d = problem('id: a\n---\nid: b\n');
    expect(d).toMatchObject({ rule: 'parse/multiple-documents', data: { count: 2 }, range: { line: 2 } });
  });

  it('reports a list or a scalar where a record belongs', () => {
    expect(problem('- a\n- b\n')).toMatchObject({
      rule: 'parse/not-a-mapping',
      data: { type: 'list' },
      message: 'en post måste vara en YAML-mappning (nyckel: värde), inte en lista',
    });
    expect(problem('just text\n')).toMatchObject({ rule: 'parse/not-a-mapping', data: { type: 'string' } });
  });

  it('keeps __proto__ and constructor as ordinary keys without touching prototypes', () => {
    const result = parseSource(file('id: x\n__proto__: { polluted: true }\nconstructor: 1\n'), 'yaml');
    expect(result.ok).toBe(true);
    const data = (result.ok ? result.source.data : {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['id', '__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads Markdown front matter and body, with lines counted from the file start', () => {
    const result = parseSource(file('---\nid: d\ntitle: T\n---\n\nBody text.\n', 'decisions/d.md'), 'markdown');
    expect(result.ok && result.source.data).toEqual({ id: 'd', title: 'T' });
    expect(result.ok && result.source.body).toBe('\nBody text.\n');
    const bad = parseSource(file('---\nid: d\nid: e\n---\n', 'decisions/d.md'), 'markdown');
    expect(!bad.ok && bad.diagnostic).toMatchObject({ rule: 'parse/duplicate-key', range: { line: 3 } });
  });

  it('reports a Markdown record without front matter', () => {
    expect(problem('# Just a heading\n', 'markdown').rule).toBe('parse/front-matter');
  });
});
