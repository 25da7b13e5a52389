// styr validate: load the repository, print the problems, return the exit code.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { isAbsolute, relative, sep } from 'node:path';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import type { ExplainedProblem } from '../../core/diagnostics/explain.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../../core/i18n/language.js';
import type { Language } from '../../core/i18n/language.js';
import { createTranslator } from '../../core/i18n/translate.js';
import { loadFormatter } from '../../formatters/index.js';
import { resolveContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

type ValidateOptions = OptionsOf<'validate'>;

export async function runValidate(options: ValidateOptions, io: CliIo): Promise<number> {
  // --explain needs no data folder: its language is --lang, else Swedish.
  if (options.explain !== undefined) return explain(options.explain, isLanguage(options.lang) ? options.lang : DEFAULT_LANGUAGE, io);
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      const t = createTranslator(isLanguage(options.lang) ? options.lang : DEFAULT_LANGUAGE);
      throw new UsageError(t('validate.maxWarningsInvalid', { value: options.maxWarnings }));
    }
  }
  const context = resolveContext(options, io);
  // --changed: the whole repository is still loaded (references resolve against
  // all of it); only the problems of the changed files are reported.
  const changed = options.changed === undefined ? undefined : await (await import('./changed.js')).changedDataFiles(context, options.changed);
  const { result, files: allFiles } = await loadRepositoryFromDisk(context);
  const { language } = result;
  const files = changed ? allFiles.filter((f) => changed.has(f)) : allFiles;
  const reported = changed ? result.diagnostics.filter((d) => changed.has(d.file)) : result.diagnostics;
  // --quiet hides warnings from the listing; the summary and --max-warnings still count them.
  const diagnostics = options.quiet ? reported.filter((d) => d.severity === 'error') : reported;
  const summary = summarize(reported, changed ? files.length : result.model.fileCount);
  // Paths print relative to the working directory (clickable, and what CI
  // annotations need); a data folder outside it prints absolute.
  const fromCwd = relative(context.cwd, context.dataDir);
  const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
  const formatter = await loadFormatter(options.format);
  io.stdout.write(
    formatter(diagnostics, {
      summary,
      displayPrefix: prefix === '' ? '' : `${prefix}/`,
      files,
      color: context.color,
      language,
    }),
  );
  if (summary.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    if (options.format === 'stylish') {
      io.stderr.write(`${createTranslator(language)('validate.maxWarnings', { count: summary.warnings, max: maxWarnings })}\n`);
    }
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** Every rule and registered problem, in one language. */
async function explainable(language: Language): Promise<ExplainedProblem[]> {
  const [{ problemCatalog }, { ruleCatalog }] = await Promise.all([import('../../core/diagnostics/explain.js'), import('../../core/rules/catalog.js')]);
  return [...problemCatalog(language), ...ruleCatalog(language)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function explain(id: string | boolean, language: Language, io: CliIo): Promise<number> {
  const t = createTranslator(language);
  const docs = await explainable(language);
  if (id === true) {
    const width = Math.max(...docs.map((d) => d.id.length)) + 1;
    const severityWidth = Math.max(...docs.map((d) => t(`severity.${d.severity}`).length)) + 1;
    for (const doc of docs) {
      const line = `${doc.id.padEnd(width)} ${t(`severity.${doc.severity}`).padEnd(severityWidth)} ${doc.configurable ? '' : t('validate.explain.alwaysOn')}`;
      io.stdout.write(`${line.trimEnd()}\n`);
    }
    io.stdout.write(`\n${t('validate.explain.more')}\n`);
    return EXIT.ok;
  }
  const doc = docs.find((d) => d.id === String(id));
  if (!doc) throw new UsageError(t('validate.explain.unknown', { id: String(id) }));
  const out = [
    doc.id,
    '',
    `${t('validate.explain.severity', { severity: t(`severity.${doc.severity}`) })} ${t(doc.configurable ? 'validate.explain.configurable' : 'validate.explain.notConfigurable')}`,
    '',
    doc.description,
  ];
  if (doc.messages.length) {
    out.push('', t('validate.explain.messages'));
    for (const m of doc.messages) out.push(`  ${m.id}`, `    ${m.text}`);
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
