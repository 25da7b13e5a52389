import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const raciDuplicateActivity: Rule = {
  id: 'raci/duplicate-activity',
  severity: 'error',
  description: 'Activity ids are unique within a HUKI/RACI matrix, so that changes and reports can name one activity unambiguously.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      const seen = new Map<string, number>();
      rec.data.activities.forEach((activity, index) => {
        const first = seen.get(activity.id);
        if (first === undefined) {
          seen.set(activity.id, index);
          return;
        }
        report({
          record: rec,
          at: ['activities', index, 'id'],
          message: `activity id '${activity.id}' is used twice (also activity ${first + 1})`,
          hint: 'Give each activity its own id.',
        });
      });
    }
  },
};
