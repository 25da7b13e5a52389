import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const decisionSupersedes: Rule = {
  id: 'decision/supersedes',
  severity: 'error',
  description:
    'Supersede links between decision records agree in both directions: when A supersedes B, B says it is superseded by A and has status superseded; and a decision with status superseded names what superseded it.',
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
            message: `supersedes '${oldId}', but '${oldId}' does not say it is superseded by '${rec.id}'`,
            hint: `Set \`supersededBy: ${rec.id}\` and \`status: superseded\` in ${old.file}.`,
          });
        } else if (old.data.status !== 'superseded') {
          report({
            record: old,
            at: ['status'],
            message: `superseded by '${rec.id}' but its status is '${old.data.status}'`,
            hint: 'Set `status: superseded`.',
          });
        }
      });
      if (d.supersededBy) {
        const newer = decisions.get(d.supersededBy);
        if (newer?.valid && !(newer.data.supersedes ?? []).includes(rec.id)) {
          report({
            record: rec,
            at: ['supersededBy'],
            message: `says it is superseded by '${d.supersededBy}', which does not list it under supersedes`,
            hint: `Add '${rec.id}' under \`supersedes:\` in ${newer.file}.`,
          });
        }
      } else if (d.status === 'superseded') {
        report({
          record: rec,
          at: ['status'],
          message: 'status is superseded but no `supersededBy` names the newer decision',
          hint: 'Set `supersededBy:` to the id of the decision that replaced it.',
        });
      }
    }
  },
};
