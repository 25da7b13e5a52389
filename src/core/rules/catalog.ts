// Documentation of every rule id styr can report, for `styr validate --explain`:
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
  /** The rule's messages, each followed by its hint if it has one (empty for the structural entries here). */
  messages: RuleMessageDoc[];
}

const STRUCTURAL: readonly RuleDoc[] = [
  { id: 'parse/syntax', description: 'The file is not valid YAML (or its front matter is not). The location points at the first error the parser met.' },
  { id: 'parse/duplicate-key', description: 'A key appears twice in one mapping. YAML parsers disagree on which value wins, so styr refuses both.' },
  { id: 'parse/alias-limit', description: 'Anchors and aliases (&a / *a) expand to more than 100 nodes — the shape of a "billion laughs" attack. styr stops expanding instead of running out of memory.' },
  { id: 'parse/multiple-documents', description: 'The file holds several YAML documents separated by ---. One record per file: the file name is the id.' },
  { id: 'parse/empty', description: 'The file (or a Markdown record’s front matter) is empty.' },
  { id: 'parse/not-a-mapping', description: 'The file’s top level is a list or a single value; a record is a mapping of fields.' },
  { id: 'parse/front-matter', description: 'A Markdown record (decision) must begin with YAML front matter between two --- lines.' },
  { id: 'parse/too-large', description: 'The file is larger than 1 MiB. Records are small; a file this size is almost certainly not one.' },
  { id: 'parse/binary', description: 'The file contains NUL bytes and is not text.' },
  { id: 'parse/encoding', description: 'The file is not UTF-8 (for example Latin-1 or UTF-16). A UTF-8 byte-order mark and CRLF line endings are fine.' },
  { id: 'schema/required', description: 'A required field is missing. The hint names the field and its meaning.' },
  { id: 'schema/unknown-field', description: 'A field the kind’s schema does not know — usually a typo. The hint suggests the closest known field.' },
  { id: 'schema/enum', description: 'A value outside a closed vocabulary (status, level, RACI letter, …). The hint lists the allowed values and the closest one.' },
  { id: 'schema/type', description: 'A value of the wrong type, e.g. text where a number or a list is expected.' },
  { id: 'schema/format', description: 'A date, e-mail address or link that is not well formed. Dates are YYYY-MM-DD.' },
  { id: 'schema/pattern', description: 'A value that does not have the required shape (e.g. a quarter written as Q1, a period as 2026-Q3).' },
  { id: 'schema/id-format', description: 'The record id does not have the kind’s id shape. Ids become file names, so path separators and .. are never allowed.' },
  { id: 'schema/range', description: 'A number outside its allowed range (e.g. a maturity percentage above 100).' },
  { id: 'schema/unique', description: 'A list that must not repeat a value does.' },
  { id: 'repo/missing-config', description: 'The data folder has no styr.yaml. Defaults are used, but the organisation, language and planning year should be set.' },
  { id: 'repo/id-mismatch', description: 'The record’s id differs from its file name. The file name is the id that git history, links and other tools see.' },
  { id: 'repo/duplicate-id', description: 'Two files of the same kind carry the same id (for example after two branches added records at once). Every id must be unique within its kind.' },
  { id: 'repo/unexpected-file', description: 'A file in a record folder with an extension styr does not read (records are .yaml/.yml, decisions .md).' },
  { id: 'ref/unknown-<kind>', description: 'A reference names an id that does not exist among that kind’s records (ref/unknown-person, ref/unknown-system, ref/unknown-role, ref/unknown-goal, ref/unknown-team, …). The hint suggests the closest existing id.' },
  { id: 'ref/wrong-kind', description: 'A reference names an id that exists, but as another kind (a system id where a person is expected).' },
  { id: 'direction/duplicate-goal', description: 'Two direction goals share an id; goals are referenced by id from orders, plans and initiatives.' },
  { id: 'config/unknown-rule', description: 'styr.yaml sets the severity of a rule that does not exist.' },
  { id: 'config/rule-not-configurable', description: 'styr.yaml tries to change a parse, schema or repository rule; those are always errors.' },
].map((d) => ({
  ...d,
  severity: d.id.startsWith('config/') ? 'warning' : 'error',
  configurable: !/^(parse|schema|repo)\//.test(d.id),
  messages: [],
}));

function text(language: Language, key: string): string {
  return isMessageKey(key) ? CATALOG[language][key] : key;
}

/** One rule's documentation in a language. */
export function ruleDoc(rule: Rule, language: Language): RuleDoc {
  const messages = Object.entries(rule.messages).flatMap(([name, params]): RuleMessageDoc[] => {
    const id = ruleMessageKey(rule.id, name);
    const hintParams = rule.hints[name];
    const hintId = ruleHintKey(rule.id, name);
    return [
      { id, params, text: text(language, id) },
      ...(hintParams ? [{ id: hintId, params: hintParams, text: text(language, hintId) }] : []),
    ];
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

/**
 * Every rule id styr can report, sorted by id. The rules' descriptions and
 * messages are in `language`; the parse, schema, repository, reference and
 * config entries above are English until they move into the catalogue.
 */
export function ruleCatalog(language: Language = 'en'): RuleDoc[] {
  const rules = ruleDocs(language);
  return [...STRUCTURAL, ...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function findRuleDoc(id: string, language: Language = 'en'): RuleDoc | undefined {
  const catalog = ruleCatalog(language);
  return (
    catalog.find((d) => d.id === id) ??
    (id.startsWith('ref/unknown-') ? catalog.find((d) => d.id === 'ref/unknown-<kind>') : undefined)
  );
}
