import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const roleStaffing = defineRule({
  id: 'role/staffing',
  severity: 'error',
  messages: {
    noHolder: ['staffing'],
    vacantWithHolders: ['staffing'],
    deputyIsHolder: ['deputy'],
  },
  hints: { noHolder: [], vacantWithHolders: [], deputyIsHolder: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'role')) {
      const { staffing, holders = [], deputy } = rec.data;
      if (staffing !== 'vacant' && holders.length === 0) {
        report({ record: rec, at: ['staffing'], messageId: 'noHolder', data: { staffing: enumLabel('staffing', staffing) } });
      }
      if (staffing === 'vacant' && holders.length > 0) {
        report({ record: rec, at: ['holders'], messageId: 'vacantWithHolders', data: { staffing: enumLabel('staffing', staffing) } });
      }
      if (deputy && holders.includes(deputy)) {
        report({ record: rec, at: ['deputy'], messageId: 'deputyIsHolder', data: { deputy } });
      }
    }
  },
});
