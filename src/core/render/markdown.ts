// Markdown building blocks. Record text is data, never markup: everything taken
// from a record goes through `inline`, `paragraphs` or `cell`, which escape the
// characters that Markdown or HTML would interpret. Links go through `link`,
// which accepts only http(s), mailto and relative targets.

// ASCII punctuation that starts Markdown or HTML syntax inline (CommonMark lets
// any ASCII punctuation be backslash-escaped). `$` starts math on GitHub.
const INLINE_SPECIAL = /[\\`*_{}[\]<>#!|~&$]/g;

// Anything `inline` would change: most record text has none of it and is returned as is.
// eslint-disable-next-line no-control-regex -- control characters force the escaping path
const NEEDS_INLINE = /[\u0000-\u001f\u007f\u2028\u2029\\`*_{}[\]<>#!|~&$]|^\s|\s$/;

/**
 * Record text for use inside a line: one line, every Markdown/HTML special
 * escaped, and web and e-mail addresses written as links (`<https://…>`).
 * Inside an autolink nothing is an escape, so an address keeps its `_`, `*`,
 * `(` or `~` in both the link and its text; escaped as the rest of the text,
 * the backslashes would end up in both once GitHub or the HTML renderer turns
 * the bare address into a link.
 */
export function inline(text: string | number | undefined | null): string {
  if (text === undefined || text === null) return '';
  const value = String(text);
  if (!NEEDS_INLINE.test(value)) return value;
  const line = oneLine(value);
  let out = '';
  let last = 0;
  for (const m of line.matchAll(ADDRESS)) {
    const address = trimAddress(m[0]);
    out += escapeInline(line.slice(last, m.index)) + autolink(address);
    last = m.index + address.length;
  }
  return out + escapeInline(line.slice(last));
}

/**
 * Record text for the text of a link (`[text](target)`): as `inline`, but an
 * address in it stays text, since a link cannot hold another link.
 */
export function linkText(text: string | number | undefined | null): string {
  if (text === undefined || text === null) return '';
  const value = String(text);
  return NEEDS_INLINE.test(value) ? escapeInline(oneLine(value)) : value;
}

function oneLine(value: string): string {
  return (
    value
      .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- record text loses its control characters
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
  );
}

/** Escape the specials; a `://` that is not an http(s) address (ftp://…) is broken up so that no renderer links it. */
function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(/:(?=\/\/)/g, '\\:');
}

// A web address (http, https or www.…) or an e-mail address in running text: it ends at
// white space, quotes or angle brackets (which an autolink cannot hold).
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'`\\]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Sentence punctuation after an address is not part of it; nor is a `)` without its `(`. */
function trimAddress(address: string): string {
  let out = address;
  for (;;) {
    const trimmed = out.replace(/[.,:;!?*_~]+$/, '');
    if (trimmed.endsWith(')') && (trimmed.match(/\(/g)?.length ?? 0) < (trimmed.match(/\)/g)?.length ?? 0)) {
      out = trimmed.slice(0, -1);
      continue;
    }
    if (trimmed === out) return out;
    out = trimmed;
  }
}

/**
 * An address as an autolink. ADDRESS leaves out everything an autolink cannot
 * hold; a `|` is percent-encoded so that a table cell does not split on it.
 */
function autolink(address: string): string {
  // www.… has no scheme, which an autolink needs: a link with the address as its text.
  if (address.startsWith('www.')) return `[${escapeInline(address)}](${safeUrl(`http://${address}`)})`;
  return `<${address.replace(/\|/g, '%7C')}>`;
}

/** Record text in a table cell: inline, and never empty (an empty cell reads as a gap). */
export function cell(text: string | number | undefined | null, none = '–'): string {
  const out = inline(text);
  return out === '' ? none : out;
}

// A line that would start a block (heading, quote, list, rule, setext underline,
// indented code) if written as is.
const BLOCK_START = /^(\s*)([-+=>]|\d+[.)])/;

/** Multi-line record text as Markdown paragraphs; blank lines separate paragraphs. */
export function paragraphs(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => inline(line).replace(BLOCK_START, (_m, _ws: string, marker: string) => `\\${marker}`))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((para) => para !== '')
    .join('\n\n');
}

/** A GitHub-flavoured table. Cells must already be escaped (use `cell`). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const sep = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? '–' : c)).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n');
}

/** A bullet list of already-escaped items. */
export function bullets(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** `**Label:** value` lines for a fact list; entries with an empty value are left out. */
export function facts(entries: readonly (readonly [string, string | undefined])[]): string {
  return bullets(entries.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `**${k}:** ${v}`));
}

const SAFE_SCHEME = /^(https?:|mailto:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The URL if it is http(s), mailto or relative; undefined for anything else (javascript:, data:, //host…). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex -- control characters in a link target are refused
  if (/[\u0000-\u001f\u007f]/.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('\\')) return undefined;
  if (ANY_SCHEME.test(trimmed) && !SAFE_SCHEME.test(trimmed)) return undefined;
  // Characters that would end or break a Markdown link destination.
  return trimmed.replace(/[\s()<>"`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link whose text is record text; an unsafe target leaves just the text. */
export function link(text: string, url: string | undefined): string {
  const label = linkText(text);
  const target = safeUrl(url);
  return target ? `[${label}](${target})` : label;
}

/** An e-mail link for an address from a record. */
export function mailto(address: string | undefined, text?: string): string {
  if (!address) return '';
  if (!/^[^\s@<>()"]+@[^\s@<>()"]+$/.test(address)) return linkText(text ?? address);
  return link(text ?? address, `mailto:${address}`);
}

const relativePaths = new Map<string, string>();

/** Relative path from one output page to another (both POSIX, relative to the output root). */
export function relativePath(from: string, to: string): string {
  // Pages link to the same targets from the same folders over and over; the folder decides the answer.
  const key = `${from.slice(0, from.lastIndexOf('/') + 1)}\u0000${to}`;
  let path = relativePaths.get(key);
  if (path === undefined) {
    path = computeRelativePath(from, to);
    if (relativePaths.size > 100_000) relativePaths.clear();
    relativePaths.set(key, path);
  }
  return path;
}

function computeRelativePath(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let i = 0;
  while (i < fromDir.length && i < toParts.length - 1 && fromDir[i] === toParts[i]) i++;
  return [...fromDir.slice(i).map(() => '..'), ...toParts.slice(i)].join('/');
}

/**
 * The anchor GitHub (and GitLab) give a heading: lower case, punctuation
 * dropped, spaces to hyphens. The HTML renderer gives headings the same ids,
 * so `page.md#anchor` and `page.html#anchor` both resolve.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Unique heading slugs within one page, numbered as GitHub numbers repeated headings. */
export function createSlugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const original = headingSlug(text);
    let slug = original;
    while (occurrences.has(slug)) {
      const n = (occurrences.get(original) ?? 0) + 1;
      occurrences.set(original, n);
      slug = `${original}-${n}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o', ß: 'ss' };

/** An ASCII file-name slug for free text (a business area): å→a, ä→a, ö→o, other runs → '-'. */
export function asciiSlug(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(/[åäöéèüæøß]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return folded === '' ? 'x' : folded.slice(0, 60);
}

/** Fill `{name}` placeholders. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

/** Compare strings the same way on every machine (no locale-dependent collation). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
