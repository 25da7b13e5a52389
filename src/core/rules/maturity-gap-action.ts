import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const maturityGapAction: Rule = {
  id: 'maturity/gap-action',
  severity: 'warning',
  description:
    'Every area whose current maturity is below its target has at least one action to close the gap (report §6.3–6.4). A gap without an action is a wish, not a plan.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'maturity')) {
      rec.data.areas.forEach((area, index) => {
        if (area.current >= area.target || (area.actions ?? []).length > 0) return;
        report({
          record: rec,
          at: ['areas', index],
          message: `area '${area.name}' is at ${area.current} % against a target of ${area.target} % with no action`,
          hint: 'List what will be done under `actions:`.',
        });
      });
    }
  },
};
