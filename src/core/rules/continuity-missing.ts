import { classAtLeast, plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import { defineRule, enumLabel } from './rule.js';

export const continuityMissing = defineRule({
  id: 'continuity/missing',
  severity: 'error',
  messages: { missing: ['system', 'availability'] },
  hints: { missing: [] },
  check({ model, report }) {
    const year = model.config.planningYear;
    const byPlan = plansBySystem(model, year);
    const reported = new Set<string>();
    for (const system of validRecords(model, 'system')) {
      if (system.data.lifecycle === 'retired' || system.data.lifecycle === 'planned') continue;
      const availability = system.data.classification?.availability;
      if (!availability || !classAtLeast(availability, 'significant')) continue;
      for (const plan of byPlan.get(system.id) ?? []) {
        if (plan.data.continuity || reported.has(`${plan.id}:${system.id}`)) continue;
        reported.add(`${plan.id}:${system.id}`);
        report({
          record: plan,
          at: ['systems', plan.data.systems.indexOf(system.id)],
          messageId: 'missing',
          data: { system: system.data.name, availability: enumLabel('class', availability) },
        });
      }
    }
  },
});
