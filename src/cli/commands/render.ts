// styr render: validate, render the documents as Markdown (and HTML), write them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { summarize } from '../../core/diagnostics/diagnostic.js';
import { documentNames } from '../../core/render/documents.js';
import { LABELS } from '../../core/render/labels.js';
import { interpolate } from '../../core/render/markdown.js';
import { renderDocuments } from '../../core/render/render.js';
import { suggest } from '../../core/text/suggest.js';
import { loadFormatter } from '../../formatters/index.js';
import { packageRoot } from '../../io/files.js';
import { writeOutput } from '../../io/output.js';
import type { OutputFile } from '../../io/output.js';
import { resolveContext } from '../context.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, IoError, UsageError } from '../errors.js';
import { loadRepositoryFromDisk } from '../load.js';

interface RenderCommandOptions extends GlobalOptions {
  out: string;
  html?: boolean;
  force?: boolean;
  mermaid?: string;
}

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

export async function runRender(names: string[], options: RenderCommandOptions): Promise<number> {
  checkDocumentNames(names);
  if (options.mermaid !== undefined && !options.html) throw new UsageError('--mermaid needs --html');
  const mermaidSource = options.mermaid === undefined ? undefined : readMermaid(options.mermaid);
  const context = resolveContext(options);
  const outDir = resolve(context.cwd, options.out);
  if (outDir === resolve(context.dataDir) || resolve(context.dataDir).startsWith(outDir + sep)) {
    throw new UsageError(`--out ${options.out} would write into the data folder; choose another folder`);
  }
  // A worker for the HTML starts now, while the records load, if the repository is large.
  const converter = options.html ? (await import('./render-html.js')).createHtmlConverter(countRecordFiles(context.dataDir) >= 1000) : undefined;
  let loaded;
  try {
    loaded = await loadRepositoryFromDisk(context);
  } catch (error) {
    await converter?.close();
    throw error;
  }
  const { result, files } = loaded;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const fromCwd = relative(context.cwd, context.dataDir);
    const prefix = (fromCwd.startsWith('..') || isAbsolute(fromCwd) ? context.dataDir : fromCwd).split(sep).join('/');
    const stylish = await loadFormatter('stylish');
    process.stderr.write(
      stylish(errors, { summary: summarize(errors, result.model.fileCount), displayPrefix: prefix === '' ? '' : `${prefix}/`, files, color: context.color }),
    );
    if (!options.force) {
      process.stderr.write(`styr: the records have ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing rendered (fix them, or use --force)\n`);
      await converter?.close();
      return EXIT.problems;
    }
    process.stderr.write(`styr: rendering despite ${errors.length} error${errors.length === 1 ? '' : 's'} (--force); invalid records are left out\n`);
  }
  const lang = context.lang ?? result.model.config.language;
  const pages = renderDocuments(result.model, names, { lang, today: context.today });
  const output: OutputFile[] = pages.map((p) => ({ path: p.path, content: p.markdown }));
  if (converter) {
    const labels = LABELS[lang];
    const htmlPages = await converter.convert(pages, {
      lang,
      stylesheet: STYLESHEET,
      ...(mermaidSource ? { mermaid: MERMAID } : {}),
      labels: {
        home: labels['nav.home'],
        footer: interpolate(labels['footer.generated'], { date: context.today }),
        diagramSource: labels['diagram.source'],
        siteTitle: result.model.config.organisation,
      },
    });
    for (const html of htmlPages) output.push({ path: html.path, content: html.html });
    output.push({ path: STYLESHEET, content: readFileSync(join(packageRoot(), 'templates', 'render', 'styr.css')) });
    if (mermaidSource) {
      output.push({ path: MERMAID.library, content: mermaidSource });
      output.push({ path: MERMAID.init, content: "mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });\n" });
    }
  }
  let summary;
  try {
    summary = writeOutput(outDir, output);
  } catch (error) {
    throw new IoError(`cannot write to ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const fromCwd = relative(context.cwd, outDir);
  const shown = fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? outDir : fromCwd;
  process.stdout.write(
    `rendered ${pages.length} page${pages.length === 1 ? '' : 's'}${options.html ? ' (Markdown and HTML)' : ''} to ${shown}${summary.removed ? `, removed ${summary.removed} stale file${summary.removed === 1 ? '' : 's'}` : ''}\n`,
  );
  return EXIT.ok;
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

function readMermaid(path: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`--mermaid: no such file '${path}' (give the path of a local mermaid.min.js)`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new IoError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
