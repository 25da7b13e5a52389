// Names in rendered pages (issue 12 D15, D16): a person's name on a plan's "approved by"
// line is escaped once, in Markdown and HTML; a record file whose name is not a valid id
// gives no page and no link, even with --force.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, styr, writeTree } from '../helpers/cli.js';

const HOSTILE_FILE = 'systems/x](javascript:alert(1))<img src=x onerror=alert(2)>.yaml';

let dir: string;
let out: string;
let cleanup: () => void;
let render: ReturnType<typeof styr>;

beforeAll(() => {
  ({ dir, cleanup } = copyFixture('valid'));
  out = join(dir, '..', `${dir.split('/').pop()}-out`);
  const eva = readFileSync(join(dir, 'people', 'eva-exempelsson.yaml'), 'utf8').replace('name: Eva Exempelsson', 'name: "Eva_Exempel <b>& *Co*"');
  const katalog = readFileSync(join(dir, 'systems', 'katalog.yaml'), 'utf8')
    .replace('id: katalog', 'id: x-katalog')
    .replace(/^name: .*$/m, 'name: Falska katalogen');
  writeTree(dir, { 'people/eva-exempelsson.yaml': eva, [HOSTILE_FILE]: katalog });
  render = styr(['render', '--out', out, '--html', '--force', '--data', dir, '--today', '2026-12-01']);
});
afterAll(() => cleanup());

function pages(): string[] {
  return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.md') || p.endsWith('.html'));
}

describe('names in rendered pages', () => {
  it('renders with --force and names the file whose name is not an id', () => {
    expect(render.code, render.stderr).toBe(0);
    expect(render.stdout + render.stderr).toContain('x](javascript:alert(1))');
  });

  it("escapes the approver's name once on a plan's approved-by line, in Markdown and in HTML", () => {
    const markdown = readFileSync(join(out, 'plans', 'skola-2027.md'), 'utf8');
    expect(markdown).toContain('- **Godkänd av:** Eva\\_Exempel \\<b\\>\\& \\*Co\\*, 2026-11-15\n');
    const html = readFileSync(join(out, 'plans', 'skola-2027.html'), 'utf8');
    expect(html).toContain('<li><strong>Godkänd av:</strong> Eva_Exempel &lt;b&gt;&amp; *Co*, 2026-11-15</li>');
    expect(markdown + html).not.toMatch(/\\\\|&amp;amp;|&amp;lt;/);
  });

  it('makes no page and no link from a file name that is not a valid id', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(10);
    for (const page of all) {
      expect(page).toMatch(/^[a-z0-9/_.-]+$/);
      const text = readFileSync(join(out, page), 'utf8');
      expect(text, page).not.toContain('javascript:');
      expect(text, page).not.toContain('onerror');
      expect(text, page).not.toContain('Falska katalogen');
    }
    expect(readFileSync(join(out, 'catalog', 'index.md'), 'utf8')).toContain('[Katalogtjänst](systems/katalog.md)');
  });
});
