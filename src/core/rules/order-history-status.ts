import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const orderHistoryStatus: Rule = {
  id: 'order/history-status',
  severity: 'error',
  description:
    'The last entry of an order’s history ends in the order’s current status, and entries are in date order. History is how the council sees how long an order has waited; a status changed without a history entry hides that.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const history = rec.data.history ?? [];
      const last = history[history.length - 1];
      if (last && last.to !== rec.data.status) {
        report({
          record: rec,
          at: ['history', history.length - 1, 'to'],
          message: `status is '${rec.data.status}' but the last history entry moves to '${last.to}'`,
          hint: 'Use `styr order move`, which updates both, or add the missing history entry.',
        });
      }
      for (let i = 1; i < history.length; i++) {
        if (history[i]!.date < history[i - 1]!.date) {
          report({
            record: rec,
            at: ['history', i, 'date'],
            message: `history entry ${i + 1} (${history[i]!.date}) is dated before the entry above it (${history[i - 1]!.date})`,
          });
        }
      }
    }
  },
};
