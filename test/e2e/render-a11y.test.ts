// WCAG 2.1 AA (the DOS law, 2018:1937) on every page of the example
// municipality: axe-core's A and AA rules find nothing at 1280 px and at
// 320 px, no page scrolls sideways at 320 px, and no two pages share a title.
// One browser, one page per width, every page in one loop.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeContext, axeViolations, htmlPages, open, renderSite, sidewaysScroll } from '../helpers/a11y.js';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';

const OUTPUT = join(ROOT, 'test-output', 'render-a11y');
const SITE = join(OUTPUT, 'site');

// .ci/run installs Chromium; without it this test fails (it never skips).
describe('accessibility of the rendered pages', () => {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  let pages: string[] = [];

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    renderSite(join(ROOT, 'data'), SITE);
    pages = htmlPages(SITE);
    site = await serveFolder(SITE);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each([1280, 320])(
    'finds no WCAG 2.1 A or AA violation on any page at %i px, and none scrolls sideways',
    async (width) => {
      const started = Date.now();
      const context = await axeContext(browser!, width);
      const page = await context.newPage();
      const violations: string[] = [];
      const sideways: string[] = [];
      const titles = new Map<string, string[]>();
      for (const path of pages) {
        await open(page, site!.base + path);
        for (const v of await axeViolations(page)) violations.push(`${path}: ${v.rule} (${v.nodes.length}: ${v.nodes.slice(0, 3).join(', ')})`);
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) sideways.push(`${path}: ${overflow} px`);
        const title = await page.title();
        titles.set(title, [...(titles.get(title) ?? []), path]);
      }
      if (width === 320) await open(page, `${site!.base}raci/andringshantering.html`).then(() => page.screenshot({ path: join(OUTPUT, 'raci-320.png') }));
      await context.close();
      expect(pages.length).toBeGreaterThan(90);
      expect(violations).toEqual([]);
      expect(sideways).toEqual([]);
      expect([...titles].filter(([, paths]) => paths.length > 1)).toEqual([]);
      process.stdout.write(`a11y at ${width} px: ${pages.length} pages in ${Date.now() - started} ms\n`);
    },
    600_000,
  );

  it('marks Swedish record text lang="sv" on pages rendered in English, and the Markdown carries no mark', async () => {
    const english = join(OUTPUT, 'site-en');
    renderSite(join(ROOT, 'data'), english, ['--lang', 'en']);
    for (const path of htmlPages(english)) {
      for (const file of [path, path.replace(/\.html$/, '.md')]) expect(readFileSync(join(english, file), 'utf8'), file).not.toMatch(/[\uE000-\uE002]/);
    }
    const served = await serveFolder(english);
    const context = await axeContext(browser!, 1280);
    const page = await context.newPage();
    try {
      await open(page, `${served.base}council/index.html`);
      const lang = (selector: string) =>
        page.$$eval(selector, (els) => els.map((el) => [el.textContent ?? '', el.closest('[lang]')?.getAttribute('lang') ?? ''] as const));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      // The orders' titles (row headers), departments and orderers are record text; the column headers are labels.
      const rowHeaders = await lang('main table tbody th[scope=row] span');
      expect(rowHeaders.length).toBeGreaterThan(3);
      expect(rowHeaders.filter(([, l]) => l !== 'sv')).toEqual([]);
      expect(rowHeaders.map(([text]) => text)).toContain('ORD-260615-EQ2G Upphandling av nytt system för miljötillsyn');
      expect((await lang('main table thead th')).filter(([, l]) => l !== 'en')).toEqual([]);
      await open(page, `${served.base}catalog/systems/ekonomisystem.html`);
      const description = await page
        .locator('main p', { hasText: 'ekonomi' })
        .first()
        .evaluate((el) => el.querySelector('[lang]')?.getAttribute('lang'));
      expect(description).toBe('sv');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await served.close();
    }
  }, 300_000);
});
