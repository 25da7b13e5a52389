// The priority score of an order: computed from its estimates and the weights
// in styr.yaml, never stored. Every factor is normalised to 0..1 where 1 is
// what speaks for the order; the score is the weighted mean on 0–100.
//
//   benefit, strategicFit, riskIfNotDone   (v − 1) / 4         (1..5 → 0..1)
//   cost     1 − band(costOneOff + 3 × costYearly)              (cheap → 1)
//   effort   1 − band(person-days, or the size's days)          (small → 1)
//
// Cost and effort always count against an order, whatever the sign of their
// weight: weights are magnitudes, the direction is fixed by the factor. A
// factor that is not estimated contributes 0 (an order gets no credit for
// being cheap or small until someone has estimated it).
import type { Order, ScoreWeights } from '../model/types.js';
import { effortOf } from './effort.js';

export const SCORE_FACTORS = ['benefit', 'strategicFit', 'riskIfNotDone', 'cost', 'effort'] as const;
export type ScoreFactor = (typeof SCORE_FACTORS)[number];

/** Used when styr.yaml has no `weights`. */
export const DEFAULT_WEIGHTS: Readonly<Required<ScoreWeights>> = { benefit: 3, strategicFit: 2, riskIfNotDone: 2, cost: 1, effort: 1 };

/**
 * Fixed bands, so a score does not move when other orders change. Cost is in
 * the configured currency over three years (one-off + 3 × yearly); effort in
 * person-days. A value up to and including `upTo` gets `burden`.
 */
export const COST_BANDS: readonly { upTo: number; burden: number }[] = [
  { upTo: 100_000, burden: 0 },
  { upTo: 300_000, burden: 0.25 },
  { upTo: 1_000_000, burden: 0.5 },
  { upTo: 3_000_000, burden: 0.75 },
  { upTo: Infinity, burden: 1 },
];
export const EFFORT_BANDS: readonly { upTo: number; burden: number }[] = [
  { upTo: 5, burden: 0 },
  { upTo: 15, burden: 0.25 },
  { upTo: 40, burden: 0.5 },
  { upTo: 80, burden: 0.75 },
  { upTo: Infinity, burden: 1 },
];

function band(value: number, bands: readonly { upTo: number; burden: number }[]): number {
  for (const b of bands) if (value <= b.upTo) return b.burden;
  return 1;
}

export interface FactorScore {
  factor: ScoreFactor;
  /** The weight's magnitude. */
  weight: number;
  /** The raw input: a 1–5 rating, an amount (cost over three years) or person-days; undefined when not estimated. */
  input?: number;
  /** The input normalised to 0..1 (1 speaks for the order); undefined when not estimated. */
  normalised?: number;
  /** Points on the 0–100 scale this factor adds (0 when not estimated). */
  points: number;
  /** Points it would add at its best (normalised 1). */
  maxPoints: number;
}

export interface OrderScore {
  /** 0–100, rounded to one decimal: the figure shown and ranked on. */
  score: number;
  factors: FactorScore[];
}

/** Weights as magnitudes; a weights block from styr.yaml counts missing keys as 0. */
export function effectiveWeights(configured: ScoreWeights | undefined): Required<ScoreWeights> {
  const source = configured ?? DEFAULT_WEIGHTS;
  const out = {} as Required<ScoreWeights>;
  for (const factor of SCORE_FACTORS) out[factor] = Math.abs(source[factor] ?? 0);
  return out;
}

function rating(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.min(1, Math.max(0, (value - 1) / 4));
}

function factorInput(order: Pick<Order, 'estimates'>, factor: ScoreFactor): { input?: number; normalised?: number } {
  const e = order.estimates ?? {};
  switch (factor) {
    case 'benefit':
    case 'strategicFit':
    case 'riskIfNotDone': {
      const v = e[factor];
      return v === undefined ? {} : { input: v, normalised: rating(v) };
    }
    case 'cost': {
      if (e.costOneOff === undefined && e.costYearly === undefined) return {};
      const total = (e.costOneOff ?? 0) + 3 * (e.costYearly ?? 0);
      return { input: total, normalised: 1 - band(total, COST_BANDS) };
    }
    case 'effort': {
      const effort = effortOf(order);
      return effort === undefined ? {} : { input: effort.days, normalised: 1 - band(effort.days, EFFORT_BANDS) };
    }
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreOrder(order: Pick<Order, 'estimates'>, weights: Required<ScoreWeights>): OrderScore {
  const total = SCORE_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const factors: FactorScore[] = SCORE_FACTORS.map((factor) => {
    const weight = weights[factor];
    const { input, normalised } = factorInput(order, factor);
    const maxPoints = total === 0 ? 0 : (100 * weight) / total;
    const f: FactorScore = { factor, weight, points: normalised === undefined ? 0 : maxPoints * normalised, maxPoints };
    if (input !== undefined) f.input = input;
    if (normalised !== undefined) f.normalised = normalised;
    return f;
  });
  const score = round1(factors.reduce((sum, f) => sum + f.points, 0));
  return { score, factors: factors.map((f) => ({ ...f, points: round1(f.points), maxPoints: round1(f.maxPoints) })) };
}

/** A score's factors as `--json` prints them (absent values as null). */
export function factorsJson(factors: readonly FactorScore[]) {
  return factors.map((f) => ({
    factor: f.factor,
    weight: f.weight,
    input: f.input ?? null,
    normalised: f.normalised ?? null,
    points: f.points,
    maxPoints: f.maxPoints,
  }));
}
