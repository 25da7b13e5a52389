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
import { applyMarks } from './language-marks.js';
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
  labels: { home: string; footer: string; diagramSource: string; siteTitle: string; print?: PrintLabels };
  /** The language the records are written in: record text on a page in another language is marked with it. */
  recordLang?: string;
}

/** The printed page's footer: the page's title and the date rendered for on the left, the page number on the right. */
export interface PrintLabels {
  /** "Framställd per 2026-11-29" — the date the records were rendered for. */
  asOf: string;
  /** "Sida {page} av {pages}" with the two placeholders left in. */
  pageNumber: string;
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

// The classes the table renderer below gives tables, their scrolling wrappers and printed links.
const TABLE_CLASSES = { div: ['table-wrap', 'wide'], table: ['matrix'], a: ['external'], th: ['nowrap'], td: ['nowrap'] };

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
    'caption',
    'div',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'class'],
    div: ['class', 'role', 'tabindex', 'aria-labelledby'],
    caption: ['id'],
    table: ['class'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }, { name: 'scope', multiple: false, values: ['col', 'row'] }, 'class'],
    td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }, 'class'],
    code: ['class'],
    pre: ['class'],
    figure: ['class'],
  },
  allowedClasses: { code: ['language-mermaid'], pre: ['mermaid'], figure: ['diagram', 'diagram-source'], ...TABLE_CLASSES },
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
        else if (attribute === 'class' && !value.split(' ').every((c) => (ALLOWED_CLASSES[tag] ?? []).includes(c))) ok = false;
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
  let tables: TableState = newTableState('');
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
        tables.heading = text;
        return `<h${depth} id="${escapeHtml(slug(text))}">${inner}</h${depth}>\n`;
      },
      table(token) {
        return renderTable(token, tables, (cell) => this.parser.parseInline(cell.tokens));
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
        // A web address whose text is not the address itself: print shows the address after it.
        const external = /^https?:/i.test(href) && plainText(inner) !== href ? ' class="external"' : '';
        return `<a href="${escapeHtml(href)}"${external}${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
    },
  });

  return (page) => {
    slug = createSlugger();
    tables = newTableState(page.title);
    const checked = safeHtml(marked.parse(page.marked ?? page.markdown) as string);
    const body = page.marked !== undefined ? applyMarks(checked, options.recordLang ?? 'sv') : checked;
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
<link rel="stylesheet" href="${rel(options.stylesheet)}">${printStyle(page.title, options)}
</head>
<body${tables.landscape ? ' class="landscape"' : ''}>
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

// ------------------------------------------------------------------ tables
//
// Every table gets a caption (the heading above it), column headers with
// scope="col", and row headers: the first column that is not a right-aligned
// number (a rank) heads its row. The table sits in a region that scrolls
// sideways on a narrow screen; the region can take focus, so a keyboard user
// can scroll it, and is named by the caption. How wide a table must be (its
// longest word per column) decides two things the stylesheet acts on:
// `wide` tables use the window's full width on a large screen, and a page
// holding a table that does not fit an A4 page upright prints in landscape.

interface TableState {
  /** The text of the last heading, the caption of the tables under it. */
  heading: string;
  count: number;
  landscape: boolean;
}

function newTableState(title: string): TableState {
  return { heading: title, count: 0, landscape: false };
}

/** Width of an average character of table text on screen (0.95rem system-ui), and a cell's padding and border, in CSS px. */
const SCREEN_CHAR = 8.6;
const CELL_PADDING = 21;
const MATRIX_COLUMN = 48;
/** Printed tables are set at 8.5pt (see styr.css): 0.745 of their size on screen. */
const PRINT_SCALE = 0.745;
/** The width of an upright A4 page inside the margins of styr.css (210 − 2 × 14 mm), in CSS px. */
const A4_PORTRAIT_WIDTH = (182 / 25.4) * 96;
/** The width of main's text column on screen (72rem less its padding). */
const COLUMN_WIDTH = 69 * 16;

/** A matrix of letters (RACI): at least five columns and nothing longer than three characters in its body but the row header. */
function isMatrix(rows: readonly (readonly string[])[], rowHeader: number, columns: number): boolean {
  if (columns < 5 || rows.length === 0) return false;
  return rows.every((row) => row.every((text, i) => i === rowHeader || text.trim().length <= 3));
}

function renderTable(token: Tokens.Table, state: TableState, inline: (cell: Tokens.TableCell) => string): string {
  const header = token.header.map(inline);
  const rows = token.rows.map((row) => row.map(inline));
  const texts = rows.map((row) => row.map(plainText));
  const rowHeader = token.header.findIndex((cell) => cell.align !== 'right');
  const matrix = isMatrix(texts, rowHeader, header.length);
  // The narrowest the table can be without breaking a word: its longest word per column.
  let minWidth = 0;
  header.forEach((cell, i) => {
    // Only a plain space breaks a line: numbers and money keep their (narrow) no-break spaces.
    const words = [...(matrix && i !== rowHeader ? [] : [plainText(cell)]), ...texts.map((row) => row[i] ?? '')].flatMap((text) => text.split(/[ \t\n]+/));
    // A matrix's upright role names take two or three lines of the column.
    const least = matrix && i !== rowHeader ? MATRIX_COLUMN : 0;
    minWidth += Math.max(least, Math.max(1, ...words.map((w) => w.length)) * SCREEN_CHAR + CELL_PADDING);
  });
  if (minWidth * PRINT_SCALE > A4_PORTRAIT_WIDTH) state.landscape = true;
  const wide = !matrix && (header.length >= 6 || minWidth > COLUMN_WIDTH * 0.8);
  const id = `table-${++state.count}`;
  const align = (cell: Tokens.TableCell) => (cell.align ? ` align="${cell.align}"` : '');
  const head = token.header.map((cell, i) => `<th scope="col"${align(cell)}>${header[i]}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row
          .map((html, i) => {
            const cell = token.header[i]!;
            // One short word (a date, an id, an amount) is not broken at its hyphens or spaces.
            const text = plainText(html);
            const attributes = `${align(cell)}${text.length <= 12 && !text.includes(' ') ? ' class="nowrap"' : ''}`;
            return i === rowHeader ? `<th scope="row"${attributes}>${html}</th>` : `<td${attributes}>${html}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap${wide ? ' wide' : ''}" role="region" tabindex="0" aria-labelledby="${id}">
<table${matrix ? ' class="matrix"' : ''}>
<caption id="${id}">${escapeHtml(state.heading)}</caption>
<thead><tr>${head}</tr></thead>
${body ? `<tbody>${body}</tbody>\n` : ''}</table>
</div>
`;
}

/** The text of a bit of rendered HTML: tags dropped, the entities marked writes decoded. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>|[\uE000-\uE002]/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? '');
}

// ------------------------------------------------------------------ print

/**
 * The printed page's footer in @page margin boxes (Chromium draws them since
 * version 131): the page's title and the date on the left, "Sida 3 av 12" on
 * the right. The text differs per page, so it is a style element of its own;
 * every character but letters, digits and spaces is a CSS escape, so record
 * text cannot end the string or the element.
 */
function printStyle(title: string, options: HtmlOptions): string {
  const print = options.labels.print;
  if (!print) return '';
  const [before = '', middle = '', after = ''] = print.pageNumber.split(/\{page\}|\{pages\}/);
  const left = `${cssString(`${title} · ${options.labels.siteTitle} · ${print.asOf}`)}`;
  const right = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  return `\n<style>@page { @bottom-left { content: ${left}; } @bottom-right { content: ${right}; } }</style>`;
}

function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}
