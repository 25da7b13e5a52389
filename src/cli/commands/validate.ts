// styr validate: load the repository, print the problems, return the exit code.
import { isAbsolute, relative, sep } from 'node:path';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { findRuleDoc, ruleCatalog } from '../../core/rules/catalog.js';
import { loadFormatter } from '../../formatters/index.js';
import type { FormatName } from '../../formatters/types.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

interface ValidateOptions extends GlobalOptions {
  format: FormatName;
  maxWarnings?: string;
  quiet?: boolean;
  explain?: string | boolean;
  changed?: string | boolean;
}

export async function runValidate(options: ValidateOptions): Promise<number> {
  if (options.explain !== undefined) return explain(options.explain);
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings must be a whole number ≥ 0, got '${options.maxWarnings}'`);
    }
  }
  const context = resolveContext(options);
  // --changed: the whole repository is still loaded (references resolve against
  // all of it); only the problems of the changed files are reported.
  const changed = options.changed === undefined ? undefined : await (await import('./changed.js')).changedDataFiles(context, options.changed);
  const { result, files: allFiles } = await loadRepositoryFromDisk(context);
  const files = changed ? allFiles.filter((f) => changed.has(f)) : allFiles;
  const reported = changed ? result.diagnostics.filter((d) => changed.has(d.file)) : result.diagnostics;
  const diagnostics = options.quiet ? reported.filter((d) => d.severity === 'error') : reported;
  const summary = summarize(diagnostics, changed ? files.length : result.model.fileCount);
  // Paths print relative to the working directory (clickable, and what CI
  // annotations need); a data folder outside it prints absolute.
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
  const formatter = await loadFormatter(options.format);
  process.stdout.write(
    formatter(diagnostics, {
      summary,
      displayPrefix: prefix === '' ? '' : `${prefix}/`,
      files,
      color: context.color,
    }),
  );
  if (summary.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    if (options.format === 'stylish') {
      process.stderr.write(`styr: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    }
    return EXIT.problems;
  }
  return EXIT.ok;
}

function explain(rule: string | boolean): number {
  if (rule === true) {
    for (const doc of ruleCatalog()) {
      process.stdout.write(`${doc.id.padEnd(32)} ${doc.severity.padEnd(8)} ${doc.configurable ? '' : '(always on)'}\n`);
    }
    process.stdout.write('\nstyr validate --explain RULE explains one rule.\n');
    return EXIT.ok;
  }
  const doc = findRuleDoc(String(rule));
  if (!doc) {
    throw new UsageError(`unknown rule '${String(rule)}' (styr validate --explain lists them)`);
  }
  process.stdout.write(
    `${doc.id}\n\nDefault severity: ${doc.severity}${doc.configurable ? ' (can be changed under `rules:` in styr.yaml)' : ' (cannot be changed)'}\n\n${doc.description}\n`,
  );
  return EXIT.ok;
}
