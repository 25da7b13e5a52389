import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const systemClassification = defineRule({
  id: 'system/classification',
  severity: 'warning',
  messages: { unclassified: ['system', 'lifecycle'] },
  hints: { unclassified: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      if (rec.data.lifecycle !== 'production' || rec.data.classification) continue;
      report({
        record: rec,
        at: ['lifecycle'],
        messageId: 'unclassified',
        data: { system: rec.data.name, lifecycle: enumLabel('lifecycle', rec.data.lifecycle) },
      });
    }
  },
});
