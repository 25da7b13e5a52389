import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const contractLicenceOveruse = defineRule({
  id: 'contract/licence-overuse',
  severity: 'warning',
  messages: { overuse: ['used', 'product', 'quantity'] },
  hints: { overuse: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'contract')) {
      (rec.data.licences ?? []).forEach((licence, index) => {
        if (licence.used === undefined || licence.used <= licence.quantity) return;
        report({
          record: rec,
          at: ['licences', index, 'used'],
          messageId: 'overuse',
          data: { used: licence.used, product: licence.product, quantity: licence.quantity },
        });
      });
    }
  },
});
