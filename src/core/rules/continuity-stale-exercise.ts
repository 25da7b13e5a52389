import { addMonthsIso } from '../dates.js';
import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const continuityStaleExercise = defineRule({
  id: 'continuity/stale-exercise',
  severity: 'warning',
  messages: {
    neverExercised: [],
    staleExercise: ['exercised', 'months'],
  },
  hints: { neverExercised: [], staleExercise: [] },
  check({ model, today, report }) {
    const months = model.config.continuityExerciseMonths;
    const limit = addMonthsIso(today, -months);
    for (const plan of validRecords(model, 'plan')) {
      const continuity = plan.data.continuity;
      if (plan.data.year !== model.config.planningYear || !continuity) continue;
      if (continuity.lastExercised && continuity.lastExercised >= limit) continue;
      if (continuity.lastExercised) {
        report({
          record: plan,
          at: ['continuity', 'lastExercised'],
          messageId: 'staleExercise',
          data: { exercised: continuity.lastExercised, months },
        });
      } else {
        report({ record: plan, at: ['continuity'], messageId: 'neverExercised' });
      }
    }
  },
});
