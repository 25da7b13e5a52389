import { validRecords } from '../model/repository.js';
import { defineRule } from './rule.js';
import { rolesInMatrices } from './unchecked.js';

export const raciUnusedRole = defineRule({
  id: 'raci/unused-role',
  severity: 'warning',
  messages: { unused: ['role'] },
  hints: { unused: [] },
  check({ model, report }) {
    // A matrix with a schema error in one cell still uses the roles it names.
    const used = rolesInMatrices(model);
    if (model.records.raci.size === 0) return;
    for (const rec of validRecords(model, 'role')) {
      if (used.has(rec.id)) continue;
      if (rec.data.side === 'orderer' && !rec.data.key) continue;
      report({ record: rec, messageId: 'unused', data: { role: rec.id } });
    }
  },
});
