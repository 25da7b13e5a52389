import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const orderRationale: Rule = {
  id: 'order/rationale',
  severity: 'error',
  description:
    'A deferred or rejected order states why, in `rationale`. The orderer is owed an answer, and the next council must be able to see why it was put aside.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const { status, rationale } = rec.data;
      if (status !== 'deferred' && status !== 'rejected') continue;
      if (rationale && rationale.trim() !== '') continue;
      report({
        record: rec,
        at: ['status'],
        message: `order is '${status}' without a rationale`,
        hint: 'Write the reason under `rationale:`.',
      });
    }
  },
};
