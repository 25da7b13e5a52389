import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const raciUnusedRole: Rule = {
  id: 'raci/unused-role',
  severity: 'warning',
  description:
    'A role of the ordering function or the IT unit that appears in no HUKI/RACI matrix has no defined part in any process. Either the role is not needed or a matrix is missing it. Roles on the orderer side are exempt unless they are key roles.',
  check({ model, report }) {
    const used = new Set<string>();
    for (const rec of validRecords(model, 'raci')) {
      for (const activity of rec.data.activities) for (const role of Object.keys(activity.roles)) used.add(role);
    }
    if (model.records.raci.size === 0) return;
    for (const rec of validRecords(model, 'role')) {
      if (used.has(rec.id)) continue;
      if (rec.data.side === 'orderer' && !rec.data.key) continue;
      report({
        record: rec,
        message: `role '${rec.id}' is not used in any HUKI/RACI matrix`,
        hint: 'Give the role its H/U/K/I in the processes it takes part in, or remove it.',
      });
    }
  },
};
