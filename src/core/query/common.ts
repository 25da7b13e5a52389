// What the query commands (systems, contracts, roles, raci) share: collation
// in the output language, checks of the ids and values given to filters with
// a "did you mean" (as data; the cli words them), the records a rule flags,
// and the count of skipped records.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { kindByName } from '../kinds/registry.js';
import type { KindName } from '../kinds/registry.js';
import type { RepositoryModel } from '../model/repository.js';
import type { Rule } from '../rules/rule.js';
import { suggest } from '../text/suggest.js';
import { candidateIds } from '../edit/ids.js';

export { textCompare } from '../text/collate.js';

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case-insensitive "contains", for the free-text filters (--area, --supplier). */
export function containsText(text: string | undefined, needle: string): boolean {
  return text !== undefined && text.toLocaleLowerCase().includes(needle.toLocaleLowerCase());
}

/**
 * Why a value given to a filter (or an argument, without `flag`) names nothing:
 * an unknown record id, or a value outside a closed vocabulary (`allowed`),
 * with the closest known one. Data only; the command says it in its language.
 */
export type QueryProblem =
  | { id: 'query.unknownId'; kind: KindName; value: string; flag?: string; guess?: string; candidates?: readonly string[]; allowed?: undefined }
  | { id: 'query.invalidValue'; value: string; flag: string; guess?: string; candidates?: undefined; allowed: readonly string[] };

/** Why an id names no record of `kind`, with the closest id; undefined when it names one. */
export function unknownIdProblem(model: RepositoryModel, kind: KindName, id: string, flag?: string): QueryProblem | undefined {
  const records = model.records[kind];
  if (records.has(id)) return undefined;
  const problem: QueryProblem = { id: 'query.unknownId', kind, value: id };
  if (flag !== undefined) problem.flag = flag;
  // A partial id ('karin', 'ORD-261129') names every id that contains it.
  const candidates = candidateIds(id, records.keys());
  if (candidates.length > 0) problem.guess = candidates[0]!;
  if (candidates.length > 1) problem.candidates = candidates;
  return problem;
}

/** Why a value is not one of a closed vocabulary, naming the allowed values; undefined when it is one. */
export function invalidValueProblem(flag: string, value: string, allowed: readonly string[]): QueryProblem | undefined {
  if (allowed.includes(value)) return undefined;
  const problem: QueryProblem = { id: 'query.invalidValue', value, flag, allowed };
  const guess = suggest(value, allowed);
  if (guess) problem.guess = guess;
  return problem;
}

/** Ids of the records a rule reports, so a filter means exactly what the rule means. */
export function recordsFlaggedBy(rule: Rule, model: RepositoryModel, today: string): Set<string> {
  const ids = new Set<string>();
  rule.check({ model, today, report: (finding) => ids.add(finding.record.id) });
  return ids;
}

/** How many records of a kind failed validation or could not be parsed, and are left out of a listing. */
export function skippedRecords(model: RepositoryModel, diagnostics: readonly Diagnostic[], kind: KindName): number {
  const folder = `${kindByName(kind).folder}/`;
  const broken = [...model.records[kind].values()].filter((r) => !r.valid).length;
  const unreadable = diagnostics.filter((d) => d.file.startsWith(folder) && d.rule.startsWith('parse/')).length;
  return broken + unreadable;
}

/** A person's name, or the id when the person is unknown or invalid. */
export function personName(model: RepositoryModel, id: string): string {
  const rec = model.records.person.get(id);
  return rec?.valid ? rec.data.name : id;
}
