import { addMonthsIso } from '../dates.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const continuityStaleReview: Rule = {
  id: 'continuity/stale-review',
  severity: 'warning',
  description:
    'A continuity plan in a management plan for the planning year was last reviewed more than `continuityReviewMonths` (default 12) months before today, or has never been reviewed. A plan nobody has read since last year is unlikely to work when the system is down (report §6.5.7–6.5.8).',
  check({ model, today, report }) {
    const months = model.config.continuityReviewMonths;
    const limit = addMonthsIso(today, -months);
    for (const plan of validRecords(model, 'plan')) {
      const continuity = plan.data.continuity;
      if (plan.data.year !== model.config.planningYear || !continuity) continue;
      if (!continuity.lastReviewed) {
        report({
          record: plan,
          at: ['continuity'],
          message: 'continuity plan has never been reviewed (no lastReviewed date)',
          hint: 'Review it with the system administrator and set `lastReviewed:`.',
        });
      } else if (continuity.lastReviewed < limit) {
        report({
          record: plan,
          at: ['continuity', 'lastReviewed'],
          message: `continuity plan last reviewed ${continuity.lastReviewed}, more than ${months} months ago`,
          hint: 'Review it with the system administrator and update `lastReviewed:`.',
        });
      }
    }
  },
};
