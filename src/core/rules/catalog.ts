// Documentation of every rule, for `styr validate --explain` (the parse,
// schema, repository and reference problems are explained by
// core/diagnostics/explain.ts).
import type { ExplainedProblem } from '../diagnostics/explain.js';
import type { Language } from '../i18n/language.js';
import { ALL_RULES } from './index.js';

export type RuleDoc = ExplainedProblem;

/** The rules' documentation in `language` (their descriptions are still English until they move into the catalogue). */
export function ruleCatalog(_language: Language): RuleDoc[] {
  return ALL_RULES.map((r) => ({ id: r.id, severity: r.severity, configurable: true, description: r.description, messages: [] }));
}
