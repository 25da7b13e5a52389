import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const planUnapproved: Rule = {
  id: 'plan/unapproved',
  severity: 'warning',
  description:
    'A management plan for the planning year is still a draft, or is marked approved without saying by whom and when. An unapproved plan does not yet govern the managed object.',
  check({ model, report }) {
    for (const plan of validRecords(model, 'plan')) {
      if (plan.data.year !== model.config.planningYear) continue;
      if (plan.data.status === 'draft') {
        report({
          record: plan,
          at: ['status'],
          message: `management plan for ${plan.data.year} is still a draft`,
          hint: 'Have the object owner approve it, then set `status: approved` and `approved:`.',
        });
      } else if (!plan.data.approved) {
        report({
          record: plan,
          at: ['status'],
          message: 'management plan is approved but does not say by whom and when',
          hint: 'Add `approved:` with `by:` and `date:`.',
        });
      }
    }
  },
};
