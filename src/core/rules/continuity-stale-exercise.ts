import { addMonthsIso } from '../dates.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const continuityStaleExercise: Rule = {
  id: 'continuity/stale-exercise',
  severity: 'warning',
  description:
    'A continuity plan was last exercised more than `continuityExerciseMonths` (default 24) months before today, or never. Fallback routines that have never been tried tend to fail on the day they are needed.',
  check({ model, today, report }) {
    const months = model.config.continuityExerciseMonths;
    const limit = addMonthsIso(today, -months);
    for (const plan of validRecords(model, 'plan')) {
      const continuity = plan.data.continuity;
      if (plan.data.year !== model.config.planningYear || !continuity) continue;
      if (continuity.lastExercised && continuity.lastExercised >= limit) continue;
      report({
        record: plan,
        at: continuity.lastExercised ? ['continuity', 'lastExercised'] : ['continuity'],
        message: continuity.lastExercised
          ? `continuity plan last exercised ${continuity.lastExercised}, more than ${months} months ago`
          : 'continuity plan has never been exercised (no lastExercised date)',
        hint: 'Plan an exercise of the fallback routine and record `lastExercised:`.',
      });
    }
  },
};
