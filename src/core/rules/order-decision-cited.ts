import { expectedOutcome } from '../orders/lifecycle.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const orderDecisionCited: Rule = {
  id: 'order/decision-cited',
  severity: 'error',
  description:
    'An order that has been decided — approved (and everything after it), deferred or rejected — cites the decision record of the council meeting that decided it, and that record lists the order with the same outcome. The pull request is the decision record; this rule keeps the order and the minutes in agreement.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      const outcome = expectedOutcome(order.status);
      if (!outcome) continue;
      if (!order.decision) {
        report({
          record: rec,
          at: ['status'],
          message: `order is '${order.status}' but cites no decision`,
          hint: 'Set `decision:` to the id of the decision record (decisions/) that decided it.',
        });
        continue;
      }
      const decision = model.records.decision.get(order.decision);
      if (!decision || !decision.valid) continue; // reported as a reference or schema problem
      const entry = (decision.data.orders ?? []).find((o) => o.order === rec.id);
      if (!entry) {
        report({
          record: rec,
          at: ['decision'],
          message: `decision '${order.decision}' does not list this order`,
          hint: `Add \`- order: ${rec.id}\` with its outcome under \`orders:\` in ${decision.file}.`,
        });
      } else if (entry.outcome !== outcome) {
        report({
          record: rec,
          at: ['decision'],
          message: `order is '${order.status}' but decision '${order.decision}' records the outcome '${entry.outcome}'`,
          hint: `The status needs the outcome '${outcome}'.`,
        });
      }
    }
  },
};
