import { validRecords } from '../model/repository.js';
import { COST_CATEGORIES } from '../model/types.js';
import { defineRule } from './rule.js';

export const DEFAULT_OVER_BUDGET_PERCENT = 5;

/** A management plan whose recorded outcome for its year exceeds its budget by more than the limit in styr.yaml. */
export const costOverBudget = defineRule({
  id: 'cost/over-budget',
  severity: 'warning',
  messages: { over: ['outcome', 'budget', 'percent', 'currency'] },
  hints: { over: [] },
  check({ model, report }) {
    const limit = model.config.costs?.overBudgetPercent ?? DEFAULT_OVER_BUDGET_PERCENT;
    for (const rec of validRecords(model, 'plan')) {
      const b = rec.data.budget ?? {};
      const budget = COST_CATEGORIES.reduce((s, c) => s + (b[c] ?? 0), 0) || (b.total ?? 0);
      const outcomes = (rec.data.outcome ?? []).filter((o) => Number(o.period.slice(0, 4)) === rec.data.year);
      if (!outcomes.length) continue;
      const outcome = outcomes.reduce((s, o) => s + o.amount, 0);
      if (outcome <= budget * (1 + limit / 100)) continue;
      const percent = budget > 0 ? Math.round(((outcome - budget) / budget) * 1000) / 10 : 100;
      report({ record: rec, at: ['outcome'], messageId: 'over', data: { outcome, budget, percent, currency: model.config.currency } });
    }
  },
});
