import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const continuityRecoveryTargets = defineRule({
  id: 'continuity/recovery-targets',
  severity: 'error',
  messages: { recoveryTooSlow: ['recoveryHours', 'tolerableHours'] },
  hints: { recoveryTooSlow: [] },
  check({ model, report }) {
    for (const plan of validRecords(model, 'plan')) {
      const c = plan.data.continuity;
      if (!c || c.recoveryTimeHours === undefined || c.maxTolerableOutageHours === undefined) continue;
      if (c.recoveryTimeHours <= c.maxTolerableOutageHours) continue;
      report({
        record: plan,
        at: ['continuity', 'recoveryTimeHours'],
        messageId: 'recoveryTooSlow',
        data: { recoveryHours: c.recoveryTimeHours, tolerableHours: c.maxTolerableOutageHours },
      });
    }
  },
});
