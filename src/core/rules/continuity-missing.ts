import { classAtLeast, plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import type { Rule } from './rule.js';

export const continuityMissing: Rule = {
  id: 'continuity/missing',
  severity: 'error',
  description:
    'A system whose availability is classified "significant" or higher needs a continuity plan (kontinuitetsplan) in its management plan for the planning year: scenarios, fallback routines and recovery targets (report §6.5.7, MSB guidance). Systems without a plan at all are reported by system/management-plan.',
  check({ model, report }) {
    const year = model.config.planningYear;
    const byPlan = plansBySystem(model, year);
    const reported = new Set<string>();
    for (const system of validRecords(model, 'system')) {
      if (system.data.lifecycle === 'retired' || system.data.lifecycle === 'planned') continue;
      if (!classAtLeast(system.data.classification?.availability, 'significant')) continue;
      for (const plan of byPlan.get(system.id) ?? []) {
        if (plan.data.continuity || reported.has(`${plan.id}:${system.id}`)) continue;
        reported.add(`${plan.id}:${system.id}`);
        report({
          record: plan,
          at: ['systems', plan.data.systems.indexOf(system.id)],
          message: `no continuity plan, but '${system.data.name}' has availability class '${system.data.classification?.availability}'`,
          hint: 'Add `continuity:` with scenarios, fallback routine, recovery targets and the date last reviewed.',
        });
      }
    }
  },
};
