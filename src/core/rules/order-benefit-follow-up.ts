// A delivered order of a type that promised benefits is followed up: realised
// benefit, note and date, a number of months after delivery (follow-up.ts).
import { validRecords } from '../model/repository.js';
import { benefitFollowUpOverdue, benefitSettings } from '../orders/follow-up.js';
import { defineRule } from './rule.js';

export const orderBenefitFollowUp = defineRule({
  id: 'order/benefit-follow-up',
  severity: 'warning',
  messages: { overdue: ['delivered', 'due', 'days'] },
  hints: { overdue: ['orderer'] },
  check({ model, today, report }) {
    const settings = benefitSettings(model.config);
    for (const rec of validRecords(model, 'order')) {
      const overdue = benefitFollowUpOverdue(rec.data, settings, today);
      if (!overdue) continue;
      const person = model.records.person.get(rec.data.orderer);
      report({
        record: rec,
        at: ['status'],
        messageId: 'overdue',
        data: { delivered: overdue.delivered, due: overdue.due, days: overdue.days, orderer: person?.valid ? person.data.name : rec.data.orderer },
      });
    }
  },
});
