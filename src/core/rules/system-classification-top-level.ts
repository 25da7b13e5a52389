import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

// KLASSA's top level, 4 (exceptionally serious), is for information that
// concerns Sweden's security and is handled outside KLASSA's requirement
// catalogues. A municipal business system there needs a stated reason.
const ASPECTS = ['confidentiality', 'integrity', 'availability'] as const;

export const systemClassificationTopLevel = defineRule({
  id: 'system/classification-top-level',
  severity: 'warning',
  /** One finding per aspect at level 4; `aspect` is its field name (confidentiality, integrity, availability). */
  messages: { noReason: ['system', 'aspect'] },
  hints: { noReason: [] },
  check({ model, report }) {
    for (const rec of validRecords(model, 'system')) {
      const c = rec.data.classification;
      if (!c || c.topLevelReason) continue;
      for (const aspect of ASPECTS) {
        if (c[aspect] !== 'exceptionally-serious') continue;
        report({ record: rec, at: ['classification', aspect], messageId: 'noReason', data: { system: rec.data.name, aspect: enumLabel('klassaAspect', aspect) } });
      }
    }
  },
});
