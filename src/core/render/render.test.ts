import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, TODAY, edit, loadTree, readTree, validTree } from '../../../test/helpers/repo.js';
import type { FileTree } from '../../../test/helpers/repo.js';
import { contractsByUrgency } from './contracts.js';
import { createRenderContext } from './context.js';
import { documentNames } from './documents.js';
import { createHtmlRenderer, htmlHref, onlyAllowedHtml, safeHtml } from './html.js';
import { CATALOG } from '../i18n/catalog.js';

const { sv, en } = CATALOG;
import { cell, createSlugger, inline, paragraphs, relativePath, safeUrl } from './markdown.js';
import { markdownText } from './rich-text.js';
import { mermaidId, mermaidLabel } from './mermaid.js';
import { renderDocuments } from './render.js';
import { SPLIT_AT } from './systems-map.js';
import type { Page } from './types.js';

const renderTree = (tree: FileTree, lang: 'sv' | 'en' = 'sv', names: string[] = []) => renderDocuments(loadTree(tree).model, names, { lang, today: TODAY });
const xssTree = () => readTree(join(FIXTURES, 'render-xss'));
const catalogPages = (pages: Page[]) => pages.filter((p) => p.path.startsWith('catalog/'));

describe('labels', () => {
  it('have the same keys in Swedish and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const table of [sv, en]) for (const value of Object.values(table)) expect(value.trim()).not.toBe('');
  });
});

describe('markdown helpers', () => {
  it('escape record text so Markdown and HTML specials stay text', () => {
    expect(inline('<b>x</b> | *y* [a](b) `c` $d$ # e')).toBe('\\<b\\>x\\</b\\> \\| \\*y\\* \\[a\\](b) \\`c\\` \\$d\\$ \\# e');
    expect(inline('two\nlines')).toBe('two lines');
    expect(cell('')).toBe('–');
    expect(paragraphs('# not a heading\n- not a list\n1. not a list\n\nsecond')).toBe('\\# not a heading\n\\- not a list\n\\1. not a list\n\nsecond');
  });

  it('let only http(s), mailto and relative link targets through', () => {
    expect(safeUrl('https://example.org/a b(c)')).toBe('https://example.org/a%20b%28c%29');
    expect(safeUrl('mailto:a@b.se')).toBe('mailto:a@b.se');
    expect(safeUrl('../x.md')).toBe('../x.md');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'java\u0000script:x']) {
      expect(safeUrl(bad)).toBeUndefined();
    }
  });

  it('number repeated heading anchors the way GitHub does', () => {
    const slug = createSlugger();
    expect([slug('Gemensam IT'), slug('Gemensam IT'), slug('Gemensam IT-1'), slug('Åtgärder & "risker"')]).toEqual([
      'gemensam-it',
      'gemensam-it-1',
      'gemensam-it-1-1',
      'åtgärder--risker',
    ]);
  });

  it('compute relative links between output pages', () => {
    expect(relativePath('catalog/services/a.md', 'catalog/systems/b.md')).toBe('../systems/b.md');
    expect(relativePath('index.md', 'plans/index.md')).toBe('plans/index.md');
    expect(relativePath('plans/x.md', 'index.md')).toBe('../index.md');
    expect(htmlHref('../a.md#x')).toBe('../a.html#x');
    expect(htmlHref('https://example.org/a.md')).toBe('https://example.org/a.md');
  });

  it('make Mermaid ids and labels safe', () => {
    expect(mermaidId('s', 'end')).toBe('s_end');
    expect(mermaidLabel('a "b" ]c[ <d> `e` #f; |g|')).not.toMatch(/["[\]<>`|]/);
  });
});

describe('renderDocuments', () => {
  it('is deterministic: the same records, language and date give the same pages', () => {
    const a = renderTree(xssTree());
    const b = renderTree(xssTree());
    expect(b).toEqual(a);
  });

  it('writes no undefined, NaN or [object Object] on any page, in either language', () => {
    for (const tree of [validTree(), xssTree()]) {
      for (const lang of ['sv', 'en'] as const) {
        for (const page of renderTree(tree, lang)) {
          expect(page.markdown, page.path).not.toMatch(/undefined|NaN|\[object Object\]|\{[a-z]+\}/);
          expect(page.path).toMatch(/^[a-z0-9][a-z0-9/._-]*\.md$/);
        }
      }
    }
  });

  it('gives every published active system and service a catalog page, and links it from the catalog index', () => {
    const pages = renderTree(xssTree());
    const paths = new Set(pages.map((p) => p.path));
    const index = pages.find((p) => p.path === 'catalog/index.md')!;
    for (const id of ['skolsystem', 'katalog', 'elaksystem']) {
      expect(paths.has(`catalog/systems/${id}.md`), id).toBe(true);
      expect(index.markdown).toContain(`systems/${id}.md`);
    }
    for (const id of ['skolstod', 'elak']) expect(paths.has(`catalog/services/${id}.md`), id).toBe(true);
  });

  it('keeps internal records, internal notes, classification, costs and continuity off catalog pages', () => {
    const pages = renderTree(xssTree());
    const catalog = catalogPages(pages)
      .map((p) => p.markdown)
      .join('\n');
    expect(pages.some((p) => p.path.includes('hemlig'))).toBe(false);
    expect(catalog).not.toMatch(/INTERNAL-(SERVICE|SYSTEM)-MARKER|Hemligt system|Hemlig tjänst/);
    for (const lang of ['sv', 'en'] as const) {
      const all = renderTree(xssTree(), lang)
        .map((p) => p.markdown)
        .join('\n');
      expect(all).not.toContain('INTERNAL-NOTE-MARKER');
    }
    // classification levels, costs, contracts and continuity belong to the IT staff's pages
    expect(catalog).not.toMatch(
      /synnerligen allvarlig|Säkerhetsskyddsklassad|Konfidentialitet|Kontinuitet|kontinuitet|Reservrutin|Närvaro på papper|AVT-|\d\u00a0kr|SEK/,
    );
    const plan = pages.find((p) => p.path === 'plans/skola-2027.md')!.markdown;
    expect(plan).toContain('Kontinuitetsplan');
    expect(pages.find((p) => p.path === 'contracts/index.md')!.markdown).toContain('123');
  });

  it('links to other documents only when they are rendered too', () => {
    const pages = renderTree(validTree(), 'sv', ['catalog']);
    expect(pages.map((p) => p.path).filter((p) => !p.startsWith('catalog/'))).toEqual(['index.md']);
    expect(pages.map((p) => p.markdown).join('\n')).not.toContain('plans/');
  });

  it('sorts contracts by days to the notice deadline, passed deadlines first, ended ones apart', () => {
    const { running, ended } = contractsByUrgency(loadTree(xssTree()).model, TODAY);
    expect(running.map((r) => [r.rec.id, r.terms.daysToNoticeDeadline])).toEqual([
      ['avtal-passerat', -92],
      ['avtal-internt', 89],
      ['avtal-skola', 395],
    ]);
    expect(ended.map((r) => r.rec.id)).toEqual(['avtal-gammalt']);
    const page = renderTree(xssTree()).find((p) => p.path === 'contracts/index.md')!.markdown;
    const order = ['avtal-passerat.md', 'avtal-internt.md', 'avtal-skola.md'].map((f) => page.indexOf(f));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('splits yearly cost by department and shows what is not allocated', () => {
    const page = renderTree(xssTree()).find((p) => p.path === 'contracts/index.md')!.markdown;
    const departments = page.slice(page.indexOf('## Årskostnad per förvaltning'));
    // 60 % of 123 457 kr to Utbildning; the rest of it and the other running contracts unallocated
    expect(departments).toContain('| Utbildningsförvaltningen | 74\u00a0074\u00a0kr |');
    expect(departments).toContain('| *Ofördelat* | 509\u00a0383\u00a0kr |');
    expect(departments).toContain('**583\u00a0457\u00a0kr**');
  });

  it('lists on the plans summary exactly what the management-plan and continuity rules report', () => {
    let tree = validTree();
    tree = edit(tree, 'plans/skola-2027.yaml', (p) => {
      p.status = 'draft';
      delete p.approved;
      p.continuity.lastReviewed = '2025-01-01';
      delete p.continuity.lastExercised;
    });
    tree = edit(tree, 'systems/katalog.yaml', (s) => {
      s.managedObject = 'katalog';
    });
    tree = edit(tree, 'plans/skola-2027.yaml', (p) => {
      p.systems = ['skolsystem'];
    });
    const result = loadTree(tree);
    const ruleIds = [
      'system/management-plan',
      'plan/unapproved',
      'continuity/missing',
      'continuity/stale-review',
      'continuity/stale-exercise',
      'continuity/recovery-targets',
    ];
    const expected = result.diagnostics
      .filter((d) => ruleIds.includes(d.rule))
      .map((d) => d.rule)
      .sort();
    expect(expected).toEqual(['continuity/stale-exercise', 'continuity/stale-review', 'plan/unapproved', 'system/management-plan']);
    const summary = renderDocuments(result.model, ['plans'], { lang: 'en', today: TODAY }).find((p) => p.path === 'plans/index.md')!.markdown;
    const findings = summary.slice(summary.indexOf('### To be dealt with'), summary.indexOf('### Management plans 2027'));
    const rows = findings.split('\n').filter((l) => /^\| (error|warning) /.test(l));
    expect(rows).toHaveLength(expected.length);
    expect(findings).toContain('the plan is a draft and not approved');
    expect(findings).toContain('in production: no management plan for 2027');
    expect(findings).toContain('the continuity plan has never been exercised');
    expect(findings).toContain('last reviewed on 1 January 2025, more than 12 months ago');
  });

  it('draws one diagram per business area above the split size, with Mermaid-safe ids', () => {
    let tree = validTree();
    for (let i = 0; i < SPLIT_AT + 5; i++) {
      const area = ['Skola', 'Vård & omsorg', 'Ekonomi'][i % 3];
      tree = {
        ...tree,
        [`systems/end-${i}.yaml`]: `id: end-${i}\nname: 'System ${i} "x"'\nbusinessArea: ${JSON.stringify(area)}\nlifecycle: planned\nintegrations:\n  - { target: end-${(i + 1) % (SPLIT_AT + 5)}, direction: outbound, data: Data }\n`,
      };
    }
    const pages = renderTree(tree, 'sv', ['systems-map']);
    const map = pages.filter((p) => p.path.startsWith('systems-map/')).map((p) => p.path);
    expect(map).toEqual([
      'systems-map/index.md',
      'systems-map/ekonomi.md',
      'systems-map/gemensam-it.md',
      'systems-map/skola.md',
      'systems-map/utbildning.md',
      'systems-map/vard-omsorg.md',
    ]);
    const skola = pages.find((p) => p.path === 'systems-map/skola.md')!.markdown;
    const diagram = skola.slice(skola.indexOf('```mermaid'), skola.indexOf('```', skola.indexOf('```mermaid') + 3));
    expect(diagram).toContain('s_end_0["System 0 #34;x#34;"]');
    expect(diagram).not.toMatch(/^\s*end_/m);
  });

  it('renders HTML without anything executable from record text', () => {
    const model = loadTree(xssTree()).model;
    const ctx = createRenderContext(model, { lang: 'sv', today: TODAY }, documentNames());
    const toHtml = createHtmlRenderer({
      lang: 'sv',
      stylesheet: 'assets/styr.css',
      labels: { home: 'Start', footer: 'f', diagramSource: 'd', siteTitle: ctx.model.config.organisation },
    });
    for (const page of renderDocuments(model, [], { lang: 'sv', today: TODAY })) {
      const { html } = toHtml(page);
      const body = html.slice(html.indexOf('<main>'));
      expect(body, page.path).not.toMatch(/<(script|img|iframe|svg|object|embed)\b|<[^>]*\son[a-z]+\s*=|<a\b[^>]*href="(?!https?:|mailto:|[^":]*")/i);
      expect(body).not.toMatch(/href="[^"]*\.md(#[^"]*)?"/);
    }
  });

  it('passes every page of the hostile fixture through the allowlist check unchanged, so the sanitiser is a fallback, not a crutch', () => {
    const model = loadTree(xssTree()).model;
    const toHtml = createHtmlRenderer({ lang: 'sv', stylesheet: 'assets/styr.css', labels: { home: 'Start', footer: 'f', diagramSource: 'd', siteTitle: 'x' } });
    const pages = renderDocuments(model, [], { lang: 'sv', today: TODAY });
    for (const page of pages) {
      const { html } = toHtml(page);
      const body = html.slice(html.indexOf('<main>') + '<main>\n'.length, html.indexOf('</main>'));
      expect(onlyAllowedHtml(body), page.path).toBe(true);
    }
    expect(pages.length).toBeGreaterThan(15);
  });
});

describe('markdownText (a tactical plan introduction)', () => {
  it('keeps paragraphs, lists, emphasis, code and safe links', () => {
    const text =
      'Planen har **två delar** och _en_ bilaga.\n\n- e-arkiv, etapp 2\n- lärplattform\n\nSe [rapporten](https://lovsala.example/it-leverans) eller [portföljen](../portfolio/index.md) och `styr plan`.\n';
    expect(markdownText(text)).toBe(text.trim());
  });

  it('escapes the whole text when anything in it is outside the allowed constructs', () => {
    const toHtml = createHtmlRenderer({ lang: 'sv', stylesheet: 'assets/styr.css', labels: { home: 'Start', footer: 'f', diagramSource: 'd', siteTitle: 'x' } });
    const hostile = [
      '<script>alert(1)</script>',
      '[klicka](javascript:alert(1))',
      '[klicka](&#106;avascript:alert(1))',
      '[klicka](//evil.example)',
      '[klicka](<javascript:alert(1)>)',
      '# Rubrik',
      '- # Rubrik i en lista',
      '1. # Rubrik',
      'Text\n-',
      'Text\n===',
      '- Foo\n    ===',
      '```\nkod',
      '    indragen kod',
      '![bild](https://evil.example/x.png)',
      '[x]: https://lovsala.example\n\n[klicka][x]',
      '- [x]: javascript:alert(1)\n\n[klicka][x]',
      '[a\\]b]: javascript:alert(1)\n\n[klicka][a\\]b]',
      '[a\nb]: javascript:alert(1)\n\n[klicka][a b]',
      '- [ ] en kryssruta',
      'Se **fet** text, men <b>rå html</b>',
    ];
    // Escaped by their authors: text as written, and text in the HTML too.
    const authorEscaped = ['Text med \\<img src=https://evil.example/t.png title=\\> i', '[x\\](javascript:alert(1))'];
    for (const input of authorEscaped) expect(markdownText(input), input).toBe(input);
    for (const input of [...hostile, ...authorEscaped]) {
      if (!authorEscaped.includes(input)) expect(markdownText(input), input).toBe(paragraphs(input));
      const { html } = toHtml({ path: 'p.md', title: 't', markdown: markdownText(input) });
      const body = html.slice(html.indexOf('<main>') + 7, html.indexOf('</main>'));
      // (a bare https URL in text is linked, as in all record text)
      expect(body, input).not.toMatch(/<(h\d|img|script|b|input|pre|code)\b|href="(?!https:\/\/)/);
    }
  });

  it('turns allowed Markdown into HTML with its formatting and links', () => {
    const toHtml = createHtmlRenderer({ lang: 'sv', stylesheet: 'assets/styr.css', labels: { home: 'Start', footer: 'f', diagramSource: 'd', siteTitle: 'x' } });
    const markdown = markdownText('Två **delar**.\n\n- ett\n- två\n\nSe [rapporten](https://lovsala.example/it) och [portföljen](../portfolio/index.md).');
    const { html } = toHtml({ path: 'tactical-plan/index.md', title: 't', markdown });
    const body = html.slice(html.indexOf('<main>') + 7, html.indexOf('</main>'));
    expect(body).toContain('<strong>delar</strong>');
    expect(body).toContain('<li>ett</li>');
    // A web link whose text is not its address prints the address after it (styr.css).
    expect(body).toContain('<a href="https://lovsala.example/it" class="external">rapporten</a>');
    expect(body).toContain('<a href="../portfolio/index.html">portföljen</a>');
    expect(onlyAllowedHtml(body)).toBe(true);
  });
});

describe('the HTML allowlist check and its sanitiser fallback', () => {
  const clean = [
    '<h2 id="drift">Drift</h2>\n<p>Text &amp; mer <strong>fet</strong> <em>kursiv</em> <code>kod</code></p>',
    '<table><thead><tr><th align="left">A</th><th align="right">B</th></tr></thead><tbody><tr><td>1</td><td align="center">2</td></tr></tbody></table>',
    '<p><a href="../catalog/systems/x.html#kontakt" title="t">x</a> <a href="https://example.org/a?b=c">e</a> <a href="mailto:a@lovsala.example">m</a> <a href="#top">t</a></p>',
    '<figure class="diagram-source"><pre><code class="language-mermaid">flowchart LR</code></pre><figcaption>k</figcaption></figure>',
    '<pre class="mermaid">flowchart LR\n a --&gt; b</pre>',
  ];
  it('accepts what the renderer makes, and leaves it byte for byte', () => {
    for (const html of clean) {
      expect(onlyAllowedHtml(html), html).toBe(true);
      expect(safeHtml(html)).toBe(html);
    }
  });

  const hostile = [
    '<script>window.__xss = 1</script>',
    '<img src="x" onerror="window.__xss = 1">',
    '<p onclick="window.__xss = 1">x</p>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="//evil.example/x">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="x.html" target="_blank">x</a>',
    '<code class="language-js">x</code>',
    '<td align="javascript">x</td>',
    '<!-- <script>window.__xss = 1</script> -->',
    '<style>body { background: url(javascript:alert(1)) }</style>',
    '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
    '<iframe src="https://evil.example"></iframe>',
    // left open at the end: htmlparser2 drops them, a browser reads on into the page's footer
    '<p>Hej</p>\n<a href="javascript:alert(1)"',
    '<a href=javascript:alert(1) title="',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/"',
    '<img src=x onerror=alert(1)',
    '<code//evil="--!>',
    '<p>ok</p><!-- never closed',
    // an attribute a plain object would swallow
    '<p __proto__="x">x</p>',
  ];
  it('refuses anything outside the allowlist, and then the sanitiser removes it', () => {
    for (const html of hostile) {
      expect(onlyAllowedHtml(html), html).toBe(false);
      const safe = safeHtml(html);
      expect(safe, html).not.toMatch(
        /<(script|img|iframe|svg|style|meta)\b|<[^>]*\son[a-z]+=|<[^>]*href="(javascript|data|\/\/)|<[^>]*target=|language-js|align="javascript"/i,
      );
      expect(safeHtml(safe), html).toBe(safe);
    }
  });
});
