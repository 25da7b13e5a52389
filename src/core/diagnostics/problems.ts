// Every problem styr reports that is not a rule finding — parse, schema,
// repository, configuration, reference and internal problems — declared once
// with its default severity and its messages by name with their parameter
// names, as the rules declare theirs (ESLint's `meta.messages`). The words live
// in the label catalogue (section problems), in Swedish and English:
//   problem.<key>.description       what the problem means (styr validate --explain)
//   problem.<key>.<message>         a message, with the declared parameters
//   problem.<key>.<hint>.hint       a hint, with the declared parameters
// where <key> is the problem id, or the shared key of a family of ids
// (ref/unknown-person, ref/unknown-system, … share ref/unknown).
import type { Severity } from './diagnostic.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { RefTarget } from '../kinds/registry.js';

/** Message (or hint) name → the names of its parameters. */
export type ParamDeclarations = Readonly<Record<string, readonly string[]>>;

export interface ProblemDefinition {
  severity: Severity;
  /** Whether styr.yaml `rules:` may change the severity (or switch it off). */
  configurable: boolean;
  messages: ParamDeclarations;
  /** Hints by name; a hint named like a message goes with that message unless the report names another. */
  hints: ParamDeclarations;
  /** The catalogue key the family shares, when it is not the id itself. */
  key?: string;
}

const error = { severity: 'error', configurable: false } as const;

const PARSE = {
  'parse/syntax': { ...error, messages: { syntax: ['detail'], error: ['detail'] }, hints: { syntax: [] } },
  'parse/duplicate-key': { ...error, messages: { duplicateKey: ['key'], duplicate: ['detail'] }, hints: { duplicateKey: [] } },
  'parse/alias-limit': { ...error, messages: { aliasLimit: ['max'] }, hints: { aliasLimit: [] } },
  'parse/multiple-documents': { ...error, messages: { multiple: ['count'] }, hints: { multiple: [] } },
  'parse/empty': { ...error, messages: { file: [], frontMatter: [], noContent: [] }, hints: { empty: [] } },
  'parse/not-a-mapping': { ...error, messages: { notMapping: ['type'] }, hints: { notMapping: [] } },
  'parse/front-matter': { ...error, messages: { missing: [] }, hints: { missing: [] } },
  'parse/too-large': { ...error, messages: { tooLarge: ['size', 'max'] }, hints: { tooLarge: [] } },
  'parse/binary': { ...error, messages: { binary: [] }, hints: { binary: [] } },
  'parse/encoding': { ...error, messages: { utf16: [], invalid: [] }, hints: { utf16: [], invalid: [] } },
} as const;

const SCHEMA = {
  'schema/required': {
    ...error,
    messages: { missing: ['field'], missingIn: ['field', 'parent'] },
    hints: { add: ['field'], addTitled: ['field', 'title'] },
  },
  'schema/unknown-field': {
    ...error,
    messages: { unknown: ['field'], unknownIn: ['field', 'parent'] },
    hints: { didYouMean: ['suggestion'], allowed: ['allowed'] },
  },
  'schema/enum': {
    ...error,
    messages: { notAllowed: ['value', 'field'], constant: ['field', 'expected'] },
    hints: { allowed: ['allowed'], didYouMean: ['suggestion', 'allowed'] },
  },
  'schema/type': { ...error, messages: { wrongType: ['field', 'expected', 'value'] }, hints: {} },
  'schema/pattern': {
    ...error,
    messages: { pattern: ['value', 'field'], key: ['key', 'field'] },
    hints: { expected: ['pattern'], expectedTitled: ['pattern', 'title'] },
  },
  'schema/id-format': { ...error, messages: { invalid: ['value'] }, hints: { expected: ['pattern'] } },
  'schema/format': { ...error, messages: { invalid: ['value', 'format', 'field'] }, hints: { date: [] } },
  'schema/range': { ...error, messages: { outOfRange: ['field', 'comparison', 'limit', 'value'] }, hints: {} },
  'schema/unique': { ...error, messages: { duplicate: ['field', 'first', 'second'] }, hints: {} },
  'schema/min-length': { ...error, messages: { empty: ['field'], tooShort: ['field', 'limit'] }, hints: {} },
  'schema/max-length': { ...error, messages: { tooLong: ['field', 'limit'] }, hints: {} },
  'schema/min-items': { ...error, messages: { tooFew: ['field', 'limit'] }, hints: {} },
  'schema/min-properties': { ...error, messages: { tooFew: ['field', 'limit'] }, hints: {} },
  'schema/any-of': { ...error, messages: { noMatch: ['field'] }, hints: {} },
  'schema/invalid': { ...error, messages: { invalid: ['field', 'keyword'] }, hints: {} },
  // A classification value from before KLASSA was followed (schema/klassa.ts).
  'schema/klassa': { ...error, messages: { traceability: [], oldLevel: ['value', 'field'] }, hints: { removeTraceability: [], oldLevel: ['field'] } },
} as const;

const REPO = {
  'repo/missing-config': { ...error, messages: { missing: ['file'] }, hints: { missing: [] } },
  'repo/unexpected-file': {
    severity: 'warning',
    configurable: false,
    messages: { notYaml: ['file'], notMarkdown: ['file'] },
    hints: { extensions: ['folder', 'extensions'] },
  },
  'repo/symbolic-link': { severity: 'warning', configurable: false, messages: { link: ['file'] }, hints: { link: [] } },
  'repo/id-mismatch': { ...error, messages: { mismatch: ['declared', 'expected'] }, hints: { rename: ['file', 'expected'], setId: ['expected'] } },
  'repo/duplicate-id': { ...error, messages: { duplicate: ['kind', 'id', 'first'] }, hints: { duplicate: [] } },
  'direction/duplicate-goal': { ...error, messages: { duplicate: ['id', 'first'] }, hints: { duplicate: [] } },
  'config/unknown-rule': {
    severity: 'warning',
    configurable: false,
    messages: { unknown: ['rule'] },
    hints: { didYouMean: ['suggestion'], list: [] },
  },
  'config/rule-not-configurable': { severity: 'warning', configurable: false, messages: { notConfigurable: ['rule', 'level'] }, hints: {} },
  // An error, not a warning: a misspelt narrowing would publish the field it meant to hide.
  'config/unknown-audience-field': {
    ...error,
    messages: { unknownKind: ['kind', 'key'], unknownField: ['kind', 'path', 'key'] },
    hints: { didYouMean: ['suggestion'], kinds: ['kinds'] },
  },
  'internal/rule-failed': { ...error, messages: { failed: ['rule', 'detail'] }, hints: { failed: [] } },
} as const;

/** Every place a reference can point; each has its own ref/unknown-<target> id (configurable one by one). */
export const REF_TARGETS = [
  'unit',
  'person',
  'role',
  'raci',
  'system',
  'service',
  'object',
  'plan',
  'order',
  'decision',
  'contract',
  'direction',
  'maturity',
  'goal',
  'team',
] as const satisfies readonly RefTarget[];

// Proves REF_TARGETS names every RefTarget.
type MissingTarget = Exclude<RefTarget, (typeof REF_TARGETS)[number]>;
const everyTarget: [MissingTarget] extends [never] ? true : MissingTarget = true;
void everyTarget;

const REF_UNKNOWN = {
  severity: 'error',
  configurable: true,
  key: 'ref/unknown',
  messages: { unknown: ['target', 'id', 'path'] },
  hints: { didYouMean: ['suggestion'], none: ['target', 'where'] },
} as const;

/** How a message names the id of a kind ('person-id', 'person id'), as in 'okänt person-id …'. */
export const ID_LABEL = {
  unit: 'validate.idOf.unit',
  person: 'validate.idOf.person',
  role: 'validate.idOf.role',
  raci: 'validate.idOf.raci',
  system: 'validate.idOf.system',
  service: 'validate.idOf.service',
  object: 'validate.idOf.object',
  plan: 'validate.idOf.plan',
  order: 'validate.idOf.order',
  decision: 'validate.idOf.decision',
  contract: 'validate.idOf.contract',
  direction: 'validate.idOf.direction',
  maturity: 'validate.idOf.maturity',
  goal: 'validate.idOf.goal',
  team: 'validate.idOf.team',
} as const satisfies Record<RefTarget, MessageKey>;

type RefUnknownId = `ref/unknown-${(typeof REF_TARGETS)[number]}`;

const REF = {
  ...(Object.fromEntries(REF_TARGETS.map((t) => [`ref/unknown-${t}`, REF_UNKNOWN])) as Record<RefUnknownId, typeof REF_UNKNOWN>),
  'ref/wrong-kind': {
    severity: 'error',
    configurable: true,
    messages: { wrongKind: ['id', 'path', 'expected', 'actual'] },
    hints: { didYouMean: ['suggestion'], none: ['expected', 'where'] },
  },
} as const;

export const PROBLEMS = { ...PARSE, ...SCHEMA, ...REPO, ...REF } as const satisfies Record<string, ProblemDefinition>;

export type ProblemId = keyof typeof PROBLEMS;
export type ProblemMessage<P extends ProblemId> = keyof (typeof PROBLEMS)[P]['messages'] & string;
export type ProblemHint<P extends ProblemId> = keyof (typeof PROBLEMS)[P]['hints'] & string;

/** The catalogue key of a problem's description. */
export function problemDescriptionKey(id: ProblemId): string {
  return `problem.${problemKeyBase(id)}.description`;
}

export function problemMessageKey(id: ProblemId, message: string): string {
  return `problem.${problemKeyBase(id)}.${message}`;
}

export function problemHintKey(id: ProblemId, hint: string): string {
  return `problem.${problemKeyBase(id)}.${hint}.hint`;
}

function problemKeyBase(id: ProblemId): string {
  const definition: ProblemDefinition = PROBLEMS[id];
  return definition.key ?? id;
}

/** Every catalogue key the registry uses (descriptions, messages, hints), with the parameters each message takes. */
export function problemKeys(): { key: string; params: readonly string[] }[] {
  const out: { key: string; params: readonly string[] }[] = [];
  const seen = new Set<string>();
  const add = (key: string, params: readonly string[]) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, params });
  };
  for (const id of Object.keys(PROBLEMS) as ProblemId[]) {
    const definition: ProblemDefinition = PROBLEMS[id];
    add(problemDescriptionKey(id), []);
    for (const [name, params] of Object.entries(definition.messages)) add(problemMessageKey(id, name), params);
    for (const [name, params] of Object.entries(definition.hints)) add(problemHintKey(id, name), params);
  }
  return out;
}
