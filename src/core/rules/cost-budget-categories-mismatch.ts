import { COST_CATEGORIES } from '../model/types.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

/** A plan's budget stated twice, as a total and by category, with two different amounts. */
export const costBudgetCategoriesMismatch = defineRule({
  id: 'cost/budget-categories-mismatch',
  severity: 'error',
  messages: { mismatch: ['sum', 'total'] },
  hints: { mismatch: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'plan')) {
      const b = rec.data.budget;
      if (b?.total === undefined) continue;
      const named = COST_CATEGORIES.filter((c) => b[c] !== undefined);
      if (named.length === 0) continue;
      const sum = named.reduce((s, c) => s + (b[c] ?? 0), 0);
      if (sum !== b.total) report({ record: rec, at: ['budget', 'total'], messageId: 'mismatch', data: { sum, total: b.total } });
    }
  },
});
