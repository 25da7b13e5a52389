// Issue 14 at scale: a generated repository of 1,000 orders and 100 systems
// (bench/generate.mjs). Every diagram on every page is drawn, and no text in
// it is smaller than 9 px at a 1280 px window: the systems map's areas are
// drawn in parts where one diagram would be too wide.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import { ROOT, styr, tempDir } from '../helpers/cli.js';
import { checkPages, diagramProblems, pagesWithDiagrams } from '../helpers/diagram-pages.js';
import type { PageDiagrams } from '../helpers/diagram-pages.js';

const tmp = tempDir('styr-diagrams-large-');

describe('diagrams of a 1,000-order repository in Chromium', () => {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let results: PageDiagrams[] = [];
  const out = join(tmp.dir, 'site');

  beforeAll(async () => {
    const data = join(tmp.dir, 'data');
    const gen = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--out', data, '--orders', '1000'], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const r = styr(['render', '--data', data, '--today', '2027-01-15', '--out', out, '--html']);
    expect(r.code, r.stderr).toBe(0);
    site = await serveFolder(out);
    browser = await launchChromium();
    results = await checkPages(browser, site.base, pagesWithDiagrams(out));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    tmp.cleanup();
  });

  it('draws every diagram, with no text under 9 px; the areas are split into parts', () => {
    const pages = results.map((r) => r.page);
    expect(pages.filter((p) => p.startsWith('catalog/systems/'))).toHaveLength(100);
    expect(pages).toEqual(
      expect.arrayContaining(['systems-map/index.html', 'systems-map/utbildning.html', 'roles/index.html', 'maturity/index.html', 'portfolio/index.html']),
    );
    expect(results.flatMap((r) => diagramProblems(r))).toEqual([]);
    // an area of 13 systems in one chain with 28 neighbours is more than one diagram
    expect(results.find((r) => r.page === 'systems-map/utbildning.html')!.diagrams.length).toBeGreaterThan(1);
  });
});
