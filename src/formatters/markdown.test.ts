// validate --format markdown goes into pull-request comments: record text in a
// message or hint is shown as text (no image, link, HTML or entity from it),
// the catalogue's code spans stay code, and --quiet still reports the count.
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { summarize } from '../core/diagnostics/diagnostic.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { markdown } from './markdown.js';

function diagnostic(message: string, hint: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return {
    rule: 'role/vacant-key-role',
    severity,
    messageId: 'rule.role/vacant-key-role.vacantNoRecruitment',
    data: {},
    message,
    hint,
    file: 'roles/x.yaml',
    pointer: '',
  };
}

function report(diagnostics: Diagnostic[], counted = diagnostics): string {
  return markdown(diagnostics, { summary: summarize(counted, 3), displayPrefix: 'data/', files: ['roles/x.yaml'], color: false, language: 'en' });
}

/** The table body's HTML (made by a GFM renderer) and its problem and hint cells as a browser shows them. */
function shown(markdownText: string): { html: string; problem: string; hint: string } {
  const html = (marked.parse(markdownText, { gfm: true }) as string).replace(/^[\s\S]*?<tbody>/, '');
  const cells = [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
  const text = (h: string) =>
    h
      .replace(/<\/?code>/g, '`')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return { html, problem: text(cells[4] ?? ''), hint: text(cells[5] ?? '') };
}

const HOSTILE = [
  '![pixel](https://evil.example/t.png)',
  '[click](https://evil.example/)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">x</a>',
  '&lt;script&gt;',
  '`![in](https://evil.example/a.png)``',
  '**bold** _em_ ~~del~~ # h | pipe',
  'https://evil.example/a_b',
  '[ref]: https://evil.example',
];

describe('validate --format markdown', () => {
  for (const text of HOSTILE) {
    it(`shows record text ${JSON.stringify(text)} as written, with no image, link or HTML`, () => {
      const { html, problem, hint } = shown(report([diagnostic(`the key role '${text}' is vacant`, `Fill '${text}' or set \`staffing:\`.`)]));
      expect(html).not.toMatch(/<(img|a|script|strong|em|del|h\d)\b/);
      expect(problem).toBe(`the key role '${text}' is vacant`);
      expect(hint).toBe(`Fill '${text}' or set \`staffing:\`.`);
    });
  }

  it('mentions no one: an @name from record text gets a word joiner after the @', () => {
    const md = report([diagnostic("the key role 'ping @octocat and @kommun/it-chefer' is vacant", 'Ask @drift.')]);
    expect(md).not.toMatch(/@(?!\u2060)/);
    const { problem, hint } = shown(md);
    expect(problem).toBe("the key role 'ping @\u2060octocat and @\u2060kommun/it-chefer' is vacant");
    expect(hint).toBe('Ask @\u2060drift.');
  });

  it('keeps the catalogue code spans as code, and < in them as <, never an entity', () => {
    const md = report([diagnostic('it has been received for 57 days', 'Move it on with `styr order move ORD-1 <status>`, or raise statusLimits.received.')]);
    expect(md).not.toContain('&lt;');
    expect(shown(md).html).toContain('<code>styr order move ORD-1 &lt;status&gt;</code>');
  });

  it('with --quiet and only warnings, reports the warnings counted instead of "no problems"', () => {
    const warnings = [diagnostic('a', 'b'), diagnostic('c', 'd')];
    const md = report([], warnings);
    expect(md).toContain('⚠️ **0 errors**, 2 warnings');
    expect(md).not.toContain('✅');
    expect(md).not.toContain('| |');
  });
});
