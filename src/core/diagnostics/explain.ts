// What `styr validate --explain` shows of a problem or rule: its id, default
// severity, whether styr.yaml may change it, its description and its messages
// (id and text template), in one language. The rules give theirs through
// rules/catalog.ts; this module gives the registered problems'.
import { CATALOG, isMessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import type { Severity } from './diagnostic.js';
import { PROBLEMS, problemDescriptionKey, problemHintKey, problemMessageKey } from './problems.js';
import type { ProblemDefinition, ProblemId } from './problems.js';

export interface ExplainedMessage {
  /** The catalogue key (what `--format json` prints as messageId; hints end in .hint). */
  id: string;
  /** The ICU text template in the chosen language. */
  text: string;
}

export interface ExplainedProblem {
  id: string;
  severity: Severity;
  configurable: boolean;
  description: string;
  messages: ExplainedMessage[];
}

function template(language: Language, key: string): string {
  return isMessageKey(key) ? CATALOG[language][key] : key;
}

export function explainProblem(id: ProblemId, language: Language): ExplainedProblem {
  const definition: ProblemDefinition = PROBLEMS[id];
  const messages = [...Object.keys(definition.messages).map((m) => problemMessageKey(id, m)), ...Object.keys(definition.hints).map((h) => problemHintKey(id, h))].map(
    (key) => ({ id: key, text: template(language, key) }),
  );
  return {
    id,
    severity: definition.severity,
    configurable: definition.configurable,
    description: template(language, problemDescriptionKey(id)),
    messages,
  };
}

/** Every registered problem, by id. */
export function problemCatalog(language: Language): ExplainedProblem[] {
  return (Object.keys(PROBLEMS) as ProblemId[]).sort().map((id) => explainProblem(id, language));
}
