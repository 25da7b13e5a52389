import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const continuityRecoveryTargets: Rule = {
  id: 'continuity/recovery-targets',
  severity: 'error',
  description:
    'The recovery time target (RTO) of a continuity plan does not exceed its maximum tolerable outage: a plan that restores the system after the business has already failed is no plan.',
  check({ model, report }) {
    for (const plan of validRecords(model, 'plan')) {
      const c = plan.data.continuity;
      if (!c || c.recoveryTimeHours === undefined || c.maxTolerableOutageHours === undefined) continue;
      if (c.recoveryTimeHours <= c.maxTolerableOutageHours) continue;
      report({
        record: plan,
        at: ['continuity', 'recoveryTimeHours'],
        message: `recovery time ${c.recoveryTimeHours} h exceeds the maximum tolerable outage ${c.maxTolerableOutageHours} h`,
        hint: 'Shorten the recovery time (e.g. with a fallback routine or a faster restore) or revisit the tolerable outage with the system owner.',
      });
    }
  },
};
