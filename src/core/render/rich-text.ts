// Record text that is written in Markdown: a tactical plan's introduction.
// The text is read with marked's lexer, the same parser that later makes the
// HTML, and kept as written only if every construct in it is on a short list:
// paragraphs, emphasis, strikethrough, code spans, line breaks, lists, block
// quotes, tables, rules, and links to http(s), mailto or relative targets.
// Anything else anywhere in the text (raw HTML, a heading, an image, a code
// block, a link reference definition, a task-list box, a link elsewhere) and
// the whole text is escaped instead, as all other record text is.
import { Lexer, marked } from 'marked';
import type { Token } from 'marked';
import { paragraphs, safeUrl } from './markdown.js';

const ALLOWED: ReadonlySet<string> = new Set([
  'space',
  'paragraph',
  'text',
  'strong',
  'em',
  'del',
  'codespan',
  'br',
  'escape',
  'list',
  'list_item',
  'blockquote',
  'table',
  'hr',
  'link',
]);

/** The text as Markdown if it uses only the allowed constructs, else escaped as plain paragraphs. */
export function markdownText(text: string | undefined): string {
  if (!text) return '';
  const source = text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- record text loses its control characters
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, '')
    .replace(/^\n+|\s+$/g, '');
  return onlyAllowedMarkdown(source) ? source : paragraphs(source);
}

/** True if every token of `source` is an allowed construct and every link target is safe. */
export function onlyAllowedMarkdown(source: string): boolean {
  const tokens = new Lexer({ gfm: true }).lex(source);
  if (Object.keys(tokens.links).length > 0) return false;
  let ok = true;
  marked.walkTokens(tokens, (token: Token) => {
    if (!ALLOWED.has(token.type)) ok = false;
    else if (token.type === 'link' && !safeTarget(token.href)) ok = false;
    else if (token.type === 'list_item' && token.task) ok = false;
  });
  return ok;
}

function safeTarget(href: string): boolean {
  return href !== '' && !/[&\\]/.test(href) && safeUrl(href) === href;
}
