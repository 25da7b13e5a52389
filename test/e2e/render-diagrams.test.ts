// Issue 14, measured in Chromium on the example data: every diagram on every
// page is drawn by the Mermaid styr ships (no Mermaid error), no text in it is
// drawn smaller than 9 px at a 1280 px window, the maturity chart's labels do
// not overlap, the Gantt's late bars have text at 4.5:1 or more, and each
// diagram is a figure whose caption links to the table with the same facts.
// Screenshots of the systems map (overview, one area), a system's
// neighbourhood, the maturity chart and a Gantt go to test-output/render-diagrams/.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import { ROOT, styr } from '../helpers/cli.js';
import { checkPages, diagramProblems, pagesWithDiagrams } from '../helpers/diagram-pages.js';
import type { PageDiagrams } from '../helpers/diagram-pages.js';
import { waitForDiagrams } from '../helpers/diagrams.js';

const OUTPUT = join(ROOT, 'test-output', 'render-diagrams');
const SITE = join(OUTPUT, 'site');

describe('diagrams of the example data in Chromium', () => {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let results: PageDiagrams[] = [];

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    const r = styr(['render', '--data', join(ROOT, 'data'), '--today', '2026-11-29', '--out', SITE, '--html']);
    expect(r.code, r.stderr).toBe(0);
    site = await serveFolder(SITE);
    browser = await launchChromium();
    results = await checkPages(browser, site.base, pagesWithDiagrams(SITE));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('ships the Mermaid bundle and its start-up script, and no page fetches anything from elsewhere', () => {
    expect(readFileSync(join(SITE, 'assets', 'mermaid.min.js'), 'utf8')).toContain('globalThis["mermaid"]');
    expect(existsSync(join(SITE, 'assets', 'mermaid-init.js'))).toBe(true);
    const html = readFileSync(join(SITE, 'systems-map', 'index.html'), 'utf8');
    expect(html).toContain('<script src="../assets/mermaid.min.js"></script>');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script src="https?:/);
  });

  it('draws every diagram on every page, with text of 9 px or more, non-overlapping labels and readable late bars', () => {
    const kinds = new Set(results.flatMap((r) => r.diagrams.map((d) => d.kind)));
    // the systems map, the neighbourhoods, the org chart, the maturity chart and the Gantt charts are all there
    expect([...kinds].sort()).toEqual(['flowchart-v2', 'gantt', 'xychart']);
    expect(results.map((r) => r.page)).toEqual(
      expect.arrayContaining([
        'systems-map/index.html',
        'maturity/index.html',
        'tactical-plan/index.html',
        'portfolio/index.html',
        'roles/index.html',
        'catalog/systems/iam.html',
      ]),
    );
    expect(results.flatMap((r) => diagramProblems(r))).toEqual([]);
    // the measure can fail: the Gantt charts have late bars whose contrast was measured
    expect(results.find((r) => r.page === 'tactical-plan/index.html')!.diagrams[0]!.critContrast).toBeLessThan(Infinity);
  });

  it('takes screenshots of the systems-map overview, one area, a neighbourhood, the maturity chart and a Gantt', async () => {
    const tab = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const shots: [string, number, string][] = [
      ['systems-map/index.html', 0, 'systems-map-overview.png'],
      ['systems-map/index.html', 3, 'systems-map-area.png'],
      ['catalog/systems/iam.html', 0, 'system-neighbourhood.png'],
      ['maturity/index.html', 0, 'maturity.png'],
      ['tactical-plan/index.html', 0, 'gantt.png'],
    ];
    for (const [page, index, file] of shots) {
      await tab.goto(site!.base + page);
      expect(await waitForDiagrams(tab)).toBe('done');
      await tab
        .locator('figure.diagram')
        .nth(index)
        .screenshot({ path: join(OUTPUT, file) });
      expect(existsSync(join(OUTPUT, file))).toBe(true);
    }
    await tab.close();
  }, 120_000);
});
