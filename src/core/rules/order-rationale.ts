import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const orderRationale = defineRule({
  id: 'order/rationale',
  severity: 'error',
  messages: { noRationale: ['status'] },
  hints: { noRationale: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'order')) {
      const { status, rationale } = rec.data;
      if (status !== 'deferred' && status !== 'rejected') continue;
      if (rationale && rationale.trim() !== '') continue;
      report({ record: rec, at: ['status'], messageId: 'noRationale', data: { status: enumLabel('orderStatus', status) } });
    }
  },
});
