import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const contractLicenceOveruse: Rule = {
  id: 'contract/licence-overuse',
  severity: 'warning',
  description:
    'More licences are in use than the contract gives the right to (report §6.5.12). Over-use is a compliance and cost risk; buy more or free some.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'contract')) {
      (rec.data.licences ?? []).forEach((licence, index) => {
        if (licence.used === undefined || licence.used <= licence.quantity) return;
        report({
          record: rec,
          at: ['licences', index, 'used'],
          message: `${licence.used} ${licence.product} licences in use, ${licence.quantity} bought`,
          hint: 'Buy more licences or remove users; then update `used:`.',
        });
      });
    }
  },
};
