// Documentation of every rule, for `styr validate --explain` (parse, schema,
// repository, reference and config problems: core/diagnostics/explain.ts):
// a rule's description and its messages (catalogue key, parameters, text) in
// the requested language. It reads the catalogue's message texts (the ICU
// templates, not formatted), which is why this module, unlike a rule, imports
// the catalogue.
import type { Severity } from '../diagnostics/diagnostic.js';
import { CATALOG, isMessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import { ALL_RULES } from './index.js';
import { ruleDescriptionKey, ruleHintKey, ruleMessageKey } from './rule.js';
import type { Rule } from './rule.js';

export interface RuleMessageDoc {
  /**
   * The catalogue key, as in a diagnostic's `messageId`:
   * 'rule.contract/notice-soon.noticeSoon'; a hint's ends in '.hint'.
   */
  id: string;
  /** The parameter names, as in a diagnostic's `data`. */
  params: readonly string[];
  /** The text (an ICU MessageFormat template) in the requested language. */
  text: string;
}

export interface RuleDoc {
  id: string;
  severity: Severity;
  configurable: boolean;
  description: string;
  /** The rule's messages, each followed by its hint if it has one. */
  messages: RuleMessageDoc[];
}

function text(language: Language, key: string): string {
  return isMessageKey(key) ? CATALOG[language][key] : key;
}

/** One rule's documentation in a language. */
export function ruleDoc(rule: Rule, language: Language): RuleDoc {
  const messages = Object.entries(rule.messages).flatMap(([name, params]): RuleMessageDoc[] => {
    const id = ruleMessageKey(rule.id, name);
    const hintParams = rule.hints[name];
    const hintId = ruleHintKey(rule.id, name);
    return [{ id, params, text: text(language, id) }, ...(hintParams ? [{ id: hintId, params: hintParams, text: text(language, hintId) }] : [])];
  });
  return {
    id: rule.id,
    severity: rule.severity,
    configurable: true,
    description: text(language, ruleDescriptionKey(rule.id)),
    messages,
  };
}

/** Every rule's documentation in a language, in the order the rules run. */
export function ruleDocs(language: Language): RuleDoc[] {
  return ALL_RULES.map((r) => ruleDoc(r, language));
}

/** Every rule's documentation in a language, sorted by id (the registered parse, schema, repository, reference and config problems are in core/diagnostics/explain.ts). */
export function ruleCatalog(language: Language): RuleDoc[] {
  return ruleDocs(language).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
