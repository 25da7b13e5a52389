// An approved management plan is what governs the managed object for its year
// (pm3, report §6.5.8): it has to say who owns the object and leads its
// management, what money it has, what it aims at and what it will do. The owner
// and leads may come from the managed object record instead of the plan. Past
// years' plans are history and not checked.
import { planManagementLeads, planObjectOwner } from '../model/objects.js';
import { validRecords } from '../model/repository.js';
import type { PlanBudget } from '../model/types.js';
import { defineRule, enumLabels } from './rule.js';

/** What an approved plan must have, in the order the finding lists them. */
export const PLAN_PARTS = ['objectOwner', 'managementLeads', 'budget', 'goals', 'activities'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

function hasBudget(budget: PlanBudget | undefined): boolean {
  return budget !== undefined && Object.values(budget).some((amount) => typeof amount === 'number');
}

export const planIncomplete = defineRule({
  id: 'plan/incomplete',
  severity: 'error',
  messages: { missing: ['parts'] },
  hints: { missing: [] },
  check({ model, report }) {
    for (const plan of validRecords(model, 'plan')) {
      if (plan.data.status !== 'approved' || plan.data.year < model.config.planningYear) continue;
      const present: Record<PlanPart, boolean> = {
        objectOwner: planObjectOwner(model, plan) !== undefined,
        managementLeads: planManagementLeads(model, plan).length > 0,
        budget: hasBudget(plan.data.budget),
        goals: (plan.data.goals ?? []).length > 0,
        activities: (plan.data.activities ?? []).length > 0,
      };
      const missing = PLAN_PARTS.filter((p) => !present[p]);
      if (missing.length) report({ record: plan, at: ['status'], messageId: 'missing', data: { parts: enumLabels('planPart', missing) } });
    }
  },
});
