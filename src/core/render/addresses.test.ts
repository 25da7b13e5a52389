// A web or e-mail address in a plain-text field stays a working link: in the
// Markdown (as GitHub reads it) and in the HTML made from it, with the address
// exactly as written in both the link and its text.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { TODAY, edit, loadTree, validTree } from '../../../test/helpers/repo.js';
import { createHtmlRenderer, onlyAllowedHtml } from './html.js';
import { cell, inline, linkText, paragraphs, table } from './markdown.js';
import { renderDocuments } from './render.js';

const URLS = [
  'https://intra.lovsala.se/system_dokumentation/drift_manual.pdf',
  'https://x.example/a*b*c~d~e',
  'https://sv.wikipedia.org/wiki/Klassa_(metod)',
  'https://x.example/sök?q=a_b&sort=desc&page=2#del_3',
  'http://x.example/a|b',
];

/** The links in HTML: [href, text], entities decoded. */
function anchors(html: string): [string, string][] {
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].map((m) => [decode(decodeURI(m[1]!)), decode(m[2]!)]);
}

describe('an address in record text', () => {
  it('is an autolink in the Markdown, the rest of the text still escaped', () => {
    expect(inline('Se https://x.example/a_b?q=1&r=(2). Frågor: anna_b@lovsala.se, *inte* [länk](x)')).toBe(
      'Se <https://x.example/a_b?q=1&r=(2)>. Frågor: <anna_b@lovsala.se>, \\*inte\\* \\[länk\\](x)',
    );
    expect(inline('(se https://x.example/a_(b))')).toBe('(se <https://x.example/a_(b)>)');
  });

  for (const url of URLS) {
    it(`keeps ${url} whole as the link and its text in HTML, in running text and in a table`, () => {
      // A `|` is percent-encoded so that a table cell does not split on it.
      const expected = url.replace(/\|/g, '%7C');
      for (const markdown of [paragraphs(`Dokumentation: ${url}, sidan 3.`), table(['a'], [[cell(`Se ${url}`)]])]) {
        const html = marked.parse(markdown, { gfm: true }) as string;
        expect(anchors(html), markdown).toEqual([[url, expected]]);
        expect(html).not.toContain('\\');
      }
    });
  }

  it('is a mailto link with the address as written', () => {
    const html = marked.parse(paragraphs('Kontakt: anna_b.c@lovsala.se.'), { gfm: true }) as string;
    expect(anchors(html)).toEqual([['mailto:anna_b.c@lovsala.se', 'anna_b.c@lovsala.se']]);
  });

  it('stays text inside the text of another link', () => {
    expect(linkText('Portal https://x.example/a_b')).toBe('Portal https\\://x.example/a\\_b');
  });

  it('is a link to http:// when written www.…', () => {
    const html = marked.parse(paragraphs('Se www.lovsala.se/kultur_fritid, tack.'), { gfm: true }) as string;
    expect(anchors(html)).toEqual([['http://www.lovsala.se/kultur_fritid', 'www.lovsala.se/kultur_fritid']]);
  });

  it('only becomes a link for http, https, www and e-mail', () => {
    for (const text of ['javascript:alert(1)_x', 'data:text/html,<b>x</b>_', 'ftp://x.example/a_b']) {
      expect(anchors(marked.parse(inline(text), { gfm: true }) as string), text).toEqual([]);
    }
  });

  it('works on a rendered page: a system description with an address is a link on the catalog page', () => {
    const url = 'https://intra.lovsala.se/skol_system/handbok_(v2).pdf?utg=3&typ=a_b';
    const tree = edit(validTree(), 'systems/skolsystem.yaml', (s) => (s.description = `Handbok: ${url}.`));
    const model = loadTree(tree).model;
    const page = renderDocuments(model, [], { lang: 'sv', today: TODAY }).find((p) => p.path === 'catalog/systems/skolsystem.md')!;
    const toHtml = createHtmlRenderer({ lang: 'sv', stylesheet: 'assets/styr.css', labels: { home: 'Start', footer: 'f', diagramSource: 'd', siteTitle: 'x' } });
    const { html } = toHtml(page);
    const body = html.slice(html.indexOf('<main>') + '<main>\n'.length, html.indexOf('</main>'));
    expect(anchors(body)).toContainEqual([url, url]);
    expect(onlyAllowedHtml(body)).toBe(true);
  });
});
