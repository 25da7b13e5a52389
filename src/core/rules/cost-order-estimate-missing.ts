import { COMMITTING_STATUSES } from '../costs/index.js';
import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

/** An order the council decided to do, with no idea of its cost. */
export const costOrderEstimateMissing = defineRule({
  id: 'cost/order-estimate-missing',
  severity: 'warning',
  messages: { missing: ['status'] },
  hints: { missing: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const o = rec.data;
      if (!COMMITTING_STATUSES.has(o.status)) continue;
      if (o.estimates?.costOneOff !== undefined || o.estimates?.costYearly !== undefined) continue;
      report({ record: rec, at: o.estimates ? ['estimates'] : ['status'], messageId: 'missing', data: { status: enumLabel('orderStatus', o.status) } });
    }
  },
});
