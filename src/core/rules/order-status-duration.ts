import { validRecords } from '../model/repository.js';
import { stuckState } from '../orders/follow-up.js';
import { nextStep } from '../orders/next-step.js';
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
    // A planned order measured against the plan: its quarter ended on `end` and the work has not started.
    pastQuarter: ['quarter', 'end', 'stepKind', 'owner', 'name', 'action'],
  },
  hints: { tooLong: ['order', 'setting', 'limit'], pastQuarter: ['order'] },
  check({ model, today, report }) {
    for (const rec of validRecords(model, 'order')) {
      const order = rec.data;
      const stuck = stuckState(order, model.config, today);
      if (!stuck) continue;
      const step = nextStep(model, order, today);
      if (!step) continue;
      const next = {
        stepKind: selector(step.kind),
        owner: enumLabel('step', step.kind),
        name: step.name ?? 'none',
        action: enumLabel('stepAction', order.status),
        order: order.id,
      };
      if (stuck.kind === 'quarter') {
        report({ record: rec, at: ['quarter'], messageId: 'pastQuarter', data: { quarter: stuck.quarter, end: stuck.end, ...next } });
        continue;
      }
      report({
        record: rec,
        at: ['status'],
        messageId: 'tooLong',
        data: {
          status: enumLabel('orderStatus', order.status),
          days: stuck.days,
          limit: stuck.limit,
          ...next,
          meeting: step.nextMeeting ?? 'none',
          setting: `statusLimits.${order.status}`,
        },
      });
    }
  },
});
