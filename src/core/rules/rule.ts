// The shape of a rule: a small named check over the model that reports what is
// wrong and where. Severity is a default; styr.yaml may change it.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { LoadedRecord, RepositoryModel } from '../model/repository.js';

export interface Finding {
  record: LoadedRecord;
  /** Path segments or a JSON pointer into the record. */
  at?: readonly (string | number)[] | string;
  message: string;
  hint?: string;
  /** Overrides the rule's severity for this one finding (e.g. error vs warning by how late). */
  severity?: Severity;
}

export interface RuleContext {
  model: RepositoryModel;
  /** Today's date, YYYY-MM-DD; rules never read the clock. */
  today: string;
  report(finding: Finding): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** What the rule checks and why, one paragraph (styr validate --explain). */
  description: string;
  check(ctx: RuleContext): void;
}
