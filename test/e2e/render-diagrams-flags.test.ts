// styr render's diagram flags, without a browser: Mermaid is shipped by
// default, --no-diagrams keeps the source (in a figure with its caption),
// --mermaid refuses a file that is not a Mermaid bundle, and the Markdown
// keeps its Mermaid fences either way.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, styr, tempDir, writeTree } from '../helpers/cli.js';

const DATA = join(ROOT, 'data');
const tmp = tempDir('styr-diagram-flags-');
afterAll(() => tmp.cleanup());

const render = (out: string, ...flags: string[]) => styr(['render', 'systems-map', '--data', DATA, '--today', '2026-11-29', '--out', join(tmp.dir, out), ...flags]);

describe('styr render diagram flags', { timeout: 120_000 }, () => {
  it('draws diagrams by default with --html: the page loads the shipped Mermaid and holds pre.mermaid in a figure', () => {
    const r = render('default', '--html');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(tmp.dir, 'default', 'systems-map', 'index.html'), 'utf8');
    expect(html).toMatch(/<figure class="diagram"><pre class="mermaid">flowchart (LR|TB)/);
    expect(html).toContain('<figcaption>Verksamhetsområdena och antalet integrationer mellan dem. – <a href="#integrationer">');
    expect(readFileSync(join(tmp.dir, 'default', 'assets', 'mermaid.min.js'))).toEqual(readFileSync(join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')));
    // the caption comments are not part of the drawn source
    expect(html).not.toContain('%% figure:');
  });

  it('keeps the Mermaid source as text with --no-diagrams, and ships no Mermaid', () => {
    const r = render('source', '--html', '--no-diagrams');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(tmp.dir, 'source', 'systems-map', 'index.html'), 'utf8');
    expect(html).toContain('<figure class="diagram-source"><pre><code class="language-mermaid">flowchart');
    expect(html).not.toContain('<pre class="mermaid">');
    expect(html).not.toContain('<script');
    expect(existsSync(join(tmp.dir, 'source', 'assets', 'mermaid.min.js'))).toBe(false);
  });

  it('keeps Mermaid fences, with the caption as Mermaid comments, in the Markdown', () => {
    const markdown = readFileSync(join(tmp.dir, 'default', 'systems-map', 'index.md'), 'utf8');
    expect(markdown).toMatch(
      /```mermaid\n%% figure: Verksamhetsområdena och antalet integrationer mellan dem\.\n%% facts: #integrationer Samma uppgifter som tabell: Integrationer\nflowchart/,
    );
  });

  it('refuses a --mermaid file that is not a Mermaid bundle: a text file, an empty file, other JavaScript (exit 2, one line)', () => {
    writeTree(tmp.dir, {
      'notes.txt': 'Det här är inte JavaScript, bara en anteckning om mermaid.initialize.\n',
      'empty.js': '',
      'other.js': 'window.jQuery = function () {};\n',
      'broken.js': 'globalThis.mermaid = { initialize( };\n',
    });
    for (const file of ['notes.txt', 'empty.js', 'other.js', 'broken.js', 'missing.js']) {
      const r = render(`refused-${file}`, '--html', '--mermaid', join(tmp.dir, file));
      expect(r.code, file).toBe(2);
      expect(r.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(r.stderr, file).toContain('--mermaid');
      expect(existsSync(join(tmp.dir, `refused-${file}`, 'systems-map')), file).toBe(false);
    }
  });

  it('accepts the mermaid package bundle given with --mermaid, and refuses --mermaid with --no-diagrams', () => {
    const bundle = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
    expect(render('given', '--html', '--mermaid', bundle).code).toBe(0);
    const both = render('both', '--html', '--no-diagrams', '--mermaid', bundle);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--no-diagrams');
  });
});
