import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const roleVacantKeyRole: Rule = {
  id: 'role/vacant-key-role',
  severity: 'warning',
  description:
    'A key role is vacant. The report’s recruitment strategy (§6.6) puts key roles first; a vacant one is shown until it is filled, with its recruitment step.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'role')) {
      if (!rec.data.key || rec.data.staffing !== 'vacant') continue;
      const r = rec.data.recruitment;
      report({
        record: rec,
        at: ['staffing'],
        message: `key role '${rec.data.name}' is vacant${r ? ` (recruitment step ${r.step ?? '?'}, ${r.status ?? 'no status'})` : ' with no recruitment planned'}`,
        hint: r ? undefined : 'Add `recruitment:` with form, step and status.',
      });
    }
  },
};
