import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const directionTacticalYear: Rule = {
  id: 'direction/tactical-year',
  severity: 'error',
  description:
    'A 1-year tactical plan implements a 3-year direction: it names a direction record of type direction, and its year lies inside that direction’s period (report §6.5.6).',
  check({ model, report }) {
    for (const rec of validRecords(model, 'direction')) {
      const plan = rec.data;
      if (plan.type !== 'tactical-plan' || !plan.direction) continue;
      const direction = model.records.direction.get(plan.direction);
      if (!direction?.valid) continue;
      if (direction.data.type !== 'direction') {
        report({ record: rec, at: ['direction'], message: `'${plan.direction}' is a tactical plan, not a direction` });
        continue;
      }
      const period = direction.data.period;
      if (period && plan.year !== undefined && (plan.year < period.from || plan.year > period.to)) {
        report({
          record: rec,
          at: ['year'],
          message: `tactical plan year ${plan.year} is outside the direction period ${period.from}–${period.to}`,
        });
      }
    }
  },
};
