import { validRecords } from '../model/repository.js';
import { expectedOutcome } from '../orders/lifecycle.js';
import { defineRule, enumLabel } from './rule.js';

export const orderDecisionCited = defineRule({
  id: 'order/decision-cited',
  severity: 'error',
  messages: {
    noDecision: ['status'],
    notListed: ['decision'],
    outcomeMismatch: ['status', 'decision', 'outcome'],
  },
  hints: { noDecision: [], notListed: ['order', 'file'], outcomeMismatch: ['expected'] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      const outcome = expectedOutcome(order.status);
      if (!outcome) continue;
      const status = enumLabel('orderStatus', order.status);
      if (!order.decision) {
        report({ record: rec, at: ['status'], messageId: 'noDecision', data: { status } });
        continue;
      }
      const decision = model.records.decision.get(order.decision);
      if (!decision || !decision.valid) continue; // reported as a reference or schema problem
      const entry = (decision.data.orders ?? []).find((o) => o.order === rec.id);
      if (!entry) {
        report({
          record: rec,
          at: ['decision'],
          messageId: 'notListed',
          data: { decision: order.decision, order: rec.id, file: decision.file },
        });
      } else if (entry.outcome !== outcome) {
        report({
          record: rec,
          at: ['decision'],
          messageId: 'outcomeMismatch',
          data: {
            status,
            decision: order.decision,
            outcome: enumLabel('decisionOutcome', entry.outcome),
            expected: enumLabel('decisionOutcome', outcome),
          },
        });
      }
    }
  },
});
