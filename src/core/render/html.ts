// Markdown pages → standalone HTML pages for the intranet. marked renders;
// sanitize-html then removes anything executable (record text is already
// escaped in the Markdown; this is the second wall). Links to `.md` pages are
// rewritten to `.html`, headings get the same anchors GitHub gives them, and
// Mermaid diagrams stay readable source unless a local Mermaid is shipped.
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { createSlugger, relativePath } from './markdown.js';
import type { Page } from './types.js';

export interface HtmlOptions {
  lang: string;
  /** Stylesheet path relative to the output root. */
  stylesheet: string;
  /** Path of a shipped Mermaid (relative to the output root), with its start-up script; undefined shows diagrams as source. */
  mermaid?: { library: string; init: string };
  labels: { home: string; footer: string; diagramSource: string; siteTitle: string };
}

export interface HtmlPage {
  path: string;
  html: string;
}

const SAFE_LINK = /^(https?:|mailto:|[^:]*$)/i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `page.md#x` → `page.html#x` for relative links; other links unchanged. */
export function htmlHref(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#')) return href;
  return href.replace(/\.md(?=$|[#?])/, '.html');
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'a', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption'],
  allowedAttributes: {
    a: ['href', 'title'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    th: ['align'],
    td: ['align'],
    code: ['class'],
    pre: ['class'],
    figure: ['class'],
  },
  allowedClasses: { code: ['language-mermaid'], pre: ['mermaid'], figure: ['diagram-source'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
};

export function createHtmlRenderer(options: HtmlOptions): (page: Page) => HtmlPage {
  let slug = createSlugger();
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    walkTokens(token) {
      if (token.type === 'link') (token as Tokens.Link).href = htmlHref((token as Tokens.Link).href);
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const text = inner.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/&(amp|lt|gt|quot);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? '');
        return `<h${depth} id="${escapeHtml(slug(text))}">${inner}</h${depth}>\n`;
      },
      code({ text, lang }) {
        if (lang === 'mermaid') {
          if (options.mermaid) return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`;
          return `<figure class="diagram-source"><pre><code class="language-mermaid">${escapeHtml(text)}</code></pre><figcaption>${escapeHtml(options.labels.diagramSource)}</figcaption></figure>\n`;
        }
        return `<pre><code>${escapeHtml(text)}</code></pre>\n`;
      },
      // Raw HTML in the Markdown is shown as text, never passed through.
      html({ text }) {
        return escapeHtml(text);
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        if (!SAFE_LINK.test(href)) return inner;
        return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
    },
  });

  return (page) => {
    slug = createSlugger();
    const body = sanitizeHtml(marked.parse(page.markdown) as string, SANITIZE);
    const path = page.path.replace(/\.md$/, '.html');
    const rel = (to: string) => escapeHtml(relativePath(path, to));
    const scripts = options.mermaid ? `\n<script src="${rel(options.mermaid.library)}"></script>\n<script src="${rel(options.mermaid.init)}"></script>` : '';
    const html = `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="styr">
<title>${escapeHtml(page.title)} – ${escapeHtml(options.labels.siteTitle)}</title>
<link rel="stylesheet" href="${rel(options.stylesheet)}">
</head>
<body>
<header class="site"><a href="${rel('index.html')}">${escapeHtml(options.labels.home)}</a> <span class="site-title">${escapeHtml(options.labels.siteTitle)}</span></header>
<main>
${body}</main>
<footer class="site">${escapeHtml(options.labels.footer)}</footer>${scripts}
</body>
</html>
`;
    return { path, html };
  };
}
