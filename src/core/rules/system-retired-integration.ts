import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const systemRetiredIntegration: Rule = {
  id: 'system/retired-integration',
  severity: 'warning',
  description:
    'A retired system has no active integrations, and no active integration points at a retired system. Such an integration either still runs (the system is not retired) or is dead wood on the systems map.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      (rec.data.integrations ?? []).forEach((integration, index) => {
        if ((integration.status ?? 'active') !== 'active') return;
        const target = model.records.system.get(integration.target);
        if (rec.data.lifecycle === 'retired') {
          report({
            record: rec,
            at: ['integrations', index],
            message: `retired system '${rec.data.name}' has an active integration to '${integration.target}'`,
            hint: 'Set the integration `status: retired`, or correct the lifecycle.',
          });
        } else if (target?.valid && target.data.lifecycle === 'retired') {
          report({
            record: rec,
            at: ['integrations', index, 'target'],
            message: `active integration to retired system '${integration.target}'`,
            hint: 'Set the integration `status: retired` or point it at the system that replaced it.',
          });
        }
      });
    }
  },
};
