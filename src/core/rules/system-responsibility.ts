import { ACTIVE_LIFECYCLES } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const systemResponsibility: Rule = {
  id: 'system/responsibility',
  severity: 'error',
  description:
    'Every active system (introduction, production or phase-out) has a system owner (systemägare) in the business and a system administrator (systemförvaltare). The report found systems nobody answered for; this makes the gap visible.',
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      if (!ACTIVE_LIFECYCLES.has(rec.data.lifecycle)) continue;
      const missing = [
        rec.data.owner ? undefined : 'owner (systemägare)',
        rec.data.administrator ? undefined : 'administrator (systemförvaltare)',
      ].filter((m): m is string => m !== undefined);
      if (missing.length === 0) continue;
      report({
        record: rec,
        at: ['lifecycle'],
        message: `${rec.data.lifecycle} system '${rec.data.name}' has no ${missing.join(' and no ')}`,
        hint: 'Name the person under `owner:` / `administrator:`.',
      });
    }
  },
};
