import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const roleStaffing: Rule = {
  id: 'role/staffing',
  severity: 'error',
  description:
    'A role’s staffing agrees with its holders: a filled or interim role names its holder(s), a vacant role names none, and the deputy is not also a holder.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'role')) {
      const { staffing, holders = [], deputy } = rec.data;
      if (staffing !== 'vacant' && holders.length === 0) {
        report({ record: rec, at: ['staffing'], message: `role is '${staffing}' but names no holder`, hint: 'List the holder(s) under `holders:` or set `staffing: vacant`.' });
      }
      if (staffing === 'vacant' && holders.length > 0) {
        report({ record: rec, at: ['holders'], message: 'role is vacant but names holders', hint: 'Remove the holders or correct `staffing:`.' });
      }
      if (deputy && holders.includes(deputy)) {
        report({ record: rec, at: ['deputy'], message: `deputy '${deputy}' is also a holder of the role`, hint: 'A deputy stands in for the holder; name somebody else.' });
      }
    }
  },
};
