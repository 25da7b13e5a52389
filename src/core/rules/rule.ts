// The shape of a rule: a small named check over the model that reports what is
// wrong and where. Severity is a default; styr.yaml may change it.
//
// A rule declares its messages by name with their parameter names (as ESLint's
// `meta.messages` and typescript-eslint's `RuleCreator` do) and reports a
// message name with its data; it never writes a sentence. The words live in the
// label catalogue (section rules), in Swedish and English:
//   rule.<rule id>.description        what the rule checks (styr validate --explain)
//   rule.<rule id>.<message>          the message, ICU MessageFormat, the declared parameters
//   rule.<rule id>.<message>.hint     its hint, when the rule declares one under `hints`
// `defineRule` types `report`, so a rule cannot report a message it did not
// declare, nor leave out or misname a parameter.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { LoadedRecord, RepositoryModel } from '../model/repository.js';

/** Message name → the names of its parameters. */
export type MessageDeclarations = Readonly<Record<string, readonly string[]>>;

/** Message name → the names of its hint's parameters (a subset of the data the finding carries). */
export type HintDeclarations<M extends MessageDeclarations> = { readonly [K in keyof M]?: readonly string[] };

/**
 * A value of a closed vocabulary (a status, a lifecycle, a RACI letter): the
 * message prints its label, catalogue key `<group>.<value>` (the enums section),
 * and the diagnostic's `data` keeps the value itself.
 */
export interface EnumLabel {
  readonly group: string;
  readonly value: string;
}

export function enumLabel(group: string, value: string): EnumLabel {
  return { group, value };
}

/**
 * Several values of one closed vocabulary (the missing parts of a plan): the
 * message prints their labels as a list in the output language ("objektägare,
 * budget och mål"), the diagnostic's `data` keeps the values, comma-separated.
 */
export interface EnumLabelList {
  readonly group: string;
  readonly values: readonly string[];
}

export function enumLabels(group: string, values: readonly string[]): EnumLabelList {
  return { group, values };
}

export type ParamValue = string | number | EnumLabel | EnumLabelList;

/**
 * A value a message chooses its wording by (`{kind, select, businessDays {…} other {…}}`):
 * ICU select keys cannot contain '-', so 'business-days' is passed as 'businessDays'.
 */
export function selector(value: string): string {
  return value.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Where a finding points: path segments or a JSON pointer into the record. */
export type FindingLocation = readonly (string | number)[] | string;

interface FindingBase {
  record: LoadedRecord;
  at?: FindingLocation;
  /** Overrides the rule's severity for this one finding (e.g. error vs warning by how late). */
  severity?: Severity;
}

type ParamsOf<M extends MessageDeclarations, H extends HintDeclarations<M>, Id extends keyof M> =
  M[Id][number] | (H[Id] extends readonly string[] ? H[Id][number] : never);

type DataFor<P extends string> = [P] extends [never] ? { data?: undefined } : { data: { readonly [K in P]: ParamValue } };

/** What a rule reports: one of its declared messages with exactly its parameters. */
export type TypedFinding<M extends MessageDeclarations, H extends HintDeclarations<M>> = {
  [Id in keyof M & string]: FindingBase & { messageId: Id } & DataFor<ParamsOf<M, H, Id>>;
}[keyof M & string];

/** A finding as the runner sees it (any rule's). */
export interface Finding extends FindingBase {
  /** The rule's message name; the catalogue key is `rule.<rule id>.<messageId>`. */
  messageId: string;
  data?: Readonly<Record<string, ParamValue>>;
}

export interface RuleContext<F = Finding> {
  model: RepositoryModel;
  /** Today's date, YYYY-MM-DD; rules never read the clock. */
  today: string;
  report(finding: F): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Message name → parameter names. The description is the catalogue's `rule.<id>.description`. */
  messages: MessageDeclarations;
  /** Message name → hint parameter names, for the messages that carry a hint. */
  hints: Readonly<Record<string, readonly string[]>>;
  check(ctx: RuleContext): void;
}

export interface RuleDefinition<M extends MessageDeclarations, H extends HintDeclarations<M>> {
  id: string;
  severity: Severity;
  messages: M;
  hints?: H;
  check(ctx: RuleContext<TypedFinding<M, H>>): void;
}

/** Declare a rule; its `report` accepts only the declared messages with their parameters. */
export function defineRule<const M extends MessageDeclarations, const H extends HintDeclarations<M> = Record<never, never>>(definition: RuleDefinition<M, H>): Rule {
  const { id, severity, messages, hints = {} as H } = definition;
  return {
    id,
    severity,
    messages,
    hints: hints as Readonly<Record<string, readonly string[]>>,
    // A typed finding is a Finding; the narrowing is for the rule's author only.
    check: (ctx) => definition.check(ctx as unknown as RuleContext<TypedFinding<M, H>>),
  };
}

/** The catalogue key of a rule's message, hint or description. */
export function ruleMessageKey(ruleId: string, messageId: string): string {
  return `rule.${ruleId}.${messageId}`;
}

export function ruleHintKey(ruleId: string, messageId: string): string {
  return `rule.${ruleId}.${messageId}.hint`;
}

export function ruleDescriptionKey(ruleId: string): string {
  return `rule.${ruleId}.description`;
}
