// A management plan's budget by cost category. The older fields `maintain` and
// `develop` (before the categories) keep working: they count as staff and
// management work and as development.
import { COST_CATEGORIES } from '../model/types.js';
import type { CostCategory, Plan } from '../model/types.js';

export function budgetByCategory(budget: NonNullable<Plan['budget']>): Partial<Record<CostCategory, number>> {
  const out: Partial<Record<CostCategory, number>> = {};
  for (const c of COST_CATEGORIES) if (budget[c] !== undefined) out[c] = budget[c];
  if (budget.maintain !== undefined) out.staff = (out.staff ?? 0) + Math.round(budget.maintain);
  if (budget.develop !== undefined) out.development = (out.development ?? 0) + Math.round(budget.develop);
  return out;
}
