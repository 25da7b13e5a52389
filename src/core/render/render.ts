// Render a set of documents plus the index page that links them. Pure: the
// same model, names, language and date give the same pages, byte for byte.
import type { RepositoryModel } from '../model/repository.js';
import { documentDescription, publicModel, renderedFor, withAudienceLine } from './audience.js';
import { createRenderContext, PATHS } from './context.js';
import { DOCUMENTS } from './documents.js';
import { stripMarks } from './language-marks.js';
import { inline, linkText, relativePath } from './markdown.js';
import { PageBuilder } from './page.js';
import type { Audience, DocumentRenderer, Page, RenderContext, RenderOptions } from './types.js';

const AUDIENCES: readonly Audience[] = ['public', 'it-staff'];

/** Render the named documents (registry order; all when `names` is empty) and the index. */
export function renderDocuments(model: RepositoryModel, names: readonly string[], options: RenderOptions): Page[] {
  return [...renderDocumentPages(model, names, options)].flat();
}

/**
 * The same pages as `renderDocuments`, one document at a time (the index
 * first), so a caller can start converting a document's pages to HTML while
 * the next document renders.
 */
export function* renderDocumentPages(model: RepositoryModel, names: readonly string[], options: RenderOptions): Generator<Page[]> {
  const audience = options.audience ?? 'internal';
  // A public rendering sees only the public view of the model: no renderer can show what is not there.
  if (audience === 'public' && !options.schemas) throw new Error('a public rendering needs the schemas (RenderOptions.schemas)');
  const viewed = audience === 'public' ? publicModel(model, options.schemas!) : model;
  const selected = DOCUMENTS.filter((d) => (names.length === 0 || names.includes(d.name)) && renderedFor(d.name, audience));
  const ctx = createRenderContext(
    viewed,
    options,
    selected.map((d) => d.name),
  );
  const marking = options.lang !== model.config.language;
  yield unmarked([withAudienceLine(ctx, renderIndex(ctx, selected))], marking);
  for (const doc of selected)
    yield unmarked(
      doc.render(ctx).map((page) => withAudienceLine(ctx, page)),
      marking,
    );
}

/** Pages whose Markdown and title are free of language marks; the marked Markdown is kept for the HTML. */
function unmarked(pages: Page[], marking: boolean): Page[] {
  if (!marking) return pages;
  return pages.map((p) => ({ path: p.path, title: stripMarks(p.title), markdown: stripMarks(p.markdown), marked: p.markdown }));
}

function renderIndex(ctx: RenderContext, documents: readonly DocumentRenderer[]): Page {
  const { t } = ctx;
  const page = new PageBuilder();
  const title = `${ctx.model.config.organisation} – ${t('index.title')}`;
  page.heading(1, title);
  page.add(inline(t('index.intro', { date: ctx.fmt.date(ctx.today) })));
  for (const audience of AUDIENCES) {
    const docs = documents.filter((d) => d.audience === audience);
    if (!docs.length) continue;
    page.heading(2, t(`index.audience.${audience}`));
    page.add(docs.map((d) => `- [${linkText(t(d.titleKey))}](${relativePath(PATHS.index, d.entry)}) – ${inline(t(documentDescription(ctx, d)))}`).join('\n'));
  }
  return { path: PATHS.index, title, markdown: page.toString() };
}
