// Creating a Diagnostic from a registered problem: the message and hint in the
// output language from the catalogue, `data` with the values for machines.
// The one place outside the rule runner where a diagnostic's words are made.
import { isMessageKey } from '../i18n/catalog.js';
import type { MessageKey } from '../i18n/catalog.js';
import type { Language } from '../i18n/language.js';
import { translate } from '../i18n/translate.js';
import type { Diagnostic, SourceRange } from './diagnostic.js';
import { PROBLEMS, problemHintKey, problemMessageKey } from './problems.js';
import type { ProblemHint, ProblemId, ProblemMessage } from './problems.js';

/**
 * A value printed as a catalogue label (a JSON type, a kind of id): the message
 * shows the label in the output language, `data` keeps the value itself.
 */
export interface LabelValue {
  readonly label: MessageKey;
  readonly value: string;
}

export function labelValue(label: MessageKey, value: string): LabelValue {
  return { label, value };
}

/** A value the message shows otherwise than `data` keeps it (a text quoted, a long text cut). */
export interface ShownValue {
  readonly shown: string;
  readonly value: string | number;
}

export function shownValue(shown: string, value: string | number): ShownValue {
  return { shown, value };
}

export type ProblemValue = string | number | LabelValue | ShownValue;

type MessageParams<P extends ProblemId, M extends ProblemMessage<P>> = (typeof PROBLEMS)[P]['messages'][M] extends readonly (infer N extends string)[] ? N : never;

export interface ProblemReport<P extends ProblemId, M extends ProblemMessage<P>> {
  id: P;
  message: M;
  /** The message's parameters, and those of the hint. */
  data: { readonly [K in MessageParams<P, M>]: ProblemValue } & Readonly<Record<string, ProblemValue>>;
  /** The hint to show; by default the one named like the message, if declared. `null` for none. */
  hint?: ProblemHint<P> | null;
}

export interface ProblemLocation {
  file: string;
  pointer?: string;
  range?: SourceRange;
  pointsToKey?: boolean;
}

/** A closed vocabulary's value (a rule's `enumLabel`): the message shows the label `<group>.<value>`. */
export interface GroupValue {
  readonly group: string;
  readonly value: string;
}

/** Several values of one closed vocabulary (a rule's `enumLabels`): the message lists their labels. */
export interface GroupValues {
  readonly group: string;
  readonly values: readonly string[];
}

/**
 * A message's parameters split in two: `data` keeps the values for machines
 * (the same in every language), `values` what the message shows in `language`.
 * Rule findings and registered problems both go through here.
 */
export function messageValues(
  language: Language,
  raw: Readonly<Record<string, ProblemValue | GroupValue | GroupValues>>,
): { data: Record<string, string | number>; values: Record<string, string | number> } {
  const data: Record<string, string | number> = {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'object') {
      data[name] = value;
      values[name] = value;
      continue;
    }
    if ('values' in value) {
      data[name] = value.values.join(', ');
      const labels = value.values.map((v) => {
        const key = `${value.group}.${v}`;
        return isMessageKey(key) ? translate(language, key) : v;
      });
      values[name] = new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
      continue;
    }
    data[name] = value.value;
    if ('label' in value) values[name] = translate(language, value.label);
    else if ('shown' in value) values[name] = value.shown;
    else {
      const key = `${value.group}.${value.value}`;
      values[name] = isMessageKey(key) ? translate(language, key) : value.value;
    }
  }
  return { data, values };
}

export function createProblem<P extends ProblemId, M extends ProblemMessage<P>>(language: Language, report: ProblemReport<P, M>, at: ProblemLocation): Diagnostic {
  const definition = PROBLEMS[report.id];
  const { data, values } = messageValues(language, report.data as Record<string, ProblemValue>);
  const messageId = problemMessageKey(report.id, report.message);
  const diagnostic: Diagnostic = {
    rule: report.id,
    severity: definition.severity,
    messageId,
    data,
    message: text(language, messageId, values),
    file: at.file,
    pointer: at.pointer ?? '',
  };
  const hints: Readonly<Record<string, readonly string[]>> = definition.hints;
  const hint = report.hint === undefined ? (Object.prototype.hasOwnProperty.call(hints, report.message) ? report.message : undefined) : report.hint;
  if (hint) diagnostic.hint = text(language, problemHintKey(report.id, hint), values);
  if (at.range) diagnostic.range = at.range;
  if (at.pointsToKey) diagnostic.pointsToKey = true;
  return diagnostic;
}

function text(language: Language, key: string, values: Record<string, string | number>): string {
  // problems.test.ts proves every declared message and hint has a key in both languages.
  return isMessageKey(key) ? translate(language, key, values) : key;
}
