import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const unitAuthorisedOrderer = defineRule({
  id: 'unit/authorised-orderer',
  severity: 'error',
  messages: { noOrderer: ['department'] },
  hints: { noOrderer: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'unit')) {
      if (rec.data.kind !== 'department') continue;
      if ((rec.data.orderers ?? []).length > 0) continue;
      report({
        record: rec,
        at: rec.data.orderers ? ['orderers'] : [],
        messageId: 'noOrderer',
        data: { department: rec.data.name },
      });
    }
  },
});
