import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const directionTacticalYear = defineRule({
  id: 'direction/tactical-year',
  severity: 'error',
  messages: {
    notADirection: ['direction'],
    yearOutsidePeriod: ['year', 'from', 'to'],
  },
  check({ model, report }) {
    for (const rec of validRecords(model, 'direction')) {
      const plan = rec.data;
      if (plan.type !== 'tactical-plan' || !plan.direction) continue;
      const direction = model.records.direction.get(plan.direction);
      if (!direction?.valid) continue;
      if (direction.data.type !== 'direction') {
        report({ record: rec, at: ['direction'], messageId: 'notADirection', data: { direction: plan.direction } });
        continue;
      }
      const period = direction.data.period;
      if (period && plan.year !== undefined && (plan.year < period.from || plan.year > period.to)) {
        report({
          record: rec,
          at: ['year'],
          messageId: 'yearOutsidePeriod',
          data: { year: plan.year, from: period.from, to: period.to },
        });
      }
    }
  },
});
