import { ACTIVE_LIFECYCLES, plansBySystem } from '../model/queries.js';
import { validRecords } from '../model/repository.js';
import { systemsInInvalidPlans } from './unchecked.js';
import { defineRule, enumLabel } from './rule.js';

export const systemManagementPlan = defineRule({
  id: 'system/management-plan',
  severity: 'error',
  messages: {
    noPlan: ['system', 'lifecycle', 'year'],
    noPlanNoObject: ['system', 'lifecycle', 'year'],
  },
  hints: { noPlan: ['object', 'year', 'systemId'], noPlanNoObject: ['year', 'systemId'] },
  check({ model, report }) {
    const year = model.config.planningYear;
    const byPlan = plansBySystem(model, year);
    // A plan with a schema error elsewhere still lists its systems: that error is reported, not a missing plan.
    const inInvalidPlan = systemsInInvalidPlans(model, year);
    for (const rec of validRecords(model, 'system')) {
      if (!ACTIVE_LIFECYCLES.has(rec.data.lifecycle)) continue;
      if (byPlan.has(rec.id) || inInvalidPlan.has(rec.id)) continue;
      const object = rec.data.managedObject;
      const data = { system: rec.data.name, lifecycle: enumLabel('lifecycle', rec.data.lifecycle), year, systemId: rec.id };
      if (object) report({ record: rec, at: ['managedObject'], messageId: 'noPlan', data: { ...data, object } });
      else report({ record: rec, at: ['lifecycle'], messageId: 'noPlanNoObject', data });
    }
  },
});
