// Which management plans and continuity plans need attention: decided by the
// very rules `styr validate` runs (same code, same configured severities),
// worded for a page in the reader's language.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { LoadedRecord, ValidRecord } from '../model/repository.js';
import { continuityMissing } from '../rules/continuity-missing.js';
import { continuityRecoveryTargets } from '../rules/continuity-recovery-targets.js';
import { continuityStaleExercise } from '../rules/continuity-stale-exercise.js';
import { continuityStaleReview } from '../rules/continuity-stale-review.js';
import { planIncomplete } from '../rules/plan-incomplete.js';
import type { PlanPart } from '../rules/plan-incomplete.js';
import { planUnapproved } from '../rules/plan-unapproved.js';
import type { EnumLabelList, Finding, Rule } from '../rules/rule.js';
import { systemManagementPlan } from '../rules/system-management-plan.js';
import { effectiveSeverity } from '../validate/load-repository.js';
import type { RenderContext } from './types.js';
import { compareEn } from '../text/collate.js';

export const PLAN_RULES: readonly Rule[] = [
  systemManagementPlan,
  planUnapproved,
  planIncomplete,
  continuityMissing,
  continuityRecoveryTargets,
  continuityStaleReview,
  continuityStaleExercise,
];

export interface PlanFinding {
  rule: string;
  severity: Severity;
  record: LoadedRecord;
  /** Path segments the rule pointed at (tells e.g. which system of a plan). */
  at: readonly (string | number)[];
  /** The finding in the page's language. */
  text: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map(PLAN_RULES.map((r, i) => [r.id, i]));

export function planFindings(ctx: RenderContext): PlanFinding[] {
  const out: PlanFinding[] = [];
  for (const rule of PLAN_RULES) {
    const configured = effectiveSeverity(rule, ctx.model.config);
    if (configured === 'off') continue;
    const found: Finding[] = [];
    rule.check({ model: ctx.model, today: ctx.today, report: (f) => found.push(f) });
    for (const f of found) {
      const at = Array.isArray(f.at) ? f.at : typeof f.at === 'string' ? f.at.split('/').filter(Boolean) : [];
      out.push({ rule: rule.id, severity: f.severity ?? configured, record: f.record, at, text: describe(ctx, rule.id, f, at) });
    }
  }
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0) ||
      (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0) ||
      compareEn(a.text, b.text),
  );
}

function describe(ctx: RenderContext, rule: string, finding: Finding, at: readonly (string | number)[]): string {
  const { t, fmt, model } = ctx;
  const record: LoadedRecord = finding.record;
  const config = model.config;
  if (record.kind === 'system') {
    const system = (record as ValidRecord<'system'>).data;
    return t('finding.system/management-plan', { lifecycle: t(`lifecycle.${system.lifecycle}`), year: config.planningYear });
  }
  const plan = (record as ValidRecord<'plan'>).data;
  const c = plan.continuity;
  switch (rule) {
    case 'plan/unapproved':
      return t(plan.status === 'draft' ? 'finding.plan/unapproved.draft' : 'finding.plan/unapproved.who');
    case 'plan/incomplete': {
      const parts = (finding.data?.parts as EnumLabelList | undefined)?.values ?? [];
      return t('finding.plan/incomplete', { parts: new Intl.ListFormat(ctx.lang, { type: 'conjunction' }).format(parts.map((p) => t(`planPart.${p as PlanPart}`))) });
    }
    case 'continuity/missing': {
      const systemId = at[0] === 'systems' && typeof at[1] === 'number' ? plan.systems[at[1]] : undefined;
      const system = systemId ? model.records.system.get(systemId) : undefined;
      const level = system?.valid ? system.data.classification?.availability : undefined;
      return t('finding.continuity/missing', {
        system: system?.valid ? system.data.name : (systemId ?? ''),
        level: level ? t(`class.${level}`) : '',
      });
    }
    case 'continuity/recovery-targets':
      return t('finding.continuity/recovery-targets', { rto: c?.recoveryTimeHours ?? 0, mto: c?.maxTolerableOutageHours ?? 0 });
    case 'continuity/stale-review':
      return c?.lastReviewed
        ? t('finding.continuity/stale-review', { date: fmt.date(c.lastReviewed), months: config.continuityReviewMonths })
        : t('finding.continuity/stale-review.never');
    case 'continuity/stale-exercise':
      return c?.lastExercised
        ? t('finding.continuity/stale-exercise', { date: fmt.date(c.lastExercised), months: config.continuityExerciseMonths })
        : t('finding.continuity/stale-exercise.never');
    default:
      return rule;
  }
}
