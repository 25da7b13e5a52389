import { describe, expect, it } from 'vitest';
import type { Order } from '../model/types.js';
import { compareRanked, rankScored } from './ranking.js';
import type { ScoredOrder } from './ranking.js';
import { effectiveWeights, scoreOrder } from './scoring.js';

const W = effectiveWeights({ benefit: 1 });

function order(id: string, extra: Partial<Order> = {}): ScoredOrder {
  const o: Order = { id, title: id, description: '-', orderer: 'p', unit: 'u', type: 'change', status: 'prepared', created: '2026-01-01', ...extra };
  return { order: o, file: `orders/${id}.yaml`, legal: o.legalRequirement === true, score: scoreOrder(o, W) };
}

const ids = (list: ScoredOrder[]) => rankScored(list).map((r) => `${r.rank} ${r.order.id}`);

describe('ranking', () => {
  it('ranks by score, highest first', () => {
    expect(ids([order('A', { estimates: { benefit: 2 } }), order('B', { estimates: { benefit: 5 } }), order('C', { estimates: { benefit: 3 } })])).toEqual([
      '1 B',
      '2 C',
      '3 A',
    ]);
  });

  it('puts legal requirements first regardless of score, ordered by score among themselves', () => {
    expect(
      ids([
        order('A', { estimates: { benefit: 5 } }),
        order('B', { estimates: { benefit: 1 }, legalRequirement: true }),
        order('C', { estimates: { benefit: 3 }, legalRequirement: true }),
      ]),
    ).toEqual(['1 C', '2 B', '3 A']);
  });

  it('breaks ties by wanted-by (earlier first, none last), then created, then id', () => {
    const tie = { estimates: { benefit: 3 } };
    expect(
      ids([
        order('E', { ...tie }),
        order('D', { ...tie, wantedBy: '2027-09-30' }),
        order('C', { ...tie, wantedBy: '2027-03-31' }),
        order('B', { ...tie, created: '2025-12-01' }),
        order('A', { ...tie }),
      ]),
    ).toEqual(['1 C', '2 D', '3 B', '4 A', '5 E']);
  });

  it('is a total order: the same input in any order gives the same ranking', () => {
    const list = [order('A', { estimates: { benefit: 3 } }), order('B', { estimates: { benefit: 3 } }), order('C', { legalRequirement: true })];
    expect(ids([...list].reverse())).toEqual(ids(list));
    expect(compareRanked(list[0]!, list[0]!)).toBe(0);
  });
});
