import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const raciResponsibleRequired = defineRule({
  id: 'raci/responsible-required',
  severity: 'error',
  messages: { noResponsible: ['activity', 'responsible'] },
  // The hint names a fix that satisfies this rule without breaking
  // raci/single-accountable: a role has one letter per activity, so the H role
  // cannot also be the U. It proposes a role already in the activity as K (else
  // I), or, when the activity has only its H role, adding the role that does
  // the work. `suggestion` is 'change' or 'add'; `role` and `letter` are empty
  // for 'add'.
  hints: { noResponsible: ['suggestion', 'role', 'letter'] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      rec.data.activities.forEach((activity, index) => {
        const letters = Object.entries(activity.roles);
        if (letters.some(([, letter]) => letter === 'U')) return;
        const candidate = letters.find(([, letter]) => letter === 'K') ?? letters.find(([, letter]) => letter === 'I');
        report({
          record: rec,
          at: ['activities', index, 'roles'],
          messageId: 'noResponsible',
          data: {
            activity: activity.id,
            responsible: enumLabel('raciLetter', 'U'),
            suggestion: candidate ? 'change' : 'add',
            role: candidate ? candidate[0] : '',
            letter: candidate ? enumLabel('raciLetter', candidate[1]) : '',
          },
        });
      });
    }
  },
});
