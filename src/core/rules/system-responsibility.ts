import { ACTIVE_LIFECYCLES } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const systemResponsibility = defineRule({
  id: 'system/responsibility',
  severity: 'error',
  messages: {
    /** `missing`: 'owner', 'administrator' or 'both'. */
    noResponsible: ['system', 'lifecycle', 'missing'],
  },
  hints: { noResponsible: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      if (!ACTIVE_LIFECYCLES.has(rec.data.lifecycle)) continue;
      const { owner, administrator } = rec.data;
      if (owner && administrator) continue;
      report({
        record: rec,
        at: ['lifecycle'],
        messageId: 'noResponsible',
        data: {
          system: rec.data.name,
          lifecycle: enumLabel('lifecycle', rec.data.lifecycle),
          missing: !owner && !administrator ? 'both' : !owner ? 'owner' : 'administrator',
        },
      });
    }
  },
});
