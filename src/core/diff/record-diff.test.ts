import { describe, expect, it } from 'vitest';
import { describeRecord, diffWords, shortValue } from './describe.js';
import { diffFields, diffRecord } from './record-diff.js';
import type { RecordDiff } from './types.js';

const today = '2026-12-01';
const en = diffWords('en');

function lines(kind: RecordDiff['kind'], id: string, before: unknown, after: unknown, title?: string, words = en): string[] {
  const diff: RecordDiff = { kind, id, change: 'changed', file: `x/${id}.yaml`, changes: diffRecord(kind, before, after, { today }) };
  if (title) diff.title = title;
  return describeRecord(diff, words);
}

describe('diffRecord', () => {
  it('follows an order through every status its new history entries pass', () => {
    const before = { title: 'T', status: 'received', history: [] };
    const after = {
      title: 'T',
      status: 'prepared',
      history: [
        { date: '2026-11-01', from: 'received', to: 'in-preparation', actor: 'k' },
        { date: '2026-11-02', from: 'in-preparation', to: 'prepared', actor: 'k' },
      ],
    };
    expect(lines('order', 'ORD-261020-7KQ2', before, after, 'T')).toEqual(['Order ORD-261020-7KQ2 (T): received → in preparation → prepared']);
  });

  it('reports RACI cells, added and removed activities', () => {
    const before = {
      name: 'R',
      activities: [
        { id: 'a', name: 'A', roles: { x: 'H', y: 'U' } },
        { id: 'b', name: 'B', roles: { x: 'H', y: 'U' } },
      ],
    };
    const after = {
      name: 'R',
      activities: [
        { id: 'a', name: 'A', roles: { x: 'H', z: 'U' } },
        { id: 'c', name: 'C', roles: { x: 'H', y: 'U' } },
      ],
    };
    expect(lines('raci', 'r', before, after)).toEqual([
      'RACI matrix r / a: y responsible → –',
      'RACI matrix r / a: z – → responsible',
      'RACI matrix r: activity b (B) removed',
      'RACI matrix r: activity c (C) added',
    ]);
  });

  it('reports a contract whose notice deadline moves', () => {
    const before = { start: '2024-07-01', initialTermMonths: 48, noticeMonths: 6 };
    const after = { start: '2024-07-01', initialTermMonths: 48, noticeMonths: 3 };
    expect(lines('contract', 'c', before, after)).toEqual(['Contract c: noticeMonths 6 → 3', 'Contract c: notice deadline 2027-12-31 → 2028-03-31']);
  });

  it('gives other kinds field-level changes by JSON path', () => {
    const before = { name: 'S', lifecycle: 'production', classification: { availability: 'moderate' }, integrations: [{ target: 'a', data: 'x' }] };
    const after = { name: 'S', lifecycle: 'phase-out', classification: { availability: 'serious' }, users: 30, integrations: [] };
    expect(lines('system', 's', before, after)).toEqual([
      'System s: lifecycle in production → being phased out',
      'System s: classification.availability moderate → serious',
      'System s: integrations[0] removed (was {target: a, data: x})',
      'System s: users added (30)',
    ]);
  });

  it('ignores a rewrite that changes nothing', () => {
    expect(diffFields({ a: [1, 2], b: { c: 'd' } }, { b: { c: 'd' }, a: [1, 2] })).toEqual([]);
  });
});

describe('describeRecord in Swedish', () => {
  const sv = diffWords('sv');

  it('names the kind and prints enum values with their Swedish labels, JSON paths as written', () => {
    const before = { name: 'S', lifecycle: 'production', classification: { availability: 'moderate' }, integrations: [{ target: 'a', direction: 'outbound' }] };
    const after = { name: 'S', lifecycle: 'phase-out', classification: { availability: 'serious' }, integrations: [] };
    expect(lines('system', 's', before, after, undefined, sv)).toEqual([
      'System s: lifecycle i drift → under avveckling',
      'System s: classification.availability måttlig → allvarlig',
      'System s: integrations[0] togs bort (var {target: a, direction: skickar till})',
    ]);
  });

  it('writes numbers the Swedish way but leaves years alone, and says ja/nej', () => {
    const before = { name: 'K', yearlyCost: 125000, noticeMonths: 3, year: 2026, autoRenew: true };
    const after = { name: 'K', yearlyCost: 130500.5, noticeMonths: 4, year: 2027, autoRenew: false };
    expect(lines('decision', 'd', before, after, undefined, sv)).toEqual([
      'Beslut d: yearlyCost 125\u00a0000 → 130\u00a0500,5',
      'Beslut d: noticeMonths 3 → 4',
      'Beslut d: year 2026 → 2027',
      'Beslut d: autoRenew ja → nej',
    ]);
  });

  it('says what an order, a RACI matrix and a role became', () => {
    const order = lines('order', 'ORD-1', { title: 'T', status: 'prepared' }, { title: 'T', status: 'approved', decision: 'beslut-1' }, 'T', sv);
    expect(order).toEqual(['Beställning ORD-1 (T): beredd → godkänd (beslut beslut-1)']);
    const raci = lines(
      'raci',
      'r',
      { activities: [{ id: 'a', name: 'A', roles: { x: 'H' } }] },
      { activities: [{ id: 'a', name: 'A', roles: { x: 'U' } }] },
      undefined,
      sv,
    );
    expect(raci).toEqual(['HUKI-matris r / a: x huvudansvarig → utförare']);
    const role = lines('role', 'it-chef', { holders: ['a'], deputy: 'b', level: 'tactical' }, { holders: ['b'], level: 'strategic' }, undefined, sv);
    expect(role).toEqual(['Roll it-chef: innehavare a → b', 'Roll it-chef: ersättare b → –', 'Roll it-chef: level taktisk → strategisk']);
  });

  it('describes added, removed and renamed records', () => {
    const added: RecordDiff = { kind: 'order', id: 'ORD-1', title: 'T', change: 'added', file: 'o', changes: [], facts: { status: 'prepared' } };
    expect(describeRecord(added, sv)).toEqual(['Beställning ORD-1 (T) lades till (status beredd)']);
    expect(describeRecord({ kind: 'person', id: 'p', change: 'removed', file: 'p', changes: [] }, sv)).toEqual(['Person p togs bort']);
    expect(describeRecord({ kind: 'role', id: 'b', previousId: 'a', change: 'renamed', file: 'r', changes: [] }, sv)).toEqual(['Roll a fick nytt id b']);
    const moved: RecordDiff = { kind: 'role', id: 'a', previousId: 'a', change: 'renamed', file: 'roles/a.yml', previousFile: 'roles/a.yaml', changes: [] };
    expect(describeRecord(moved, sv)).toEqual(['Roll a: filen bytte namn från roles/a.yaml till roles/a.yml']);
  });
});

describe('shortValue', () => {
  it('shortens long values to one line', () => {
    expect(shortValue('a\nb')).toBe('a b');
    expect(shortValue('x'.repeat(100))).toHaveLength(60);
  });
});
