// The example municipality's pages printed by Chromium: on A4, upright or
// landscape as the page asks (body.landscape), no table and no diagram is
// wider than the printed area, and the council report printed to PDF has
// every column and the footer. Screenshots and the PDF go to test-output/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, open, renderSite } from '../helpers/a11y.js';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import type { PageElement } from '../helpers/a11y.js';
import { ROOT } from '../helpers/cli.js';

const OUTPUT = join(ROOT, 'test-output', 'render-print');
const SITE = join(OUTPUT, 'site');
/** The printed area of an A4 page inside styr.css's 14 mm side margins, in CSS px (96 per inch). */
declare const document: { querySelectorAll(selector: string): Iterable<PageElement> };
const PRINTED_WIDTH = { portrait: (182 / 25.4) * 96, landscape: (269 / 25.4) * 96 };

// .ci/run installs Chromium and pdftotext; without them this test fails (it never skips).
describe('printed pages', () => {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    renderSite(join(ROOT, 'data'), SITE);
    site = await serveFolder(SITE);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('fits every table and diagram on every page into the printed width of its A4 page', async () => {
    const started = Date.now();
    const context = await browser!.newContext({ viewport: { width: Math.floor(PRINTED_WIDTH.portrait), height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const tooWide: string[] = [];
    const landscape: string[] = [];
    for (const path of htmlPages(SITE)) {
      const orientation = readFileSync(join(SITE, path), 'utf8').includes('<body class="landscape">') ? 'landscape' : 'portrait';
      if (orientation === 'landscape') landscape.push(path);
      const width = Math.floor(PRINTED_WIDTH[orientation]);
      if (page.viewportSize()!.width !== width) await page.setViewportSize({ width, height: 1000 });
      await open(page, site!.base + path);
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('main table, main svg')].map((el) => ({
          what: el.tagName.toLowerCase() === 'table' ? `table "${el.querySelector('caption')?.textContent ?? ''}"` : 'diagram',
          width: Math.ceil(el.getBoundingClientRect().width),
        })),
      );
      for (const w of widths) if (w.width > width) tooWide.push(`${path}: ${w.what} ${w.width} px > ${width} px (${orientation})`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
    // The documents whose tables need a landscape page (see the report in the README).
    expect(landscape.length).toBeGreaterThan(0);
    expect(landscape).toContain('council/index.html');
    process.stdout.write(`print widths: ${htmlPages(SITE).length} pages in ${Date.now() - started} ms; landscape: ${landscape.join(', ')}\n`);
  }, 600_000);

  it('prints the council report on landscape A4 with every column, the title, the date and page numbers', async () => {
    const page = await browser!.newPage();
    await open(page, `${site!.base}council/index.html`);
    const pdf = join(OUTPUT, 'council.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // Every column of the first table; a header may wrap onto two lines, so word by word.
    for (const word of ['Rang', 'Beställning', 'Förvaltning', 'Beställare', 'Poäng', 'Lagkrav', 'Insats', 'Önskas', 'senast', 'Beredd', 'sedan'])
      expect(text, word).toContain(word);
    // …and the values in its last columns: wanted-by and prepared-since dates.
    expect(text).toContain('2027-12-31');
    expect(text).toMatch(/2026-09-\s*28/);
    expect(text).toMatch(/Underlag till Beslutsråd IT · Lövsala kommun · Framställd per 2026-11-29/);
    expect(text).toMatch(/Sida 1 av \d+/);
    // Landscape: the first page's media box is wider than it is high.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(readFileSync(pdf, 'latin1'));
    expect(box, 'a media box').not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', pdf, join(OUTPUT, 'council-page')]);
  }, 180_000);
});
