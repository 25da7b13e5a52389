import { COST_CATEGORIES } from '../model/types.js';
import { validRecords } from '../model/repository.js';
import { budgetByCategory } from '../costs/budget.js';
import { defineRule } from './rule.js';

/** A plan's budget stated twice, as a total and by category, with two different amounts. */
export const costBudgetCategoriesMismatch = defineRule({
  id: 'cost/budget-categories-mismatch',
  severity: 'error',
  messages: { mismatch: ['sum', 'total'] },
  hints: { mismatch: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'plan')) {
      const budget = rec.data.budget;
      if (budget?.total === undefined) continue;
      const b = budgetByCategory(budget);
      const named = COST_CATEGORIES.filter((c) => b[c] !== undefined);
      if (named.length === 0) continue;
      const sum = named.reduce((s, c) => s + (b[c] ?? 0), 0);
      if (sum !== budget.total) report({ record: rec, at: ['budget', 'total'], messageId: 'mismatch', data: { sum, total: budget.total } });
    }
  },
});
