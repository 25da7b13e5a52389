import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editOrderMove } from './order-edit.js';
import { appendToList, renderScalar, setField } from './yaml-edit.js';

const ENTRY = { date: '2026-12-01', from: 'approved', to: 'planned', actor: 'Karin Testberg' } as const;

/** Lines of `after` that are not in `before`, and the reverse. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const count = (lines: string[]) => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of cb) for (let i = ca.get(l) ?? 0; i < n; i++) added.push(l);
  for (const [l, n] of ca) for (let i = cb.get(l) ?? 0; i < n; i++) removed.push(l);
  return { added, removed };
}

describe('setField', () => {
  it('replaces a plain value in place and keeps the comment after it', () => {
    expect(setField('id: x\nstatus:   approved   # beslutad\nb: 1\n', 'status', 'planned')).toBe('id: x\nstatus:   planned   # beslutad\nb: 1\n');
  });

  it('keeps double and single quotes', () => {
    expect(setField('status: "approved"\n', 'status', 'planned')).toBe('status: "planned"\n');
    expect(setField("status: 'approved'\n", 'status', 'planned')).toBe("status: 'planned'\n");
  });

  it('inserts a missing field after the first anchor that exists', () => {
    expect(setField('status: approved # c\ncreated: 2026-01-01\n', 'decision', '2026-11-12-bit', ['status'])).toBe(
      'status: approved # c\ndecision: 2026-11-12-bit\ncreated: 2026-01-01\n',
    );
  });

  it('quotes values that need it', () => {
    expect(renderScalar('Vänta: budget')).toBe('"Vänta: budget"');
    expect(renderScalar('123')).toBe('"123"');
    expect(renderScalar('rad 1\nrad 2')).toBe('"rad 1\\nrad 2"');
    expect(parse(setField('a: 1\n', 'rationale', '# inte nu, [sen]', ['a'])).rationale).toBe('# inte nu, [sen]');
  });

  it('replaces a block scalar', () => {
    const out = setField('rationale: |\n  gammal\n  text\ncreated: 2026-01-01\n', 'rationale', 'ny');
    expect(out).toBe('rationale: ny\ncreated: 2026-01-01\n');
  });

  it('fills an empty value', () => {
    expect(setField('decision:\nstatus: x\n', 'decision', 'd-1')).toBe('decision: d-1\nstatus: x\n');
  });

  it('keeps CRLF line endings and a byte-order mark', () => {
    const out = setField('\ufeffid: x\r\nstatus: approved\r\n', 'decision', 'd', ['status']);
    expect(out).toBe('\ufeffid: x\r\nstatus: approved\r\ndecision: d\r\n');
  });
});

describe('appendToList', () => {
  it('appends a flow mapping after the last flow item, keeping its trailing comment and what follows', () => {
    const text = 'history:\n  - { date: 2026-10-22, to: a, actor: k }   # första\n\n# slut\nx: 1\n';
    expect(appendToList(text, 'history', ENTRY)).toBe(
      'history:\n  - { date: 2026-10-22, to: a, actor: k }   # första\n  - { date: 2026-12-01, from: approved, to: planned, actor: Karin Testberg }\n\n# slut\nx: 1\n',
    );
  });

  it('appends a block mapping in the indentation of the list', () => {
    const text = 'history:\n- date: 2026-10-22\n  to: a\n  actor: k\nnext: 1\n';
    expect(appendToList(text, 'history', ENTRY)).toBe(
      'history:\n- date: 2026-10-22\n  to: a\n  actor: k\n- date: 2026-12-01\n  from: approved\n  to: planned\n  actor: Karin Testberg\nnext: 1\n',
    );
    const indented = 'history:\n    -   date: 2026-10-22\n        to: a\n        actor: k\n';
    expect(appendToList(indented, 'history', ENTRY)).toBe(
      indented + '    -   date: 2026-12-01\n        from: approved\n        to: planned\n        actor: Karin Testberg\n',
    );
  });

  it('appends to a flow list, and fills an empty one', () => {
    expect(appendToList('history: [{date: 2026-10-22, to: a, actor: k}]  # c\n', 'history', { to: 'b' })).toBe(
      'history: [{date: 2026-10-22, to: a, actor: k}, {to: b}]  # c\n',
    );
    expect(appendToList('history: []\n', 'history', { to: 'b' })).toBe('history: [{to: b}]\n');
  });

  it('adds a missing list at the end, also to a file without a final newline', () => {
    expect(appendToList('id: x', 'history', { to: 'b' })).toBe('id: x\nhistory:\n  - { to: b }\n');
    expect(appendToList('id: x\nhistory:\n', 'history', { to: 'b' })).toBe('id: x\nhistory:\n  - { to: b }\n');
  });

  it('appends after a last block item that ends in a block scalar', () => {
    const text = 'history:\n  - date: 2026-10-22\n    note: |\n      lång\n      text\n# efter\n';
    const out = appendToList(text, 'history', { date: '2026-12-01', to: 'x' });
    expect(out).toBe('history:\n  - date: 2026-10-22\n    note: |\n      lång\n      text\n  - date: 2026-12-01\n    to: x\n# efter\n');
    expect(parse(out).history).toHaveLength(2);
  });
});

describe('editOrderMove', () => {
  const ORDER = [
    '# Beställning med kommentarer',
    'id: ORD-261020-7KQ2   # id = filnamn',
    'title: "Ny inloggning: elever"',
    '',
    "description: 'Eleverna  behöver'",
    'systems: [ skolsystem,katalog ]',
    'status: approved        # ändras med styr',
    'decision: 2026-11-12-bit-november',
    'created: 2026-10-20',
    'history:',
    '  # första steget',
    '  - { date: 2026-10-22, from: received, to: in-preparation, actor: karin-testberg }',
    '  - {date: 2026-11-12, from: prepared, to: approved, actor: "karin-testberg", decision: 2026-11-12-bit-november}',
    '',
    '# Slutkommentar',
    '',
  ].join('\n');

  it('changes only the status line and adds one history entry', () => {
    const out = editOrderMove(ORDER, { status: 'planned', entry: ENTRY });
    expect(lineDiff(ORDER, out)).toEqual({
      removed: ['status: approved        # ändras med styr'],
      added: ['status: planned        # ändras med styr', '  - {date: 2026-12-01, from: approved, to: planned, actor: Karin Testberg}'],
    });
  });

  it('also sets decision and rationale when the move does', () => {
    const out = editOrderMove(ORDER.replace('decision: 2026-11-12-bit-november\n', ''), {
      status: 'deferred',
      decision: '2026-12-10-bit-december',
      rationale: 'Budget saknas 2027.',
      entry: { date: '2026-12-10', from: 'prepared', to: 'deferred', actor: 'Karin', decision: '2026-12-10-bit-december', note: 'Budget saknas 2027.' } as const,
    });
    const data = parse(out);
    expect(data).toMatchObject({ status: 'deferred', decision: '2026-12-10-bit-december', rationale: 'Budget saknas 2027.' });
    expect(data.history.at(-1)).toEqual({
      date: '2026-12-10',
      from: 'prepared',
      to: 'deferred',
      actor: 'Karin',
      decision: '2026-12-10-bit-december',
      note: 'Budget saknas 2027.',
    });
    expect(out).toContain('status: deferred        # ändras med styr\ndecision: 2026-12-10-bit-december\nrationale: Budget saknas 2027.\ncreated: 2026-10-20\n');
  });
});
