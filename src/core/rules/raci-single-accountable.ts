import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const raciSingleAccountable: Rule = {
  id: 'raci/single-accountable',
  severity: 'error',
  description:
    'Every activity in a HUKI/RACI matrix has exactly one H (huvudansvarig, accountable). With none, nobody owns the outcome; with two, each assumes the other does — the unclear interfaces the report (§6.5.1) set out to remove.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'raci')) {
      rec.data.activities.forEach((activity, index) => {
        const accountable = Object.entries(activity.roles)
          .filter(([, letter]) => letter === 'H')
          .map(([role]) => role);
        if (accountable.length === 1) return;
        report({
          record: rec,
          at: ['activities', index, 'roles'],
          message:
            accountable.length === 0
              ? `activity '${activity.id}' has no H (accountable role)`
              : `activity '${activity.id}' has ${accountable.length} H (accountable) roles: ${accountable.join(', ')}`,
          hint:
            accountable.length === 0
              ? 'Mark exactly one role H: the one who answers for the result.'
              : 'Keep one H and make the others U (responsible) or K (consulted).',
        });
      });
    }
  },
};
