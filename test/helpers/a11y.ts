// Shared by the accessibility and print tests: render a site, list its pages,
// open them in Chromium with axe-core, and measure what a person would see.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, styr } from './cli.js';

/** The few parts of a page's DOM the functions run in the browser use (the tests compile without the DOM library). */
export interface PageElement {
  tagName: string;
  textContent: string | null;
  hasAttribute(name: string): boolean;
  getBoundingClientRect(): { width: number };
  querySelector(selector: string): PageElement | null;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<PageElement>;
  scrollingElement: { scrollWidth: number; clientWidth: number } | null;
};

export const MERMAID = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Renders `data` as HTML with diagrams drawn; fails the test with styr's output if the render fails. */
export function renderSite(data: string, out: string, extra: string[] = []): void {
  const r = styr(['render', '--data', data, '--today', '2026-11-29', '--out', out, '--html', '--mermaid', MERMAID, ...extra]);
  if (r.code !== 0) throw new Error(`styr render failed (${r.code}): ${r.stderr}`);
}

/** Every HTML page of a rendered site, relative to it, sorted. */
export function htmlPages(site: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  return walk(site)
    .map((p) => relative(site, p).split('\\').join('/'))
    .sort();
}

/**
 * A browser context whose pages accept axe-core: the pages' Content-Security-Policy
 * allows only same-origin scripts, and axe is injected as an inline script.
 */
export function axeContext(browser: Browser, width: number, height = 900): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height }, bypassCSP: true });
}

/** Opens a page and waits until Mermaid has drawn every diagram on it. */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  if (!response || response.status() !== 200) throw new Error(`${url}: ${response?.status() ?? 'no response'}`);
  await page.waitForFunction(() => [...document.querySelectorAll('pre.mermaid')].every((e) => e.hasAttribute('data-processed')), null, { timeout: 20_000 });
}

export interface AxeViolation {
  rule: string;
  nodes: string[];
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the open page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
}

/** How far the page scrolls sideways, in CSS px (0: it does not). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });
}
