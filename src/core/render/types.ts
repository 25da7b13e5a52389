// The shapes every renderer shares: a page, the options, the render context,
// and a document renderer (one entry in the registry in documents.ts).
import type { RepositoryModel } from '../model/repository.js';
import type { Language } from '../model/types.js';
import type { Formatters } from '../i18n/format.js';
import type { MessageKey as LabelKey } from '../i18n/catalog.js';
import type { MessageValues } from '../i18n/translate.js';

/** One rendered page. `path` is POSIX, relative to the output folder, ASCII, ends in `.md`. */
export interface Page {
  path: string;
  title: string;
  markdown: string;
  /**
   * The Markdown with language marks (language-marks.ts), when the records
   * are in another language than the page: the HTML marks record text with it.
   */
  marked?: string;
}

export interface RenderOptions {
  lang: Language;
  /** YYYY-MM-DD; renderers never read the clock. */
  today: string;
  /**
   * Who may read this rendering (`styr render --audience`): `internal`
   * (default) renders everything; `public` leaves out internal documents,
   * sections and field values.
   */
  audience?: RenderAudience;
  /** The schemas by file name ('plan.schema.json'): which fields are internal. Needed for a public rendering. */
  schemas?: ReadonlyMap<string, object>;
}

/** The readership of a whole rendering. */
export type RenderAudience = 'public' | 'internal';

/** Who a document is written for; the index groups documents by it. */
export type Audience = 'public' | 'it-staff';

export interface RenderContext extends RenderOptions {
  audience: RenderAudience;
  model: RepositoryModel;
  /** Label lookup with `{name}` placeholders filled in. */
  t(key: LabelKey, values?: MessageValues): string;
  fmt: Formatters;
  /** The documents rendered in this run: cross-document links only to these. */
  included: ReadonlySet<string>;
}

export interface DocumentRenderer {
  /** The name on the command line (`styr render NAME`), kebab-case ASCII. */
  name: string;
  audience: Audience;
  /** Label keys of the document's title and one-line description on the index. */
  titleKey: LabelKey;
  descriptionKey: LabelKey;
  /** Path of the document's entry page; the first page `render` returns. */
  entry: string;
  render(ctx: RenderContext): Page[];
}
