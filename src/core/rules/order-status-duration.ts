import { validRecords } from '../model/repository.js';
import { nextStep } from '../orders/next-step.js';
import { daysInStatus } from '../orders/status-time.js';
import { defineRule, enumLabel, selector } from './rule.js';

export const orderStatusDuration = defineRule({
  id: 'order/status-duration',
  severity: 'warning',
  messages: {
    // The next step: `stepKind` the owner's kind as a selector (orderingFunction, noTeam, …), `owner`
    // its label, `name` the person's or team's name ('none' when there is
    // none), `action` what they are to do, `meeting` the council's next
    // meeting ('none' when none is scheduled).
    tooLong: ['status', 'days', 'limit', 'stepKind', 'owner', 'name', 'action', 'meeting'],
  },
  hints: { tooLong: ['order', 'setting', 'limit'] },
  check({ model, today, report }) {
    const limits = model.config.statusLimits ?? {};
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      const limit = limits[order.status];
      if (limit === undefined) continue;
      const days = daysInStatus(order, today);
      if (days <= limit) continue;
      const step = nextStep(model, order, today);
      if (!step) continue;
      report({
        record: rec,
        at: ['status'],
        messageId: 'tooLong',
        data: {
          status: enumLabel('orderStatus', order.status),
          days,
          limit,
          stepKind: selector(step.kind),
          owner: enumLabel('step', step.kind),
          name: step.name ?? 'none',
          action: enumLabel('stepAction', order.status),
          meeting: step.nextMeeting ?? 'none',
          order: order.id,
          setting: `statusLimits.${order.status}`,
        },
      });
    }
  },
});
