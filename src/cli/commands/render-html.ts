// HTML conversion for styr render. marked + sanitize-html cost about a
// millisecond per page, so a large repository's pages are split between the
// main thread and one worker thread (the machines we run on have 2 vCPUs).
// The worker is started before the repository is loaded, so its own start-up
// (importing marked and sanitize-html) overlaps the loading.
import { Worker } from 'node:worker_threads';
import type { HtmlOptions, HtmlPage } from '../../core/render/html.js';
import type { Page } from '../../core/render/types.js';

/** Below this many pages a worker costs more than it saves. */
const WORKER_THRESHOLD = 400;

export interface HtmlConverter {
  convert(pages: readonly Page[], options: HtmlOptions): Promise<HtmlPage[]>;
  /** Stops the worker if it was never used (e.g. the render was refused). */
  close(): Promise<void>;
}

/** `largeRepository` decides whether a worker is worth starting before the pages are known. */
export function createHtmlConverter(largeRepository: boolean): HtmlConverter {
  const worker = largeRepository ? new Worker(new URL('./render-html-worker.js', import.meta.url)) : undefined;
  worker?.unref();
  return {
    async convert(pages, options) {
      const { createHtmlRenderer } = await import('../../core/render/html.js');
      const toHtml = createHtmlRenderer(options);
      if (!worker || pages.length < WORKER_THRESHOLD) {
        await worker?.terminate();
        return pages.map(toHtml);
      }
      // The worker takes the second half; the main thread converts the first meanwhile.
      const half = Math.ceil(pages.length / 2);
      const fromWorker = new Promise<HtmlPage[]>((resolve, reject) => {
        worker.once('message', (result: HtmlPage[]) => resolve(result));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`HTML worker stopped with exit code ${code}`)));
      });
      worker.postMessage({ options, pages: pages.slice(half) });
      const first = pages.slice(0, half).map(toHtml);
      const second = await fromWorker;
      await worker.terminate();
      return [...first, ...second];
    },
    async close() {
      await worker?.terminate();
    },
  };
}
