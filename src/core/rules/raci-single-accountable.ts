import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const raciSingleAccountable = defineRule({
  id: 'raci/single-accountable',
  severity: 'error',
  messages: {
    noAccountable: ['activity', 'accountable'],
    manyAccountable: ['activity', 'count', 'accountable', 'roles'],
  },
  hints: { noAccountable: [], manyAccountable: ['responsible', 'consulted'] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      rec.data.activities.forEach((activity, index) => {
        const accountable = Object.entries(activity.roles)
          .filter(([, letter]) => letter === 'H')
          .map(([role]) => role);
        if (accountable.length === 1) return;
        const at = ['activities', index, 'roles'];
        if (accountable.length === 0) {
          report({
            record: rec,
            at,
            messageId: 'noAccountable',
            data: { activity: activity.id, accountable: enumLabel('raciLetter', 'H') },
          });
        } else {
          report({
            record: rec,
            at,
            messageId: 'manyAccountable',
            data: {
              activity: activity.id,
              count: accountable.length,
              accountable: enumLabel('raciLetter', 'H'),
              roles: accountable.join(', '),
              responsible: enumLabel('raciLetter', 'U'),
              consulted: enumLabel('raciLetter', 'K'),
            },
          });
        }
      });
    }
  },
});
