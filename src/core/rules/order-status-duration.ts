import { validRecords } from '../model/repository.js';
import { createTranslator } from '../i18n/translate.js';
import { describeNextStep, nextStep } from '../orders/next-step.js';
import { daysInStatus } from '../orders/status-time.js';
import type { Rule } from './rule.js';

export const orderStatusDuration: Rule = {
  id: 'order/status-duration',
  severity: 'warning',
  description:
    'An order has stayed in its status longer than `statusLimits` in styr.yaml allows for that status (days since its last history entry, or since it was created). The warning names who owns the next step — the handler or the ordering function, the decision council with its next meeting, the delivering team, or the orderer — because orders queuing up with nobody owning them is the problem the report set out to fix.',
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
        message: `order has been '${order.status}' for ${days} days (limit ${limit}); next step: ${describeNextStep(step, order.status, createTranslator('en'))}`,
        hint: `Move it on with \`styr order move ${order.id} <status>\`, or raise statusLimits.${order.status} in styr.yaml if ${limit} days is too short.`,
      });
    }
  },
};
