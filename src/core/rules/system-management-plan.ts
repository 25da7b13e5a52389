import { ACTIVE_LIFECYCLES, plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const systemManagementPlan: Rule = {
  id: 'system/management-plan',
  severity: 'error',
  description:
    'Every active system is covered by a management plan (förvaltningsplan) for the planning year set in styr.yaml (report §6.5.8). Plans are per managed object and year, so last year’s plan does not count.',
  check({ model, report }) {
    const year = model.config.planningYear;
    const byPlan = plansBySystem(model, year);
    for (const rec of validRecords(model, 'system')) {
      if (!ACTIVE_LIFECYCLES.has(rec.data.lifecycle)) continue;
      if (byPlan.has(rec.id)) continue;
      const object = rec.data.managedObject;
      report({
        record: rec,
        at: object ? ['managedObject'] : ['lifecycle'],
        message: `${rec.data.lifecycle} system '${rec.data.name}' has no management plan for ${year}`,
        hint: object
          ? `Create plans/${object}-${year}.yaml listing '${rec.id}' under systems.`
          : `Set \`managedObject:\` and create a plan for ${year} that lists '${rec.id}'.`,
      });
    }
  },
};
