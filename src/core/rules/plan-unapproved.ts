import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const planUnapproved = defineRule({
  id: 'plan/unapproved',
  severity: 'warning',
  messages: {
    draft: ['year'],
    approvedWithoutWhoAndWhen: [],
  },
  hints: { draft: [], approvedWithoutWhoAndWhen: [] },
  check({ model, report }) {
    for (const plan of validRecords(model, 'plan')) {
      if (plan.data.year !== model.config.planningYear) continue;
      if (plan.data.status === 'draft') {
        report({ record: plan, at: ['status'], messageId: 'draft', data: { year: plan.data.year } });
      } else if (!plan.data.approved) {
        report({ record: plan, at: ['status'], messageId: 'approvedWithoutWhoAndWhen' });
      }
    }
  },
});
