// styr render --pdf: prints rendered HTML pages to PDF with the system's
// Chromium (playwright-core drives it). The pages are served to the browser
// from the output folder under a made-up http origin by request
// interception — no port is opened, nothing else is fetched, and the pages'
// Content-Security-Policy ('self' scripts) holds as on an intranet server.
// Diagrams are drawn before printing: every `.mermaid` must hold an SVG.
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { CHROMIUM_ARGS } from '../../io/chromium.js';
import type { OutputWriter } from '../../io/output.js';

const ORIGIN = 'http://styr.invalid/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** In the page: 'failed' if Mermaid failed, 'drawn' once every diagram is an SVG, else false (keep waiting). */
const DRAWN = `(() => {
  if (document.documentElement.getAttribute('data-diagrams') === 'failed') return 'failed';
  return [...document.querySelectorAll('pre.mermaid')].every((b) => b.querySelector('svg') !== null) ? 'drawn' : false;
})()`;

export interface PdfJob {
  /** The HTML page, relative to the output folder (POSIX). */
  html: string;
}

/** The PDF's path beside its HTML page. */
export function pdfPath(htmlPath: string): string {
  return htmlPath.replace(/\.html$/, '.pdf');
}

export class PdfError extends Error {
  constructor(
    readonly page: string,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Prints each page to a PDF beside it (A4, backgrounds, the page's CSS page
 * sizes), written through `writer`; returns the PDFs' paths in job order.
 */
export async function printPdfs(executablePath: string, writer: OutputWriter, jobs: readonly PdfJob[], timeoutMs = 60_000): Promise<string[]> {
  const { chromium } = await import('playwright-core');
  const root = writer.root;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin + '/' !== ORIGIN) return route.abort('blockedbyclient');
      const file = resolve(
        root,
        ...decodeURIComponent(url.pathname)
          .split('/')
          .filter((s) => s !== ''),
      );
      const ok = file.startsWith(root + sep) && statSync(file, { throwIfNoEntry: false })?.isFile() === true;
      if (!ok) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    const written: string[] = [];
    // Two pages at a time: the machines styr runs on in CI have two CPUs.
    let next = 0;
    const results: (string | undefined)[] = new Array<string | undefined>(jobs.length);
    const worker = async () => {
      const page = await context.newPage();
      try {
        for (let i = next++; i < jobs.length; i = next++) {
          const job = jobs[i]!;
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(ORIGIN + job.html.split('/').map(encodeURIComponent).join('/'), { waitUntil: 'load', timeout: timeoutMs });
          const state = await page
            .waitForFunction(DRAWN, undefined, { timeout: timeoutMs })
            .then((h) => h.jsonValue())
            .catch(() => 'timeout');
          page.removeAllListeners('pageerror');
          if (state !== 'drawn') {
            const why = String((await page.evaluate("document.documentElement.getAttribute('data-diagram-error') || ''")) as string);
            throw new PdfError(job.html, state === 'timeout' ? 'the diagrams were not drawn in time' : `a diagram could not be drawn: ${why || errors.join('; ')}`);
          }
          const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
          const path = pdfPath(job.html);
          writer.write(path, pdf);
          results[i] = path;
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all([worker(), worker()]);
    for (const r of results) if (r) written.push(r);
    return written;
  } finally {
    await browser.close();
  }
}
