import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const unitItContact = defineRule({
  id: 'unit/it-contact',
  severity: 'warning',
  messages: { noItContact: ['department'] },
  hints: { noItContact: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'unit')) {
      if (rec.data.kind !== 'department' || rec.data.itContact) continue;
      report({ record: rec, messageId: 'noItContact', data: { department: rec.data.name } });
    }
  },
});
