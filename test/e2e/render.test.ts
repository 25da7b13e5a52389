import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, copyFixture, styr, tempDir } from '../helpers/cli.js';
import { documentNames } from '../../src/core/render/documents.js';
import { brokenLinks, listFiles } from '../helpers/links.js';

const TODAY = ['--today', '2026-12-01'];
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
function fixture(name: string) {
  const f = copyFixture(name);
  cleanups.push(f.cleanup);
  return f.dir;
}
function out() {
  const t = tempDir('styr-render-');
  cleanups.push(t.cleanup);
  return join(t.dir, 'site');
}

describe('styr render', () => {
  it('renders every document and an index linking them, as Markdown and HTML', () => {
    const data = fixture('render-xss');
    const dir = out();
    const r = styr(['render', '--data', data, ...TODAY, '--out', dir, '--html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^framställde 25 sidor \(Markdown och HTML\) i /);
    const files = listFiles(dir);
    for (const page of ['index', 'catalog/index', 'systems-map/index', 'plans/index', 'contracts/index']) {
      expect(files).toContain(`${page}.md`);
      expect(files).toContain(`${page}.html`);
    }
    expect(files).toContain('assets/styr.css');
    const index = readFileSync(join(dir, 'index.md'), 'utf8');
    for (const entry of ['catalog/index.md', 'systems-map/index.md', 'plans/index.md', 'contracts/index.md']) expect(index).toContain(`](${entry})`);
    expect(files.every((f) => /^[\x21-\x7e]+$/.test(f))).toBe(true);
  });

  it('leaves no relative link broken, in Markdown or HTML, anchors included', () => {
    const dir = out();
    expect(styr(['render', '--data', fixture('render-xss'), ...TODAY, '--out', dir, '--html']).code).toBe(0);
    const { checked, broken } = brokenLinks(dir);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('renders only the documents named, and the index lists only those', () => {
    const dir = out();
    const r = styr(['render', 'contracts', 'plans', '--data', fixture('valid'), ...TODAY, '--out', dir]);
    expect(r.code).toBe(0);
    expect(listFiles(dir).filter((f) => f.endsWith('.md'))).toEqual([
      'contracts/avtal-skola.md',
      'contracts/index.md',
      'index.md',
      'plans/index.md',
      'plans/skola-2027.md',
    ]);
    expect(brokenLinks(dir).broken).toEqual([]);
  });

  it('refuses an unknown document with a suggestion (exit 2)', () => {
    const r = styr(['render', 'contract', '--data', fixture('valid'), ...TODAY, '--out', out()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown document 'contract' (did you mean 'contracts'?)");
  });

  it('names every document in its help', () => {
    const help = styr(['render', '--help']).stdout.replace(/\s+/g, ' ');
    for (const name of documentNames()) expect(help, name).toMatch(new RegExp(`[:,] ${name}[,;]`));
  });

  it('needs --out (exit 2)', () => {
    const r = styr(['render', '--data', fixture('valid'), ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });

  it('refuses to render records with errors (exit 1, the diagnostics), unless --force', () => {
    const data = fixture('valid');
    rmSync(join(data, 'plans', 'skola-2027.yaml'));
    const dir = out();
    const refused = styr(['render', '--data', data, ...TODAY, '--out', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('system/management-plan');
    expect(refused.stderr).toContain('posterna har 3 fel; inget framställdes');
    expect(existsSync(dir)).toBe(false);
    const forced = styr(['render', '--data', data, ...TODAY, '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('framställer trots 3 fel (--force)');
    expect(readFileSync(join(dir, 'plans', 'index.md'), 'utf8')).toContain('ingen förvaltningsplan för 2027');
  });

  it('writes the same bytes twice and removes pages whose records are gone', () => {
    const data = fixture('render-xss');
    const dir = out();
    styr(['render', '--data', data, ...TODAY, '--out', dir, '--html']);
    const first = listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    styr(['render', '--data', data, ...TODAY, '--out', dir, '--html']);
    expect(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])).toEqual(first);
    rmSync(join(data, 'services', 'elak.yaml'));
    const r = styr(['render', '--data', data, ...TODAY, '--out', dir, '--html']);
    expect(r.stdout).toContain('tog bort 2 inaktuella filer');
    expect(existsSync(join(dir, 'catalog', 'services', 'elak.md'))).toBe(false);
    expect(brokenLinks(dir).broken).toEqual([]);
  });

  it('speaks English with --lang en', () => {
    const dir = out();
    const r = styr(['render', 'catalog', '--data', fixture('valid'), ...TODAY, '--out', dir, '--lang', 'en']);
    expect(r.stdout).toMatch(/^rendered \d+ pages to /);
    const page = readFileSync(join(dir, 'catalog', 'services', 'skolstod.md'), 'utf8');
    expect(page).toContain('## Service level (SLA)');
    expect(page).toContain('| 1 | 30 min | 4 h |');
  });

  it('ships a local Mermaid with --mermaid and loads it from the pages', () => {
    const data = fixture('valid');
    const lib = join(data, 'mermaid.min.js');
    // a stand-in for mermaid.min.js: only that it is shipped and loaded is tested here
    writeFileSync(lib, 'window.mermaid = { initialize() {} };\n');
    const dir = out();
    expect(styr(['render', 'systems-map', '--data', data, ...TODAY, '--out', dir, '--html', '--mermaid', lib]).code).toBe(0);
    const html = readFileSync(join(dir, 'systems-map', 'index.html'), 'utf8');
    expect(html).toMatch(/<pre class="mermaid">flowchart (LR|TB)/);
    expect(html).toContain('<script src="../assets/mermaid.min.js"></script>');
    expect(readFileSync(join(dir, 'assets', 'mermaid.min.js'), 'utf8')).toContain('window.mermaid');
    expect(styr(['render', '--data', data, ...TODAY, '--out', dir, '--mermaid', lib]).code).toBe(2);
  });
});

describe('styr render --html with a worker thread', () => {
  const contents = (dir: string) => listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

  it('writes the same bytes whether a worker converts pages or not', () => {
    for (const data of [join(ROOT, 'data'), fixture('render-xss')]) {
      const alone = out();
      const shared = out();
      const a = styr(['render', '--data', data, ...TODAY, '--out', alone, '--html'], { env: { STYR_HTML_WORKER: '0', STYR_DEBUG: '1' } });
      const b = styr(['render', '--data', data, ...TODAY, '--out', shared, '--html'], { env: { STYR_HTML_WORKER: '1', STYR_DEBUG: '1' } });
      expect(a.code).toBe(0);
      expect(b.code).toBe(0);
      const pages = Number(/^framställde (\d+) sidor/.exec(a.stdout)![1]);
      expect(a.stderr).toContain(`HTML pages converted: ${pages} on the main thread, 0 in the worker`);
      const split = /HTML pages converted: (\d+) on the main thread, (\d+) in the worker/.exec(b.stderr)!;
      expect(Number(split[1]) + Number(split[2])).toBe(pages);
      expect(Number(split[2])).toBeGreaterThan(0);
      expect(contents(shared)).toEqual(contents(alone));
    }
  });

  it('leaves unchanged files alone on a re-render and rewrites the changed ones', () => {
    const data = fixture('render-xss');
    const dir = out();
    expect(styr(['render', '--data', data, ...TODAY, '--out', dir, '--html']).code).toBe(0);
    const files = listFiles(dir);
    const old = new Date('2001-01-01T00:00:00Z');
    for (const f of files) utimesSync(join(dir, f), old, old);
    const again = styr(['render', '--data', data, ...TODAY, '--out', dir, '--html'], { env: { STYR_HTML_WORKER: '1' } });
    expect(again.stdout).toContain(`, ${files.length - 1} filer oförändrade`); // all but the manifest
    for (const f of files.filter((f) => f !== '.styr-render.json')) expect(statSync(join(dir, f)).mtime, f).toEqual(old);

    const service = join(data, 'services', 'skolstod.yaml');
    writeFileSync(service, readFileSync(service, 'utf8').replace(/^name: .*$/m, 'name: Skolstöd och lärplattform'));
    expect(styr(['render', '--data', data, ...TODAY, '--out', dir, '--html'], { env: { STYR_HTML_WORKER: '1' } }).code).toBe(0);
    for (const page of ['catalog/services/skolstod.md', 'catalog/services/skolstod.html']) {
      expect(statSync(join(dir, page)).mtime.getTime(), page).toBeGreaterThan(old.getTime());
      expect(readFileSync(join(dir, page), 'utf8')).toContain('Skolstöd och lärplattform');
    }
    expect(statSync(join(dir, 'assets', 'styr.css')).mtime).toEqual(old);
  });

  it('converts every page on the main thread when the worker dies while starting', () => {
    const data = fixture('render-xss');
    const alone = out();
    const crashed = out();
    expect(styr(['render', '--data', data, ...TODAY, '--out', alone, '--html'], { env: { STYR_HTML_WORKER: '0' } }).code).toBe(0);
    const r = styr(['render', '--data', data, ...TODAY, '--out', crashed, '--html'], {
      env: { STYR_HTML_WORKER: '1', STYR_TEST_HTML_WORKER: 'crash-at-start', STYR_DEBUG: '1' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('the HTML worker did not start (test hook: the HTML worker crashed while starting)');
    expect(r.stderr).toMatch(/HTML pages converted: \d+ on the main thread, 0 in the worker/);
    expect(contents(crashed)).toEqual(contents(alone));
  });

  it('stops writing when the worker fails, and says why in one line (exit 2)', () => {
    const dir = out();
    const r = styr(['render', '--data', fixture('render-xss'), ...TODAY, '--out', dir, '--html'], {
      env: { STYR_HTML_WORKER: '1', STYR_TEST_HTML_WORKER: 'fail-on-pages' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^styr: kan inte skriva till .*site: test hook: the HTML worker failed$/);
    // No manifest claims a finished render.
    expect(existsSync(join(dir, '.styr-render.json'))).toBe(false);
  });

  it('reports an HTML page it cannot write as a one-line error (exit 2), with and without the worker', () => {
    for (const worker of ['0', '1']) {
      const dir = out();
      // a folder where every catalog service page's HTML goes
      for (const service of ['skolstod', 'elak']) mkdirSync(join(dir, 'catalog', 'services', `${service}.html`), { recursive: true });
      const r = styr(['render', '--data', fixture('render-xss'), ...TODAY, '--out', dir, '--html'], { env: { STYR_HTML_WORKER: worker } });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^styr: .*site\/catalog\/services\/\w+\.html är en mapp; styr skriver bara vanliga filer$/m);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });
});

describe('styr render snapshots (render fixture)', () => {
  it.each(['catalog', 'systems-map', 'plans', 'contracts'])('%s', async (doc) => {
    const dir = out();
    expect(styr(['render', doc, '--data', fixture('render-xss'), ...TODAY, '--out', dir]).code).toBe(0);
    const pages = listFiles(dir).filter((f) => f.endsWith('.md') && f !== 'index.md');
    const all = pages.map((f) => `<!-- ${f} -->\n${readFileSync(join(dir, f), 'utf8')}`).join('\n');
    await expect(all).toMatchFileSnapshot(`__snapshots__/render-xss/${doc}.md`);
  });
});
