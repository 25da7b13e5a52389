import { addMonthsIso } from '../dates.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const continuityStaleReview = defineRule({
  id: 'continuity/stale-review',
  severity: 'warning',
  messages: {
    neverReviewed: [],
    staleReview: ['reviewed', 'months'],
  },
  hints: { neverReviewed: [], staleReview: [] },
  check({ model, today, report }) {
    const months = model.config.continuityReviewMonths;
    const limit = addMonthsIso(today, -months);
    for (const plan of validRecords(model, 'plan')) {
      const continuity = plan.data.continuity;
      if (plan.data.year !== model.config.planningYear || !continuity) continue;
      if (!continuity.lastReviewed) {
        report({ record: plan, at: ['continuity'], messageId: 'neverReviewed' });
      } else if (continuity.lastReviewed < limit) {
        report({
          record: plan,
          at: ['continuity', 'lastReviewed'],
          messageId: 'staleReview',
          data: { reviewed: continuity.lastReviewed, months },
        });
      }
    }
  },
});
