// The risk table shared by management plans and the tactical plan.
import type { Risk } from '../model/types.js';
import { personName } from './context.js';
import { cell, table } from './markdown.js';
import type { RenderContext } from './types.js';

export function riskTable(ctx: RenderContext, risks: readonly Risk[]): string {
  const { t } = ctx;
  return table(
    [t('plans.risk'), t('plans.likelihood'), t('plans.impact'), t('plans.control'), t('field.owner')],
    risks.map((r) => [
      cell(r.description),
      cell(r.likelihood ? t(`risk.${r.likelihood}`) : undefined),
      cell(r.impact ? t(`risk.${r.impact}`) : undefined),
      cell(r.control),
      personName(ctx, r.owner) || '–',
    ]),
  );
}
