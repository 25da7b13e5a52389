import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const raciDuplicateActivity = defineRule({
  id: 'raci/duplicate-activity',
  severity: 'error',
  messages: { duplicate: ['activity', 'first'] },
  hints: { duplicate: [] },
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
          messageId: 'duplicate',
          data: { activity: activity.id, first: first + 1 },
        });
      });
    }
  },
});
