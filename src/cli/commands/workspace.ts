// What the order and record commands share: the repository as read from disk
// (kept, so a write can be validated with the changed content substituted),
// the output language, record lookup with "did you mean", and tables.
import { isAbsolute, relative, sep } from 'node:path';
import type { RepositoryModel, LoadedRecord } from '../../core/model/repository.js';
import type { Labels } from '../../core/i18n/labels.js';
import { labelsFor } from '../../core/i18n/labels.js';
import type { SchemaValidator } from '../../core/schema/validate-schema.js';
import { skippedRecordsNote } from '../../core/query/common.js';
import type { KindName } from '../../core/kinds/registry.js';
import { suggest } from '../../core/text/suggest.js';
import type { LoadResult, RepositoryInput } from '../../core/validate/load-repository.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

export interface Workspace {
  context: CliContext;
  input: RepositoryInput;
  validator: SchemaValidator;
  result: LoadResult;
  model: RepositoryModel;
  labels: Labels;
}

/**
 * Read and load the repository. Listings pass `rules: false`: rule findings
 * never change which records are valid, and skipping them saves time. Commands
 * that write need them, to compare the repository before and after.
 */
export async function openWorkspace(context: CliContext, options: { rules?: boolean } = {}): Promise<Workspace> {
  const { input, validator, result } = await loadRepositoryFromDisk(context, options);
  const labels = labelsFor(context.lang ?? result.model.config.language);
  return { context, input, validator, result, model: result.model, labels };
}

/** One line on stderr when records of a kind have errors and are left out of a listing. */
export function noteSkippedRecords(ws: Workspace, kind: KindName): void {
  const note = skippedRecordsNote(ws.model, ws.result.diagnostics, kind);
  if (note) process.stderr.write(`styr: ${note}\n`);
}

/** A usage error (exit 2) when a filter check found a problem. */
export function failOn(problem: string | undefined): void {
  if (problem) throw new UsageError(problem);
}

/** The order with this id (case-insensitive), or a usage error that suggests the closest id. */
export function findOrder(model: RepositoryModel, id: string): LoadedRecord<'order'> {
  const orders = model.records.order;
  const exact = orders.get(id) ?? orders.get(id.toUpperCase());
  if (exact) return exact;
  const guess = suggest(id.toUpperCase(), orders.keys());
  throw new UsageError(`unknown order '${id}'${guess ? ` — did you mean '${guess}'?` : ''} (styr order list shows the orders)`);
}

/** How a data-relative path prints: relative to the working directory, or absolute when outside it. */
export function displayPath(context: CliContext, dataRelative: string): string {
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd;
  const joined = prefix === '' ? dataRelative : `${prefix.split(sep).join('/')}/${dataRelative}`;
  return joined;
}

/** Parse a whole number option ≥ 0. */
export function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`${name} must be a whole number ≥ 0, got '${value}'`);
  return n;
}

/** Values of a repeatable, comma-separable option. */
export function listOption(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

export function formatDays(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/**
 * The end of a query command (`styr systems`, `contracts`, `roles`): notes
 * skipped records of `kind` on stderr, then prints `rows` as JSON, the
 * "nothing matches" line, or the table `print` makes.
 */
export function printRows<T>(ws: Workspace, kind: KindName, rows: readonly T[], json: boolean | undefined, print: (rows: readonly T[]) => string): number {
  noteSkippedRecords(ws, kind);
  if (json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (rows.length === 0) process.stdout.write(`${ws.labels.query.nothingMatches}\n`);
  else process.stdout.write(print(rows));
  return EXIT.ok;
}
