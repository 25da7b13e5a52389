import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const orderHistoryStatus = defineRule({
  id: 'order/history-status',
  severity: 'error',
  messages: {
    lastEntryDiffers: ['status', 'to'],
    entryOutOfOrder: ['entry', 'date', 'previous'],
  },
  hints: { lastEntryDiffers: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const history = rec.data.history ?? [];
      const last = history[history.length - 1];
      if (last && last.to !== rec.data.status) {
        report({
          record: rec,
          at: ['history', history.length - 1, 'to'],
          messageId: 'lastEntryDiffers',
          data: { status: enumLabel('orderStatus', rec.data.status), to: enumLabel('orderStatus', last.to) },
        });
      }
      for (let i = 1; i < history.length; i++) {
        if (history[i]!.date < history[i - 1]!.date) {
          report({
            record: rec,
            at: ['history', i, 'date'],
            messageId: 'entryOutOfOrder',
            data: { entry: i + 1, date: history[i]!.date, previous: history[i - 1]!.date },
          });
        }
      }
    }
  },
});
