// The HTML pages in a real browser: Debian's Chromium driven by playwright-core.
// Follows every link from the index, asserts none is broken, asserts that the
// hostile record text runs nothing, and saves screenshots to test-output/.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveFolder } from '../helpers/browser.js';
import type { StaticSite } from '../helpers/browser.js';
import { ROOT, copyFixture, styr } from '../helpers/cli.js';

const OUTPUT = join(ROOT, 'test-output', 'render-browser');
const SITE = join(OUTPUT, 'site');

// .ci/run installs Chromium; without it this test fails (it never skips).
describe('rendered HTML in Chromium', () => {
  let site: StaticSite | undefined;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    const data = copyFixture('render-xss');
    try {
      const r = styr(['render', '--data', data.dir, '--today', '2026-12-01', '--out', SITE, '--html']);
      expect(r.code, r.stderr).toBe(0);
    } finally {
      data.cleanup();
    }
    site = await serveFolder(SITE);
    base = site.base;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('follows every link from the index without a broken one, and runs nothing from record text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });

    const queue = [`${base}index.html`];
    const seen = new Set<string>(queue);
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      if (!response || response.status() !== 200) {
        broken.push(url);
        continue;
      }
      expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss), url).toBeUndefined();
      expect(await page.locator('link[rel=stylesheet]').count(), url).toBe(1);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as unknown as { href: string }).href));
      for (const href of hrefs) {
        if (!href.startsWith(base)) continue;
        const target = new URL(href);
        if (target.hash) {
          // the anchor must exist on its page
          const targetPage = target.origin + target.pathname;
          if (targetPage === url) {
            const id = decodeURIComponent(target.hash.slice(1));
            if ((await page.locator(`[id="${id.replace(/"/g, '\\"')}"]`).count()) !== 1) broken.push(`${url} → ${href}`);
          }
        }
        const pageUrl = target.origin + target.pathname;
        if (!seen.has(pageUrl)) {
          seen.add(pageUrl);
          queue.push(pageUrl);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(failed).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // every HTML page was reached from the index
    expect(seen.size).toBe(25);
    await page.close();
  });

  it('shows the hostile record as text, and takes screenshots of the index and a system page', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${base}catalog/services/elak.html`);
    expect(await page.locator('main script, main img, main iframe, main svg').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('<script>window.__xss = 1; alert(1)</script>');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.goto(`${base}catalog/systems/elaksystem.html`);
    expect(await page.locator('a', { hasText: 'Farlig länk' }).count()).toBe(0);
    expect(await page.locator('a', { hasText: 'Bra länk' }).getAttribute('href')).toBe('https://example.org/docs?a=1&b=%282%29');
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialog).toBe(false);

    await page.goto(`${base}index.html`);
    await page.screenshot({ path: join(OUTPUT, 'index.png'), fullPage: true });
    await page.goto(`${base}catalog/systems/skolsystem.html`);
    await page.screenshot({ path: join(OUTPUT, 'system-skolsystem.png'), fullPage: true });
    await page.goto(`${base}contracts/index.html`);
    await page.screenshot({ path: join(OUTPUT, 'contracts.png'), fullPage: true });
    expect(existsSync(join(OUTPUT, 'index.png'))).toBe(true);
    await page.close();
  });
});
