import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const decisionSupersedes = defineRule({
  id: 'decision/supersedes',
  severity: 'error',
  messages: {
    olderNotMarked: ['older', 'decision'],
    olderStatus: ['decision', 'status'],
    newerDoesNotList: ['newer'],
    noSupersededBy: ['status'],
  },
  hints: {
    olderNotMarked: ['decision', 'file'],
    olderStatus: [],
    newerDoesNotList: ['decision', 'file'],
    noSupersededBy: [],
  },
  check({ model, report }) {
    const decisions = model.records.decision;
    for (const rec of validRecords(model, 'decision')) {
      const d = rec.data;
      (d.supersedes ?? []).forEach((oldId, index) => {
        const old = decisions.get(oldId);
        if (!old?.valid) return;
        if (old.data.supersededBy !== rec.id) {
          report({
            record: rec,
            at: ['supersedes', index],
            messageId: 'olderNotMarked',
            data: { older: oldId, decision: rec.id, file: old.file },
          });
        } else if (old.data.status !== 'superseded') {
          report({
            record: old,
            at: ['status'],
            messageId: 'olderStatus',
            data: { decision: rec.id, status: enumLabel('decisionStatus', old.data.status) },
          });
        }
      });
      if (d.supersededBy) {
        const newer = decisions.get(d.supersededBy);
        if (newer?.valid && !(newer.data.supersedes ?? []).includes(rec.id)) {
          report({
            record: rec,
            at: ['supersededBy'],
            messageId: 'newerDoesNotList',
            data: { newer: d.supersededBy, decision: rec.id, file: newer.file },
          });
        }
      } else if (d.status === 'superseded') {
        report({ record: rec, at: ['status'], messageId: 'noSupersededBy', data: { status: enumLabel('decisionStatus', d.status) } });
      }
    }
  },
});
