import { COMMITTING_STATUSES, planFor } from '../costs/index.js';
import { validRecords } from '../model/repository.js';
import type { OrderStatus } from '../model/types.js';
import { defineRule } from './rule.js';

/** Decided orders, and delivered ones whose running cost has just begun. */
const CARRIED: ReadonlySet<OrderStatus> = new Set([...COMMITTING_STATUSES, 'delivered']);

/**
 * A yearly cost that starts at delivery with no budget to carry it after: no
 * financing, a project (projects end), or a managed object without a
 * management plan.
 */
export const costYearlyCostUnfunded = defineRule({
  id: 'cost/yearly-cost-unfunded',
  severity: 'warning',
  messages: { none: ['amount', 'currency'], project: ['amount', 'currency', 'project'], noPlan: ['amount', 'currency', 'object'] },
  hints: { none: [], project: [], noPlan: [] },
  check({ model, report }) {
    const currency = model.config.currency;
    for (const rec of validRecords(model, 'order')) {
      const amount = rec.data.estimates?.costYearly ?? 0;
      if (!CARRIED.has(rec.data.status) || amount === 0) continue;
      const at = rec.data.yearlyFinancing ? 'yearlyFinancing' : 'financing';
      const f = rec.data.yearlyFinancing ?? rec.data.financing;
      if (!f) report({ record: rec, at: ['estimates', 'costYearly'], messageId: 'none', data: { amount, currency } });
      else if (f.budget === 'project') report({ record: rec, at: [at], messageId: 'project', data: { amount, currency, project: f.project ?? '' } });
      else if (f.budget === 'object' && f.object !== undefined && !planFor(model, f.object, model.config.planningYear))
        report({ record: rec, at: [at, 'object'], messageId: 'noPlan', data: { amount, currency, object: f.object } });
    }
  },
});
