import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';

export const raciUnusedRole = defineRule({
  id: 'raci/unused-role',
  severity: 'warning',
  messages: { unused: ['role'] },
  hints: { unused: [] },
  check({ model, report }) {
    const used = new Set<string>();
    for (const rec of validRecords(model, 'raci')) {
      for (const activity of rec.data.activities) for (const role of Object.keys(activity.roles)) used.add(role);
    }
    if (model.records.raci.size === 0) return;
    for (const rec of validRecords(model, 'role')) {
      if (used.has(rec.id)) continue;
      if (rec.data.side === 'orderer' && !rec.data.key) continue;
      report({ record: rec, messageId: 'unused', data: { role: rec.id } });
    }
  },
});
