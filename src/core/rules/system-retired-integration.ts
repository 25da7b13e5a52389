import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const systemRetiredIntegration = defineRule({
  id: 'system/retired-integration',
  severity: 'warning',
  messages: {
    retiredHasActive: ['system', 'target'],
    activeToRetired: ['target'],
  },
  hints: { retiredHasActive: [], activeToRetired: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      (rec.data.integrations ?? []).forEach((integration, index) => {
        if ((integration.status ?? 'active') !== 'active') return;
        const target = model.records.system.get(integration.target);
        if (rec.data.lifecycle === 'retired') {
          report({
            record: rec,
            at: ['integrations', index],
            messageId: 'retiredHasActive',
            data: { system: rec.data.name, target: integration.target },
          });
        } else if (target?.valid && target.data.lifecycle === 'retired') {
          report({
            record: rec,
            at: ['integrations', index, 'target'],
            messageId: 'activeToRetired',
            data: { target: integration.target },
          });
        }
      });
    }
  },
});
