// The managed object on a page: its name from the object record (never its id),
// linked to its management plan when the plans document is rendered too.
import { objectName, planFor } from '../model/objects.js';
import { docLink, PATHS } from './context.js';
import { inline } from './markdown.js';
import type { RenderContext } from './types.js';

/** The object's name, linked to its plan for the planning year (else its nearest) when there is one. */
export function objectLink(ctx: RenderContext, from: string, id: string): string {
  const name = objectName(ctx.model, id);
  const plan = planFor(ctx.model, id, ctx.model.config.planningYear);
  return plan ? docLink(ctx, from, 'plans', PATHS.plan(plan.id), name) : inline(name);
}
