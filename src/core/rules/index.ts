// Every rule, in the order they run. Adding a rule: one file, one line here, and
// its description and messages in i18n/catalog/rules.ts (a test checks both languages).
import { continuityMissing } from './continuity-missing.js';
import { continuityRecoveryTargets } from './continuity-recovery-targets.js';
import { continuityStaleExercise } from './continuity-stale-exercise.js';
import { continuityStaleReview } from './continuity-stale-review.js';
import { contractExpiredInUse } from './contract-expired-in-use.js';
import { contractLicenceOveruse } from './contract-licence-overuse.js';
import { contractNoticeDecisionUndated } from './contract-notice-decision-undated.js';
import { contractNoticePassed } from './contract-notice-passed.js';
import { contractNoticeSoon } from './contract-notice-soon.js';
import { costAllocationInvalid } from './cost-allocation-invalid.js';
import { costBudgetCategoriesMismatch } from './cost-budget-categories-mismatch.js';
import { costOrderEstimateMissing } from './cost-order-estimate-missing.js';
import { costOverBudget } from './cost-over-budget.js';
import { costUnallocated } from './cost-unallocated.js';
import { costYearlyCostUnfunded } from './cost-yearly-cost-unfunded.js';
import { decisionSupersedes } from './decision-supersedes.js';
import { directionTacticalYear } from './direction-tactical-year.js';
import { maturityGapAction } from './maturity-gap-action.js';
import { orderBenefitFollowUp } from './order-benefit-follow-up.js';
import { orderDecisionCited } from './order-decision-cited.js';
import { orderDependencyCycle } from './order-dependency-cycle.js';
import { orderHistoryStatus } from './order-history-status.js';
import { orderOrdererNotAuthorised } from './order-orderer-not-authorised.js';
import { orderPreparationIncomplete } from './order-preparation-incomplete.js';
import { orderRationale } from './order-rationale.js';
import { orderStatusDuration } from './order-status-duration.js';
import { planUnapproved } from './plan-unapproved.js';
import { planIncomplete } from './plan-incomplete.js';
import { raciDuplicateActivity } from './raci-duplicate-activity.js';
import { raciResponsibleRequired } from './raci-responsible-required.js';
import { raciSingleAccountable } from './raci-single-accountable.js';
import { raciUnusedRole } from './raci-unused-role.js';
import { roleStaffing } from './role-staffing.js';
import { roleVacantKeyRole } from './role-vacant-key-role.js';
import type { Rule } from './rule.js';
import { serviceSlaTargets } from './service-sla-targets.js';
import { systemClassification } from './system-classification.js';
import { systemClassificationTopLevel } from './system-classification-top-level.js';
import { systemManagementPlan } from './system-management-plan.js';
import { systemResponsibility } from './system-responsibility.js';
import { systemRetiredIntegration } from './system-retired-integration.js';
import { unitAuthorisedOrderer } from './unit-authorised-orderer.js';
import { unitItContact } from './unit-it-contact.js';

export const ALL_RULES: readonly Rule[] = [
  raciSingleAccountable,
  raciResponsibleRequired,
  raciDuplicateActivity,
  raciUnusedRole,
  unitAuthorisedOrderer,
  unitItContact,
  roleStaffing,
  roleVacantKeyRole,
  systemResponsibility,
  systemManagementPlan,
  systemClassification,
  systemClassificationTopLevel,
  systemRetiredIntegration,
  continuityMissing,
  continuityRecoveryTargets,
  continuityStaleReview,
  continuityStaleExercise,
  planUnapproved,
  planIncomplete,
  orderDecisionCited,
  orderRationale,
  orderDependencyCycle,
  orderHistoryStatus,
  orderStatusDuration,
  orderPreparationIncomplete,
  orderOrdererNotAuthorised,
  orderBenefitFollowUp,
  decisionSupersedes,
  contractNoticeSoon,
  contractNoticePassed,
  contractNoticeDecisionUndated,
  contractExpiredInUse,
  contractLicenceOveruse,
  costOrderEstimateMissing,
  costBudgetCategoriesMismatch,
  costAllocationInvalid,
  costUnallocated,
  costOverBudget,
  costYearlyCostUnfunded,
  serviceSlaTargets,
  maturityGapAction,
  directionTacticalYear,
];

/** Parse, schema and repository-structure problems are always errors. */
export function isConfigurableRule(id: string): boolean {
  return !/^(parse|schema|repo)\//.test(id);
}
