// styr diff [BASE] [HEAD]: what a change means for the records, from git.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import type { RepositoryModel } from '../../core/model/repository.js';
import { isAbsolute, relative, sep } from 'node:path';
import { pairRenamedRecords } from '../../core/diff/context.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../core/diff/format.js';
import { buildDiffReport } from '../../core/diff/report.js';
import type { Language } from '../../core/i18n/language.js';
import { translate } from '../../core/i18n/translate.js';
import type { FileChange } from '../../core/diff/report.js';
import { createSchemaValidator } from '../../core/schema/validate-schema.js';
import { resolveBase, toDataChanges } from '../../git/changes.js';
import { GitRepository } from '../../git/repository.js';
import { resolveContext } from '../context.js';
import type { CliContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { schemaValidators } from '../load.js';
import { commitReader, configLanguage, loadChangedRevisions, withGit, worktreeReader } from './diff-load.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

type DiffOptions = OptionsOf<'diff'>;

export function displayPrefix(context: CliContext): string {
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
  return prefix === '' ? '' : `${prefix}/`;
}

export async function runDiff(baseArg: string | undefined, headArg: string | undefined, options: DiffOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'text';
  const context = resolveContext(options, io);
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
    const changes: FileChange[] = pairRenamedRecords(toDataChanges(repo, await repo.changedFiles(base.commit, headCommit)));
    const baseReader = commitReader(repo, { rev: base.rev, commit: base.commit });
    const headReader = headCommit === undefined ? worktreeReader(repo, context.dataDir, 'working tree') : commitReader(repo, { rev: headArg!, commit: headCommit });
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
      format === 'json'
        ? formatDiffJson(report, formatOptions)
        : format === 'markdown'
          ? formatDiffMarkdown(report, formatOptions)
          : formatDiffText(report, formatOptions);
    io.stdout.write(text);
    return EXIT.ok;
  });
}
