import { allocate, contractCostInYear, planAllocation } from '../costs/index.js';
import { validRecords } from '../model/repository.js';
import { COST_CATEGORIES } from '../model/types.js';
import { defineRule } from './rule.js';

/**
 * Cost that no department carries: a contract in force in the planning year
 * whose yearly cost is not allocated in full, and a management plan with a
 * budget and no allocation to the departments.
 */
export const costUnallocated = defineRule({
  id: 'cost/unallocated',
  severity: 'warning',
  messages: { contract: ['percent', 'amount', 'currency'], plan: ['percent'] },
  hints: { contract: [], plan: [] },
  check({ model, report }) {
    const year = model.config.planningYear;
    const percent = (fraction: number) => Math.round(fraction * 1000) / 10;
    for (const rec of validRecords(model, 'contract')) {
      const cost = rec.data.yearlyCost ?? 0;
      if (cost === 0 || contractCostInYear(rec.data, year) === 0) continue;
      const a = allocate(rec.data.allocationKey, rec.data.costAllocation);
      if (a.unallocated < 1e-9) continue;
      report({
        record: rec,
        at: rec.data.costAllocation ? ['costAllocation'] : ['yearlyCost'],
        messageId: 'contract',
        data: { percent: percent(a.unallocated), amount: Math.round(cost * a.unallocated), currency: model.config.currency },
      });
    }
    for (const rec of validRecords(model, 'plan')) {
      const b = rec.data.budget;
      if (rec.data.year !== year || !b || (b.total ?? COST_CATEGORIES.reduce((s, c) => s + (b[c] ?? 0), 0)) === 0) continue;
      const a = planAllocation(rec);
      if (a.unallocated < 1e-9 && a.parts.length > 0) continue;
      report({
        record: rec,
        at: rec.data.costAllocation ? ['costAllocation'] : ['budget'],
        messageId: 'plan',
        data: { percent: percent(a.parts.length ? a.unallocated : 1) },
      });
    }
  },
});
