import { describe, expect, it } from 'vitest';
import { describeRecord, diffWords, shortValue } from './describe.js';
import { diffFields, diffRecord } from './record-diff.js';
import type { RecordDiff } from './types.js';

const today = '2026-12-01';
const en = diffWords('en');

function lines(kind: RecordDiff['kind'], id: string, before: unknown, after: unknown, title?: string): string[] {
  const diff: RecordDiff = { kind, id, change: 'changed', file: `x/${id}.yaml`, changes: diffRecord(kind, before, after, { today }) };
  if (title) diff.title = title;
  return describeRecord(diff, en);
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
    const before = { name: 'R', activities: [{ id: 'a', name: 'A', roles: { x: 'H', y: 'U' } }, { id: 'b', name: 'B', roles: { x: 'H', y: 'U' } }] };
    const after = { name: 'R', activities: [{ id: 'a', name: 'A', roles: { x: 'H', z: 'U' } }, { id: 'c', name: 'C', roles: { x: 'H', y: 'U' } }] };
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
    expect(lines('contract', 'c', before, after)).toEqual(['Contract c: noticeMonths 6 → 3', 'Contract c: notice deadline 2028-01-01 → 2028-04-01']);
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

describe('shortValue', () => {
  it('shortens long values to one line', () => {
    expect(shortValue('a\nb')).toBe('a b');
    expect(shortValue('x'.repeat(100))).toHaveLength(60);
  });
});
