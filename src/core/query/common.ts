// What the query commands (systems, contracts, roles, raci) share: collation
// in the output language, checks of the ids and values given to filters with
// a "did you mean", the records a rule flags, and the note on skipped records.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { kindByName } from '../kinds/registry.js';
import type { KindName } from '../kinds/registry.js';
import type { RepositoryModel } from '../model/repository.js';
import type { Rule } from '../rules/rule.js';
import { suggest } from '../text/suggest.js';

export { textCompare } from '../text/collate.js';

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive "contains", for the free-text filters (--area, --supplier). */
export function containsText(text: string | undefined, needle: string): boolean {
  return text !== undefined && text.toLocaleLowerCase().includes(needle.toLocaleLowerCase());
}

/** A RACI matrix is one process; the commands call it that. */
const NOUNS: Partial<Record<KindName, string>> = { raci: 'process' };

/** Why an id given to a filter (or an argument, without `flag`) names no record, with the closest id; undefined when it names one. */
export function unknownIdProblem(model: RepositoryModel, kind: KindName, id: string, flag?: string): string | undefined {
  const records = model.records[kind];
  if (records.has(id)) return undefined;
  const guess = suggest(id, records.keys());
  return `${flag ? `${flag}: ` : ''}unknown ${NOUNS[kind] ?? kind} '${id}'${guess ? ` — did you mean '${guess}'?` : ''}`;
}

/** Why a value is not one of a closed vocabulary, naming the allowed values; undefined when it is one. */
export function invalidValueProblem(flag: string, what: string, value: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(value)) return undefined;
  const guess = suggest(value, allowed);
  return `${flag}: unknown ${what} '${value}'${guess ? ` — did you mean '${guess}'?` : ''} (${allowed.join(', ')})`;
}

/** Ids of the records a rule reports, so a filter means exactly what the rule means. */
export function recordsFlaggedBy(rule: Rule, model: RepositoryModel, today: string): Set<string> {
  const ids = new Set<string>();
  rule.check({ model, today, report: (finding) => ids.add(finding.record.id) });
  return ids;
}

/** The note for stderr when records of a kind failed validation and are left out of a listing (as `styr order list` gives it). */
export function skippedRecordsNote(model: RepositoryModel, diagnostics: readonly Diagnostic[], kind: KindName): string | undefined {
  const folder = `${kindByName(kind).folder}/`;
  const broken = [...model.records[kind].values()].filter((r) => !r.valid).length;
  const unreadable = diagnostics.filter((d) => d.file.startsWith(folder) && d.rule.startsWith('parse/')).length;
  const total = broken + unreadable;
  if (total === 0) return undefined;
  return `${total} ${kind} file${total === 1 ? ' has' : 's have'} errors and ${total === 1 ? 'is' : 'are'} left out; run styr validate`;
}

/** A person's name, or the id when the person is unknown or invalid. */
export function personName(model: RepositoryModel, id: string): string {
  const rec = model.records.person.get(id);
  return rec?.valid ? rec.data.name : id;
}
