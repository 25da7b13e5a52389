// What the order and record commands share: the repository as read from disk
// (kept, so a write can be validated with the changed content substituted),
// the output language, record lookup with "did you mean", and tables.
import { isAbsolute, relative, sep } from 'node:path';
import type { RepositoryModel, LoadedRecord } from '../../core/model/repository.js';
import { createFormatters, midSentence } from '../../core/i18n/format.js';
import type { Formatters } from '../../core/i18n/format.js';
import { isLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { createTranslator } from '../../core/i18n/translate.js';
import { allowedEnumValues, guessEnumValue, matchEnumValue } from '../../core/edit/enum-values.js';
import { candidateIds } from '../../core/edit/ids.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { SchemaValidator } from '../../core/schema/validate-schema.js';
import { skippedRecords } from '../../core/query/common.js';
import type { QueryProblem } from '../../core/query/common.js';
import type { KindName } from '../../core/kinds/registry.js';
import { ORDER_STATUSES } from '../../core/model/types.js';
import type { OrderStatus } from '../../core/model/types.js';
import type { FactorScore } from '../../core/orders/scoring.js';
import type { LoadResult, RepositoryInput } from '../../core/validate/load-repository.js';
import type { CliContext } from '../context.js';
import type { CliIo } from '../io.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

export interface Workspace {
  context: CliContext;
  input: RepositoryInput;
  validator: SchemaValidator;
  result: LoadResult;
  model: RepositoryModel;
  /** The output language: --lang, else styr.yaml's, else Swedish. */
  language: Language;
  t: Translate;
  /** Numbers and amounts as the documents print them. */
  fmt: Formatters;
}

/**
 * Read and load the repository. Listings pass `rules: false`: rule findings
 * never change which records are valid, and skipping them saves time. Commands
 * that write need them, to compare the repository before and after.
 */
export async function openWorkspace(context: CliContext, options: { rules?: boolean } = {}): Promise<Workspace> {
  const { input, validator, result } = await loadRepositoryFromDisk(context, options);
  const configured = result.model.config.language;
  const language: Language = context.lang ?? (isLanguage(configured) ? configured : 'sv');
  const t = createTranslator(language);
  const fmt = createFormatters(language, result.model.config.currency, t('common.none'));
  return { context, input, validator, result, model: result.model, language, t, fmt };
}

/** A kind's name inside a sentence ("beställning", "beställningar"). */
export function kindWord(t: Translate, language: Language, kind: KindName, number: 'one' | 'many' = 'one'): string {
  return midSentence(t(number === 'one' ? `kind.${kind}` : `kind.${kind}.plural`), language);
}

/** One line on stderr when records of a kind have errors and are left out of a listing. */
export function noteSkippedRecords(ws: Workspace, kind: KindName): void {
  const count = skippedRecords(ws.model, ws.result.diagnostics, kind);
  if (count > 0) ws.context.io.stderr.write(`styr: ${ws.t('cli.skipped', { count, kind: kindWord(ws.t, ws.language, kind, 'many') })}\n`);
}

/** A filter problem in the output language. */
export function problemText(t: Translate, language: Language, problem: QueryProblem): string {
  const flag = problem.flag ? `${problem.flag}: ` : '';
  const guess =
    problem.candidates !== undefined && problem.candidates.length > 1
      ? t('edit.candidates', { ids: problem.candidates.join(', ') })
      : problem.guess === undefined
        ? ''
        : t('cli.didYouMean', { guess: problem.guess });
  if (problem.id === 'query.invalidValue') return `${flag}${t('cli.unknownValue', { value: problem.value })}${guess} (${problem.allowed.join(', ')})`;
  const what = problem.kind === 'raci' ? t('raci.process').toLowerCase() : kindWord(t, language, problem.kind);
  return `${flag}${t('cli.unknownId', { what, value: problem.value })}${guess}`;
}

/** A usage error (exit 2) when a filter check found a problem. */
export function failOn(ws: { t: Translate; language: Language }, problem: QueryProblem | undefined): void {
  if (problem) throw new UsageError(problemText(ws.t, ws.language, problem));
}

/** The order with this id (case-insensitive), or a usage error that suggests the closest id. */
export function findOrder(ws: Workspace, id: string): LoadedRecord<'order'> {
  const orders = ws.model.records.order;
  const exact = orders.get(id) ?? orders.get(id.toUpperCase());
  if (exact) return exact;
  const { t } = ws;
  const candidates = candidateIds(id.toUpperCase(), orders.keys());
  const guess =
    candidates.length > 1 ? t('edit.candidates', { ids: candidates.join(', ') }) : candidates.length === 1 ? t('cli.didYouMean', { guess: candidates[0]! }) : '';
  throw new UsageError(`${t('cli.unknownId', { what: kindWord(ws.t, ws.language, 'order'), value: id })}${guess} ${t('cli.unknownOrder.hint')}`);
}

/** How a data-relative path prints: relative to the working directory, or absolute when outside it. */
export function displayPath(context: CliContext, dataRelative: string): string {
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd;
  const joined = prefix === '' ? dataRelative : `${prefix.split(sep).join('/')}/${dataRelative}`;
  return joined;
}

/** Parse a whole number option ≥ 0. */
export function wholeNumber(t: Translate, name: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(t('cli.wholeNumber', { flag: name, value }));
  return n;
}

/** Values of a repeatable, comma-separable option. */
export function listOption(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Days as the documents print them: whole, or with one decimal ("2,5"). */
export function formatDays(fmt: Formatters, n: number): string {
  return fmt.number(n, 1);
}

/** Whether the command was asked for JSON: `--json` or `--format json`. */
export function wantsJson(t: Translate, options: { json?: boolean; format?: string }): boolean {
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') {
    throw new UsageError(t('cli.format', { value: options.format }));
  }
  return options.json === true || options.format === 'json';
}

export function writeJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The end of a query command (`styr systems`, `contracts`, `roles`): notes
 * skipped records of `kind` on stderr, then prints `rows` as JSON, the
 * "nothing matches" line, or the table `print` makes.
 */
export function printRows<T>(ws: Workspace, kind: KindName, rows: readonly T[], json: boolean, print: (rows: readonly T[]) => string): number {
  noteSkippedRecords(ws, kind);
  const { io } = ws.context;
  if (json) writeJson(io, rows);
  else if (rows.length === 0) io.stdout.write(`${ws.t('query.nothingMatches')}\n`);
  else io.stdout.write(print(rows));
  return EXIT.ok;
}

/**
 * The one parser of enum flags and arguments (`--type projekt`, `--lifecycle drift`,
 * `--status godkänd`): the value, or its Swedish or English label from the
 * catalogue; otherwise a usage error listing the allowed values with a did-you-mean.
 */
export function parseEnumFlag<T extends string>(ws: { t: Translate; language: Language }, flag: string, value: string, values: readonly T[]): T {
  const hit = matchEnumValue(value, values);
  if (hit !== undefined) return hit as T;
  const guess = guessEnumValue(value, values, ws.language);
  throw new UsageError(`${ws.t('edit.flag.value', { flag, value, values: allowedEnumValues(values, ws.language) })}${guess ? ws.t('cli.didYouMean', { guess }) : ''}`);
}

/** A status by its id, or by its Swedish or English label ('godkänd', 'in progress'). */
export function parseStatus(t: Translate, value: string, language: Language = 'sv'): OrderStatus {
  return parseEnumFlag({ t, language }, '--status', value, ORDER_STATUSES);
}

/** One factor as a line: 'Nytta  vikt 3  4/5  12,5 / 33,3'. */
export function describeFactor(f: FactorScore, ws: Pick<Workspace, 't' | 'fmt'>): string {
  const { t, fmt } = ws;
  let value: string;
  if (f.input === undefined) value = t('council.notEstimated');
  else if (f.factor === 'cost') value = fmt.money(f.input);
  else if (f.factor === 'effort') value = t('cli.personDays', { n: f.input });
  else value = `${f.input}/5`;
  const name = t(`factor.${f.factor}`);
  const weight = t('order.rank.weight', { weight: f.weight });
  return `${name.padEnd(24)} ${weight.padEnd(10)} ${value.padEnd(20)} ${fmt.number(f.points, 1).padStart(5)} / ${fmt.number(f.maxPoints, 1)}`;
}
