// styr render: validate, render the documents as Markdown (and HTML), write them.
import type { CliIo } from '../io.js';
import type { OptionsOf } from '../program.js';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { Script } from 'node:vm';
import { basename, dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { documentNames, findDocument } from '../../core/render/documents.js';
import { createFormatters } from '../../core/i18n/format.js';
import { createTranslator } from '../../core/i18n/translate.js';
import type { Translate } from '../../core/i18n/translate.js';
import { renderDocumentPages } from '../../core/render/render.js';
import type { Page, RenderAudience } from '../../core/render/types.js';
import { suggest } from '../../core/text/suggest.js';
import { loadFormatter } from '../../formatters/index.js';
import { chromiumCandidates, findChromium } from '../../io/chromium.js';
import { loadSchemas, packageRoot } from '../../io/files.js';
import { OutputWriter } from '../../io/output.js';
import type { ManifestWarning, OutputFile } from '../../io/output.js';
import { earlyTranslator, resolveContext } from '../context.js';
import { describeIoFailure, EXIT, IoError, shownPath, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

type RenderCommandOptions = OptionsOf<'render'>;

const STYLESHEET = 'assets/styr.css';
const MERMAID = { library: 'assets/mermaid.min.js', init: 'assets/mermaid-init.js' };

export function checkDocumentNames(names: readonly string[]): void {
  const known = documentNames();
  for (const name of names) {
    if (known.includes(name)) continue;
    const close = suggest(name, known);
    throw new UsageError(`unknown document '${name}'${close ? ` (did you mean '${close}'?)` : ''}; documents: ${known.join(', ')}`);
  }
}

export async function runRender(names: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  checkDocumentNames(names);
  const audience = options.audience ?? 'internal';
  if (!isRenderAudience(audience)) throw new UsageError(earlyTranslator(options)('audience.invalid', { value: audience }));
  // --pdf prints the HTML pages, so it writes them too.
  const wantHtml = options.html === true || options.pdf === true;
  if (options.mermaid !== undefined && !wantHtml) throw new UsageError('--mermaid needs --html');
  if (options.mermaid !== undefined && options.diagrams === false) throw new UsageError('--mermaid and --no-diagrams contradict each other: give one of them');
  // Diagrams are drawn by default with the Mermaid styr ships; --mermaid swaps the bundle, --no-diagrams keeps the source.
  const mermaidSource = !wantHtml || options.diagrams === false ? undefined : options.mermaid === undefined ? shippedMermaid() : readMermaid(options.mermaid);
  // Looked for before anything is written; a missing browser is reported after the other files are written.
  const chromium = options.pdf ? findChromium(io.env) : undefined;
  const context = resolveContext(options, io);
  const outDir = resolve(context.cwd, options.out);
  checkOutDir(outDir, context.dataDir, options.out, earlyTranslator(options));
  // A worker for the HTML starts now, while the records load, if the repository is large.
  const converter = wantHtml ? (await import('./render-html.js')).createHtmlConverter(countRecordFiles(context.dataDir) >= 1000) : undefined;
  let loaded;
  try {
    loaded = await loadRepositoryFromDisk(context);
  } catch (error) {
    await converter?.close();
    throw error;
  }
  const { result, files } = loaded;
  const lang = context.lang ?? result.model.config.language;
  const t = createTranslator(lang);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const fromCwd = relative(context.cwd, context.dataDir);
    const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
    const stylish = await loadFormatter('stylish');
    io.stderr.write(
      stylish(errors, {
        summary: summarize(errors, result.model.fileCount),
        displayPrefix: prefix === '' ? '' : `${prefix}/`,
        files,
        color: context.color,
        language: result.language,
      }),
    );
    if (!options.force) {
      io.stderr.write(`styr: ${t('render.refused', { n: errors.length })}\n`);
      await converter?.close();
      return EXIT.problems;
    }
    io.stderr.write(`styr: ${t('render.forced', { n: errors.length })}\n`);
  }
  let summary;
  let pageCount: number;
  let pdfFailure: string | undefined;
  try {
    const writer = new OutputWriter(outDir);
    const html = await converter?.start(
      {
        lang,
        audience,
        stylesheet: STYLESHEET,
        recordLang: result.model.config.language,
        ...(mermaidSource ? { mermaid: MERMAID } : {}),
        labels: {
          home: t('nav.home'),
          footer: t('footer.generated', { date: createFormatters(lang, result.model.config.currency, t('common.none')).date(context.today) }),
          print: {
            asOf: t('print.asOf', { date: createFormatters(lang, result.model.config.currency, t('common.none')).date(context.today) }),
            pageNumber: t('print.pageNumber', { page: '{page}', pages: '{pages}' }),
          },
          diagramSource: t('figure.source'),
          siteTitle: result.model.config.organisation,
        },
      },
      writer,
    );
    const pages: Page[] = [];
    for (const documentPages of renderDocumentPages(result.model, names, {
      lang,
      today: context.today,
      audience,
      ...(audience === 'public' ? { schemas: loadSchemas() } : {}),
    })) {
      html?.add(documentPages);
      pages.push(...documentPages);
    }
    pageCount = pages.length;
    const paths = pages.map((p) => p.path);
    for (const page of pages) {
      if (html?.stopped()) break; // the worker failed: finish() below reports why
      writer.write(page.path, page.markdown);
    }
    if (html) {
      const converted = await html.finish();
      paths.push(...converted.paths);
      if (process.env.STYR_DEBUG)
        io.stderr.write(`styr: HTML pages converted: ${converted.converted.main} on the main thread, ${converted.converted.worker} in the worker\n`);
      const assets: OutputFile[] = [{ path: STYLESHEET, content: readFileSync(join(packageRoot(), 'templates', 'render', 'styr.css')) }];
      if (mermaidSource) {
        assets.push({ path: MERMAID.library, content: mermaidSource });
        assets.push({ path: MERMAID.init, content: readFileSync(join(packageRoot(), 'templates', 'render', 'mermaid-init.js')) });
      }
      for (const asset of assets) {
        writer.write(asset.path, asset.content);
        paths.push(asset.path);
      }
      if (options.pdf && chromium) {
        const { printPdfs, PdfError } = await import('./render-pdf.js');
        const rendered = new Set(pages.map((p) => p.path));
        const jobs = pdfPages(names, rendered).map((path) => ({ html: path.replace(/\.md$/, '.html') }));
        try {
          paths.push(...(await printPdfs(chromium, writer, jobs)));
        } catch (error) {
          if (error instanceof PdfError) pdfFailure = t('pdf.failed', { page: error.page, reason: error.message });
          else if (!isWriteError(error)) pdfFailure = t('pdf.failed', { page: '', reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
          else throw error;
        }
      }
    }
    const finished = writer.finish(paths);
    for (const warning of finished.warnings) io.stderr.write(`styr: ${manifestWarning(warning, t, context.cwd)}\n`);
    summary = { removed: finished.removed, unchanged: writer.unchanged };
  } catch (error) {
    await converter?.close();
    if (!isWriteError(error)) throw error;
    throw new IoError(describeIoFailure(error, t, context.cwd) ?? t('io.out.failed', { dir: options.out, reason: error.message }));
  }
  const fromCwd = relative(context.cwd, outDir);
  const shown = fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? outDir : fromCwd;
  io.stdout.write(`${t('render.summary', { pages: pageCount, html: wantHtml ? 'yes' : 'no', dir: shown, unchanged: summary.unchanged, removed: summary.removed })}\n`);
  if (options.pdf && !chromium) {
    io.stderr.write(`${t('pdf.noChromium', { searched: io.env.STYR_CHROMIUM ? io.env.STYR_CHROMIUM : chromiumCandidates(io.env).slice(-8).join(', ') })}\n`);
    return EXIT.usage;
  }
  if (pdfFailure) {
    io.stderr.write(`${pdfFailure}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function isRenderAudience(value: string): value is RenderAudience {
  return value === 'public' || value === 'internal';
}

/** A file-system error (it has a code such as EACCES) or a refused path, as opposed to a bug. */
function isWriteError(error: unknown): error is Error {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** The path with its existing part resolved through symbolic links (the rest may not exist yet). */
function realish(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}

/**
 * Refuses an output folder a render must not fill or clean: the data folder, a
 * folder inside it or holding it (the repository's root too), the root of the
 * file system and the home folder — also when reached through a link.
 */
export function checkOutDir(outDir: string, dataDir: string, shown: string, t: Translate): void {
  const out = realish(outDir);
  const data = realish(dataDir);
  const under = (child: string, parent: string) => child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (out === parse(out).root) throw new UsageError(t('io.out.root', { dir: shown }));
  if (out === realish(homedir())) throw new UsageError(t('io.out.home', { dir: shown }));
  if (out === data || under(out, data)) throw new UsageError(t('io.out.dataFolder', { dir: shown }));
  if (under(data, out)) throw new UsageError(t('io.out.containsData', { dir: shown }));
  const stat = lstatSync(out, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new UsageError(t('io.out.notFolder', { dir: shown }));
}

function manifestWarning(warning: ManifestWarning, t: Translate, cwd: string): string {
  const file = shownPath(warning.file, cwd);
  return warning.kind === 'corrupt' ? t('io.manifest.corrupt', { file, reason: warning.reason }) : t('io.manifest.notFile', { file });
}

/** A cheap size estimate: record files in the top-level folders, without reading them. */
function countRecordFiles(dataDir: string): number {
  let n = 0;
  try {
    for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) n += readdirSync(join(dataDir, entry.name)).length;
    }
  } catch {
    return 0;
  }
  return n;
}

/**
 * The pages printed by --pdf: each rendered document's entry page, and each
 * management plan (a plan is signed off on its own).
 */
function pdfPages(names: readonly string[], rendered: ReadonlySet<string>): string[] {
  const entries = (names.length ? names : documentNames()).map((n) => findDocument(n)!.entry).filter((p) => rendered.has(p));
  const plans = names.length === 0 || names.includes('plans') ? [...rendered].filter((p) => /^plans\/[^/]+\.md$/.test(p) && p !== 'plans/index.md').sort() : [];
  return [...new Set([...entries, ...plans])];
}

/** The browser bundle of the mermaid package styr depends on. */
function shippedMermaid(): Uint8Array {
  return readFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'));
}

/**
 * The --mermaid file, if it is a Mermaid browser bundle: UTF-8 JavaScript
 * that compiles (it is not run here) and sets the global `mermaid` with an
 * `initialize` function — what the pages' start-up script calls.
 */
function readMermaid(path: string): Uint8Array {
  const refuse = (why: string) => new UsageError(`--mermaid: '${path}' ${why}; give the path of mermaid.min.js (mermaid/dist/mermaid.min.js) or leave --mermaid out`);
  if (!existsSync(path)) throw refuse('does not exist');
  if (!statSync(path).isFile()) throw refuse('is not a file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw refuse('cannot be read');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('is not a text file');
  }
  const definesGlobal = /(?:globalThis|window|self)\s*(?:\.\s*mermaid|\[\s*["']mermaid["']\s*\])\s*=|\bmermaid\s*=/.test(text);
  if (!definesGlobal || !/\binitialize\b/.test(text)) throw refuse('is not a Mermaid bundle (it defines no global mermaid with initialize)');
  try {
    new Script(text, { filename: path });
  } catch {
    throw refuse('is not JavaScript');
  }
  return bytes;
}
