// Markdown pages → standalone HTML pages for the intranet. Links to `.md`
// pages are rewritten to `.html`, headings get the same anchors GitHub gives
// them, and Mermaid diagrams stay readable source unless a local Mermaid is
// shipped.
//
// Record text is data, not markup, behind three walls:
// 1. the renderers escape record text in the Markdown they write;
// 2. marked's renderer here escapes any raw HTML and drops unsafe links;
// 3. the HTML marked makes is parsed (htmlparser2) and checked against the
//    allowlist below: tags, attributes, classes and link schemes. A page with
//    anything else goes through sanitize-html with that same allowlist.
//    Checking costs a fifth of sanitising every page, and what passes the
//    check is already what the sanitiser would keep.
// The Content-Security-Policy of every page (no inline script) is a fourth.
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';
import { Marked } from 'marked';
import type { Tokens } from 'marked';
import type sanitizeHtml from 'sanitize-html';
import { createSlugger, relativePath } from './markdown.js';
import { mermaidFigure } from './mermaid.js';
import type { Page } from './types.js';

export interface HtmlOptions {
  lang: string;
  /** Who the rendering is for (`styr render --audience`), named in a meta tag on every page. */
  audience?: string;
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

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `page.md#x` → `page.html#x` for relative links; other links unchanged. */
export function htmlHref(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#')) return href;
  return href.replace(/\.md(?=$|[#?])/, '.html');
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'a',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    code: ['class'],
    pre: ['class'],
    figure: ['class'],
  },
  allowedClasses: { code: ['language-mermaid'], pre: ['mermaid'], figure: ['diagram', 'diagram-source'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
};

const ALLOWED_TAGS = new Set(SANITIZE.allowedTags as string[]);
const ALLOWED_ATTRIBUTES = SANITIZE.allowedAttributes as Record<string, (string | sanitizeHtml.AllowedAttribute)[]>;
const ALLOWED_CLASSES = SANITIZE.allowedClasses as Record<string, string[]>;
/** Relative links without a scheme, and http(s) and mailto links; no whitespace or control characters anywhere. */
// eslint-disable-next-line no-control-regex -- control characters in a link are what the check refuses
const ALLOWED_HREF = /^(?:(?![/\\]{2})[^:\s\x00-\x1f\\]*|(?:https?:\/\/|mailto:)[^\s\x00-\x1f\\]*)$/i;

/**
 * True if `html` holds only allowlisted tags with allowlisted attributes,
 * classes and link targets, and no comment, CDATA or processing instruction.
 * Stricter than the sanitiser where that is simpler: anything in doubt fails
 * and goes to the sanitiser.
 *
 * A sentinel `<hr>` is parsed after the input and must come out as a tag of
 * its own at the very end: a tag, attribute or comment the input leaves open
 * (which htmlparser2 drops at the end, but a browser continues into the page
 * around it) swallows the sentinel and fails the check. Attributes are checked
 * one by one as the parser meets them, duplicates and odd names included.
 */
export function onlyAllowedHtml(html: string): boolean {
  let ok = true;
  let tag = '';
  let closedCleanly = false;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        tag = name;
        if (parser.startIndex === html.length && name === 'hr') closedCleanly = true;
        else if (!ALLOWED_TAGS.has(name)) ok = false;
      },
      onattribute(attribute, value) {
        const spec = (ALLOWED_ATTRIBUTES[tag] ?? []).find((a) => (typeof a === 'string' ? a : a.name) === attribute);
        if (spec === undefined) ok = false;
        else if (typeof spec !== 'string' && !spec.values.includes(value)) ok = false;
        else if (attribute === 'href' && !ALLOWED_HREF.test(value)) ok = false;
        else if (attribute === 'class' && !(ALLOWED_CLASSES[tag] ?? []).includes(value)) ok = false;
      },
      onclosetag(name) {
        if (!ALLOWED_TAGS.has(name)) ok = false;
      },
      oncomment() {
        ok = false;
      },
      oncdatastart() {
        ok = false;
      },
      onprocessinginstruction() {
        ok = false;
      },
    },
    { decodeEntities: true },
  );
  parser.end(`${html}<hr>`);
  return ok && closedCleanly;
}

let sanitizer: typeof sanitizeHtml | undefined;

/** `html` as it is if it passes the allowlist check, else as sanitize-html leaves it. */
export function safeHtml(html: string): string {
  if (onlyAllowedHtml(html)) return html;
  sanitizer ??= createRequire(import.meta.url)('sanitize-html') as typeof sanitizeHtml;
  return sanitizer(html, SANITIZE);
}

/** The HTML page's path for a Markdown page's path. */
export function htmlPath(markdownPath: string): string {
  return markdownPath.replace(/\.md$/, '.html');
}

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
        const text = inner
          .replace(/<[^>]*>/g, '')
          .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
          .replace(/&(amp|lt|gt|quot);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? '');
        return `<h${depth} id="${escapeHtml(slug(text))}">${inner}</h${depth}>\n`;
      },
      code({ text, lang }) {
        if (lang === 'mermaid')
          return mermaidFigure(text, { drawn: options.mermaid !== undefined, sourceLabel: options.labels.diagramSource, escape: escapeHtml, href: htmlHref });
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
    const body = safeHtml(marked.parse(page.markdown) as string);
    const path = htmlPath(page.path);
    const rel = (to: string) => escapeHtml(relativePath(path, to));
    // Mermaid only where there is a diagram: a page without one loads no 3.5 MB script.
    const scripts =
      options.mermaid && body.includes('<pre class="mermaid">')
        ? `\n<script src="${rel(options.mermaid.library)}"></script>\n<script src="${rel(options.mermaid.init)}"></script>`
        : '';
    const html = `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="styr">${options.audience ? `\n<meta name="styr-audience" content="${escapeHtml(options.audience)}">` : ''}
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
