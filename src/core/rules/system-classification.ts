import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const systemClassification: Rule = {
  id: 'system/classification',
  severity: 'warning',
  description:
    'A system in production has an information classification (KLASSA: confidentiality, integrity, availability). Without it, nobody can say which systems need continuity plans or stronger protection (report §6.5.7).',
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      if (rec.data.lifecycle !== 'production' || rec.data.classification) continue;
      report({
        record: rec,
        at: ['lifecycle'],
        message: `system '${rec.data.name}' is in production without an information classification`,
        hint: 'Add `classification:` with confidentiality, integrity, availability and the date assessed.',
      });
    }
  },
};
