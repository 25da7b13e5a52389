// styr diff [BASE] [HEAD]: what a change means for the records, from git.
import type { RepositoryModel } from '../../core/model/repository.js';
import { isAbsolute, relative, sep } from 'node:path';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../core/diff/format.js';
import { buildDiffReport } from '../../core/diff/report.js';
import type { Language } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { FileChange } from '../../core/diff/report.js';
import { createSchemaValidator } from '../../core/schema/validate-schema.js';
import { resolveBase, toDataChanges } from '../../git/changes.js';
import { gitMessageText } from '../../git/messages.js';
import { GitFailure, GitRepository } from '../../git/repository.js';
import { resolveContext } from '../context.js';
import type { CliContext, GlobalOptions } from '../context.js';
import { EXIT, IoError, UsageError } from '../errors.js';
import { schemaValidators } from '../load.js';
import { commitReader, configLanguage, loadChangedRevisions, worktreeReader } from './diff-load.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffOptions extends GlobalOptions {
  format?: DiffFormat;
}

/** Git problems become the CLI's typed errors (exit 2 either way), in the output language. */
export async function withGit<T>(lang: Language, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GitFailure) {
      const message = gitMessageText(lang, error.detail);
      throw error.kind === 'usage' ? new UsageError(message) : new IoError(message);
    }
    throw error;
  }
}

export function displayPrefix(context: CliContext): string {
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
  return prefix === '' ? '' : `${prefix}/`;
}

export async function runDiff(baseArg: string | undefined, headArg: string | undefined, options: DiffOptions): Promise<number> {
  const format = options.format ?? 'text';
  const context = resolveContext(options);
  // One language for the whole output, problems of both revisions included:
  // --lang, else the working tree's styr.yaml.
  const lang: Language = context.lang ?? configLanguage(context.dataDir);
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(translate(lang, 'diff.error.format', { formats: DIFF_FORMATS.join(', ') }));
  // The validators load while git works.
  const validators = schemaValidators();
  validators.catch(() => undefined);
  return withGit(lang, async () => {
    const repo = await GitRepository.open(context.dataDir);
    const headCommit = headArg === undefined ? undefined : await repo.resolveCommit(headArg, 'head');
    // With both revisions named, compare them as given (like git diff A B);
    // otherwise against the merge base, as a pull request would.
    const base = await resolveBase(repo, baseArg, headCommit, headArg === undefined);
    const changes: FileChange[] = toDataChanges(repo, await repo.changedFiles(base.commit, headCommit));
    const baseReader = commitReader(repo, { rev: base.rev, commit: base.commit });
    const headReader =
      headCommit === undefined ? worktreeReader(repo, context.dataDir, 'working tree') : commitReader(repo, { rev: headArg!, commit: headCommit });
    const validator = createSchemaValidator(await validators);
    const loaded = await loadChangedRevisions({ base: baseReader, head: headReader }, changes, validator, context.today, lang);
    // Scores come from the orders themselves. The backlog rank needs every order of
    // both revisions, and a diff parses only what the change touches, so no rank here.
    const { scoreOrders } = await import('../../core/orders/ranking.js');
    const { validRecords } = await import('../../core/model/repository.js');
    const orderScores = (model: RepositoryModel) =>
      new Map(scoreOrders(validRecords(model, 'order'), model.config.weights).map((o) => [o.order.id, { score: o.score.score }]));
    const report = buildDiffReport({ base: loaded.base, head: loaded.head, changes, neighbours: loaded.neighbours, today: context.today, orderScores });
    const formatOptions = { lang, displayPrefix: displayPrefix(context) };
    const text =
      format === 'json' ? formatDiffJson(report, formatOptions) : format === 'markdown' ? formatDiffMarkdown(report, formatOptions) : formatDiffText(report, formatOptions);
    process.stdout.write(text);
    return EXIT.ok;
  });
}
