// styr render --pdf: a PDF beside the HTML of each document's entry page and
// each management plan, printed by the system's Chromium after the diagrams
// are drawn; the title in its metadata, its text holding the title and every
// order id the council report lists. Without Chromium: exit 2, one line, and
// the HTML still written.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

const DATA = join(ROOT, 'data');
const tmp = tempDir('styr-pdf-');
afterAll(() => tmp.cleanup());

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tool = (name: string, args: string[]) => {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

describe('styr render --pdf', { timeout: 300_000 }, () => {
  const out = join(tmp.dir, 'site');
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    result = run(['render', 'council', 'tactical-plan', 'portfolio', 'plans', '--data', DATA, '--today', '2026-11-29', '--out', out, '--pdf']);
  }, 300_000);

  it('writes the HTML (--pdf implies --html) and a PDF beside each entry page and each management plan', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    for (const page of ['council/index', 'tactical-plan/index', 'portfolio/index', 'plans/index']) {
      expect(existsSync(join(out, `${page}.html`)), page).toBe(true);
      expect(existsSync(join(out, `${page}.pdf`)), page).toBe(true);
    }
    const plans = readdirSync(join(out, 'plans')).filter((f) => f.endsWith('.md') && f !== 'index.md');
    expect(plans.length).toBeGreaterThan(3);
    for (const plan of plans) expect(existsSync(join(out, 'plans', plan.replace(/\.md$/, '.pdf'))), plan).toBe(true);
  });

  it('gives each PDF pages, an A4 size and the page title in its metadata; its text holds the title', () => {
    for (const page of ['council/index', 'tactical-plan/index', 'portfolio/index', 'plans/index']) {
      const info = tool('pdfinfo', [join(out, `${page}.pdf`)]);
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), page).toBeGreaterThan(0);
      const html = readFileSync(join(out, `${page}.html`), 'utf8');
      // A4, turned to landscape where the page's tables need it (body.landscape, the print stylesheet's named page).
      expect(info, page).toMatch(
        html.includes('<body class="landscape">') ? /^Page size:\s+84\d(\.\d+)? x 59\d(\.\d+)? pts \(A4\)/m : /^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/m,
      );
      const title = /<title>([^<]+)<\/title>/.exec(html)![1]!.replace(/&amp;/g, '&');
      expect(/^Title:\s+(.*)$/m.exec(info)?.[1], page).toBe(title);
      const heading = title.split(' – ')[0]!;
      expect(tool('pdftotext', [join(out, `${page}.pdf`), '-']).replace(/\s+/g, ' '), page).toContain(heading);
    }
  });

  it("holds every order id the council report lists in the council PDF's text", () => {
    const ids = [...new Set(readFileSync(join(out, 'council', 'index.md'), 'utf8').match(/ORD-\d{6}-[0-9A-Z]{4}/g) ?? [])];
    expect(ids.length).toBeGreaterThan(3);
    // A narrow table cell may break an id at a hyphen (and the PDF drop that hyphen): read in drawing order (-raw), compared without hyphens and white space.
    const flat = (text: string) => text.replace(/[\s-]+/g, '');
    const text = flat(tool('pdftotext', ['-raw', join(out, 'council', 'index.pdf'), '-']));
    expect(ids.filter((id) => !text.includes(flat(id)))).toEqual([]);
  });

  it('prints the diagrams drawn: the tactical plan PDF holds the Gantt as vector text, not its Mermaid source', () => {
    const text = tool('pdftotext', [join(out, 'tactical-plan', 'index.pdf'), '-']);
    expect(text).not.toContain('dateFormat YYYY-MM-DD');
    expect(text).toMatch(/2027-0\d/);
  });

  it('exits 2 with one line on how to install Chromium when none is found, and still writes the HTML', () => {
    const none = join(tmp.dir, 'none');
    const r = run(['render', 'council', '--data', DATA, '--today', '2026-11-29', '--out', none, '--pdf'], { STYR_CHROMIUM: '/nonexistent', PATH: '/nonexistent-bin' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('apt-get install chromium');
    expect(r.stderr).toContain('STYR_CHROMIUM');
    expect(existsSync(join(none, 'council', 'index.html'))).toBe(true);
    expect(existsSync(join(none, 'council', 'index.pdf'))).toBe(false);
  });
});
