import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const raciResponsibleRequired = defineRule({
  id: 'raci/responsible-required',
  severity: 'error',
  messages: { noResponsible: ['activity', 'responsible'] },
  // A role has one letter per activity, so the H role cannot also be the U:
  // the hint asks for another role.
  hints: { noResponsible: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      rec.data.activities.forEach((activity, index) => {
        if (Object.values(activity.roles).includes('U')) return;
        report({
          record: rec,
          at: ['activities', index, 'roles'],
          messageId: 'noResponsible',
          data: { activity: activity.id, responsible: enumLabel('raciLetter', 'U') },
        });
      });
    }
  },
});
