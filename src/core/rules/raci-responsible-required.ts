import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const raciResponsibleRequired: Rule = {
  id: 'raci/responsible-required',
  severity: 'error',
  description:
    'Every activity in a HUKI/RACI matrix has at least one U (utförare, responsible): somebody who does the work. An activity with an owner but no doer is a queue that never moves.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      rec.data.activities.forEach((activity, index) => {
        if (Object.values(activity.roles).includes('U')) return;
        report({
          record: rec,
          at: ['activities', index, 'roles'],
          message: `activity '${activity.id}' has no U (responsible role)`,
          hint: 'Mark at least one role U: the one who carries out the activity (it may be the H role too, written as H).',
        });
      });
    }
  },
};
