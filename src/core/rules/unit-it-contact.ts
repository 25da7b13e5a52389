import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const unitItContact: Rule = {
  id: 'unit/it-contact',
  severity: 'warning',
  description:
    'Every department names one coordinating IT contact (IT-samordnare), report §3: the single point the ordering function talks to. A department without one is reported until it appoints one.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'unit')) {
      if (rec.data.kind !== 'department' || rec.data.itContact) continue;
      report({
        record: rec,
        message: `department '${rec.data.name}' has no coordinating IT contact`,
        hint: 'Set `itContact:` to the person who coordinates IT questions for the department.',
      });
    }
  },
};
