// Shared by the diagram tests: every HTML page of a rendered site that holds
// a drawn diagram, and a check of all of them in Chromium, two pages at a time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { measureDiagrams, waitForDiagrams } from './diagrams.js';
import type { DiagramMeasure } from './diagrams.js';

export function pagesWithDiagrams(site: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && readFileSync(path, 'utf8').includes('<pre class="mermaid">')) found.push(relative(site, path).split(sep).join('/'));
    }
  };
  walk(site);
  return found.sort();
}

export interface PageDiagrams {
  page: string;
  state: string;
  errors: string[];
  diagrams: DiagramMeasure[];
  /** Figures without a caption, or whose caption link leads nowhere on the page. */
  figureProblems: string[];
}

export async function checkPages(browser: Browser, base: string, pages: readonly string[]): Promise<PageDiagrams[]> {
  const results: PageDiagrams[] = [];
  let next = 0;
  const worker = async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      for (let i = next++; i < pages.length; i = next++) {
        const errors: string[] = [];
        const onError = (e: Error) => errors.push(e.message);
        tab.on('pageerror', onError);
        await tab.goto(base + pages[i]!);
        const state = await waitForDiagrams(tab, 60_000).catch(() => 'timeout');
        const diagrams = await measureDiagrams(tab);
        const figureProblems = (await tab.evaluate(`[...document.querySelectorAll('pre.mermaid')].flatMap((pre) => {
          const figure = pre.closest('figure');
          const caption = figure && figure.querySelector('figcaption');
          if (!caption || caption.textContent.trim() === '') return ['no caption'];
          const link = caption.querySelector('a[href^="#"]');
          if (!link) return ['no link to a table: ' + caption.textContent];
          const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
          return target ? [] : ['link to nothing: ' + link.getAttribute('href')];
        })`)) as string[];
        tab.off('pageerror', onError);
        results[i] = { page: pages[i]!, state, errors, diagrams, figureProblems };
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/** What is wrong with a page's diagrams by the measure of issue 14 (empty when all is well). */
export function diagramProblems(result: PageDiagrams, minPx = 9): string[] {
  const problems: string[] = [];
  if (result.state !== 'done') problems.push(`${result.page}: diagrams ${result.state}`);
  for (const e of result.errors) problems.push(`${result.page}: script error ${e}`);
  for (const f of result.figureProblems) problems.push(`${result.page}: ${f}`);
  for (const d of result.diagrams) {
    const at = `${result.page} #${d.index} (${d.kind})`;
    if (!d.svg || d.error) problems.push(`${at}: not drawn`);
    else if (d.textCount === 0) problems.push(`${at}: no text`);
    else if (d.minTextPx < minPx)
      problems.push(`${at}: text "${d.minText}" drawn at ${d.minTextPx.toFixed(1)} px (width ${Math.round(d.naturalWidth)} scaled to ${Math.round(d.width)})`);
    if (d.overlaps.length) problems.push(`${at}: overlapping labels ${d.overlaps.join('; ')}`);
    if (d.critContrast < 4.5) problems.push(`${at}: late bar text contrast ${d.critContrast.toFixed(2)}:1`);
  }
  return problems;
}
