import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const maturityGapAction = defineRule({
  id: 'maturity/gap-action',
  severity: 'warning',
  messages: { noAction: ['area', 'current', 'target'] },
  hints: { noAction: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'maturity')) {
      rec.data.areas.forEach((area, index) => {
        if (area.current >= area.target || (area.actions ?? []).length > 0) return;
        report({
          record: rec,
          at: ['areas', index],
          messageId: 'noAction',
          data: { area: area.name, current: area.current, target: area.target },
        });
      });
    }
  },
});
