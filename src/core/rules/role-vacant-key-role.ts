import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const roleVacantKeyRole = defineRule({
  id: 'role/vacant-key-role',
  severity: 'warning',
  messages: {
    /** `step` is '?' and `status` 'none' when the recruitment does not say. */
    vacantRecruiting: ['role', 'step', 'status'],
    vacantNoRecruitment: ['role'],
  },
  hints: { vacantNoRecruitment: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'role')) {
      if (!rec.data.key || rec.data.staffing !== 'vacant') continue;
      const r = rec.data.recruitment;
      if (r) {
        report({
          record: rec,
          at: ['staffing'],
          messageId: 'vacantRecruiting',
          data: {
            role: rec.data.name,
            step: r.step ?? '?',
            status: r.status ? enumLabel('recruitmentStatus', r.status) : 'none',
          },
        });
      } else {
        report({ record: rec, at: ['staffing'], messageId: 'vacantNoRecruitment', data: { role: rec.data.name } });
      }
    }
  },
});
