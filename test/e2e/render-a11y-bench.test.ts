// The accessibility checks of render-a11y.test.ts on a generated repository
// of 1,000 orders and 100 systems (bench/generate.mjs): the entry page of
// every document and ten other pages, at 1280 px and 320 px.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, htmlPages, open, renderSite, sidewaysScroll } from '../helpers/a11y.js';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';

const OUTPUT = join(ROOT, 'test-output', 'render-a11y-bench');
const DATA = join(OUTPUT, 'data');
const SITE = join(OUTPUT, 'site');

/** The index, each document's entry page, and ten more spread evenly over the rest. */
function sample(pages: readonly string[]): string[] {
  const entries = pages.filter((p) => p === 'index.html' || /^[^/]+\/index\.html$/.test(p));
  const rest = pages.filter((p) => !entries.includes(p));
  const step = rest.length / 10;
  return [...entries, ...Array.from({ length: Math.min(10, rest.length) }, (_, i) => rest[Math.floor(i * step)]!)];
}

// .ci/run installs Chromium; without it this test fails (it never skips).
describe('accessibility of a generated repository of 1,000 orders', () => {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let pages: string[] = [];

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--out', DATA, '--orders', '1000']);
    renderSite(DATA, SITE);
    pages = sample(htmlPages(SITE));
    site = await serveFolder(SITE);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each([1280, 320])(
    'finds no WCAG 2.1 A or AA violation at %i px and nothing scrolls sideways',
    async (width) => {
      const started = Date.now();
      const context = await axeContext(browser!, width);
      const page = await context.newPage();
      const violations: string[] = [];
      const sideways: string[] = [];
      for (const path of pages) {
        await open(page, site!.base + path);
        for (const v of await axeViolations(page)) violations.push(`${path}: ${v.rule} (${v.nodes.length}: ${v.nodes.slice(0, 3).join(', ')})`);
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) sideways.push(`${path}: ${overflow} px`);
      }
      await context.close();
      expect(pages.length).toBeGreaterThanOrEqual(20);
      expect(violations).toEqual([]);
      expect(sideways).toEqual([]);
      process.stdout.write(`a11y (1,000 orders) at ${width} px: ${pages.length} pages in ${Date.now() - started} ms\n`);
    },
    600_000,
  );
});
