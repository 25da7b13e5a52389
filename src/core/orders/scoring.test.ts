import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, effectiveWeights, scoreOrder } from './scoring.js';

const W = effectiveWeights({ benefit: 3, strategicFit: 2, riskIfNotDone: 2, cost: -1, effort: -1 });

describe('scoreOrder', () => {
  it('is 100 for the best ratings, no cost and tiny effort; 0 for the worst', () => {
    expect(scoreOrder({ estimates: { benefit: 5, strategicFit: 5, riskIfNotDone: 5, costOneOff: 0, effortDays: 2 } }, W).score).toBe(100);
    expect(scoreOrder({ estimates: { benefit: 1, strategicFit: 1, riskIfNotDone: 1, costOneOff: 9_000_000, effortDays: 500 } }, W).score).toBe(0);
  });

  it('reports each factor’s points and what it could give', () => {
    const { score, factors } = scoreOrder({ estimates: { benefit: 4, strategicFit: 5, riskIfNotDone: 3, effortDays: 20 } }, W);
    // benefit 3/9·0.75, fit 2/9·1, risk 2/9·0.5, cost not estimated, effort 20 days → band 0.5 → 1/9·0.5
    expect(score).toBe(63.9);
    expect(factors.map((f) => [f.factor, f.points, f.maxPoints])).toEqual([
      ['benefit', 25, 33.3],
      ['strategicFit', 22.2, 22.2],
      ['riskIfNotDone', 11.1, 22.2],
      ['cost', 0, 11.1],
      ['effort', 5.6, 11.1],
    ]);
    expect(factors.find((f) => f.factor === 'cost')).not.toHaveProperty('input');
  });

  it('counts cost and effort against an order whatever the sign of their weight', () => {
    const cheap = { estimates: { costOneOff: 50_000 } };
    const dear = { estimates: { costOneOff: 2_000_000 } };
    for (const cost of [1, -1]) {
      const w = effectiveWeights({ cost });
      expect(scoreOrder(cheap, w).score).toBeGreaterThan(scoreOrder(dear, w).score);
    }
  });

  it('puts three years of running cost into the cost band', () => {
    const w = effectiveWeights({ cost: 1 });
    // 100 000 one-off + 3 × 100 000 yearly = 400 000 → band 0.5
    expect(scoreOrder({ estimates: { costOneOff: 100_000, costYearly: 100_000 } }, w).factors[3]).toMatchObject({ input: 400_000, normalised: 0.5, points: 50 });
  });

  it('uses the size when effort is not given in days', () => {
    const w = effectiveWeights({ effort: 1 });
    expect(scoreOrder({ estimates: { size: 'S' } }, w).score).toBe(100);
    expect(scoreOrder({ estimates: { size: 'L' } }, w).score).toBe(50);
    expect(scoreOrder({ estimates: { size: 'XXL' } }, w).score).toBe(0);
    expect(scoreOrder({ estimates: { size: 'XXL', effortDays: 3 } }, w).score).toBe(100);
  });

  it('gives 0 without estimates or without weights', () => {
    expect(scoreOrder({}, W).score).toBe(0);
    expect(scoreOrder({ estimates: { benefit: 5 } }, effectiveWeights({})).score).toBe(0);
  });

  it('uses the default weights when styr.yaml has none', () => {
    expect(effectiveWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
  });
});
