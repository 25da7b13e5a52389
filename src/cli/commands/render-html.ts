// HTML conversion for styr render. marked + sanitize-html cost about half a
// millisecond per page, so in a large repository a worker thread shares the
// work (the machines we run on have 2 vCPUs):
// - the worker starts before the records load, so importing marked and
//   sanitize-html overlaps the loading;
// - each document's pages are posted to it as soon as they are rendered, so it
//   converts while the main thread renders the next document;
// - once every page is rendered, both threads take pages from one shared
//   counter until none is left, so neither waits for the other;
// - each thread writes the HTML pages it converted.
import { Worker } from 'node:worker_threads';
import type { HtmlOptions } from '../../core/render/html.js';
import type { Page } from '../../core/render/types.js';
import type { OutputWriter } from '../../io/output.js';

export type WorkerMessage =
  | { type: 'start'; options: HtmlOptions; outDir: string }
  | { type: 'pages'; pages: readonly Page[] }
  | { type: 'end' };

export type WorkerReply = { type: 'done'; converted: number; written: number; unchanged: number } | { type: 'error'; message: string; code?: string };

export interface HtmlConversion {
  /** Queues a document's pages; the worker may start on them at once. */
  add(pages: readonly Page[]): void;
  /** Converts and writes the pages no thread has taken yet, and waits for the worker. */
  finish(): Promise<HtmlResult>;
}

export interface HtmlResult {
  /** The HTML pages' paths, in page order. */
  paths: string[];
  /** Pages converted by each thread (STYR_DEBUG prints them). */
  converted: { main: number; worker: number };
}

export interface HtmlConverter {
  /** Begins a conversion whose pages are written by `writer` (and by the worker, into the same folder). */
  start(options: HtmlOptions, writer: OutputWriter): Promise<HtmlConversion>;
  /** Stops the worker if it was never used (e.g. the render was refused). */
  close(): Promise<void>;
}

/**
 * `largeRepository` decides whether a worker is worth starting before the
 * pages are known. STYR_HTML_WORKER=1 or 0 forces the choice (tests use it to
 * check that both paths write the same bytes).
 */
export function createHtmlConverter(largeRepository: boolean): HtmlConverter {
  const forced = process.env.STYR_HTML_WORKER;
  const useWorker = forced === '1' ? true : forced === '0' ? false : largeRepository;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const worker = useWorker ? new Worker(new URL('./render-html-worker.js', import.meta.url), { workerData: { next } }) : undefined;
  // Not keeping the process alive until a conversion starts: a refused render must not wait for it.
  worker?.unref();
  // Imported after the worker is started, so both threads load marked and sanitize-html at the same time.
  const html = import('../../core/render/html.js');
  return {
    async start(options, writer) {
      const { createHtmlRenderer, htmlPath } = await html;
      const toHtml = createHtmlRenderer(options);
      const pages: Page[] = [];
      let reply: Promise<WorkerReply> | undefined;
      if (worker) {
        worker.ref();
        reply = new Promise<WorkerReply>((resolve, reject) => {
          worker.on('message', (message: WorkerReply) => {
            if (message.type === 'error' || message.type === 'done') resolve(message);
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`the HTML worker stopped with exit code ${code}`)));
        });
        // Keep the rejection for finish(): an early failure must not be an unhandled rejection.
        reply.catch(() => undefined);
        worker.postMessage({ type: 'start', options, outDir: writer.root } satisfies WorkerMessage);
      }
      return {
        add(more) {
          pages.push(...more);
          worker?.postMessage({ type: 'pages', pages: more } satisfies WorkerMessage);
        },
        async finish() {
          worker?.postMessage({ type: 'end' } satisfies WorkerMessage);
          const converted = { main: 0, worker: 0 };
          for (let i = Atomics.add(next, 0, 1); i < pages.length; i = Atomics.add(next, 0, 1)) {
            const page = toHtml(pages[i]!);
            writer.write(page.path, page.html);
            converted.main++;
          }
          if (worker && reply) {
            const result = await reply;
            await worker.terminate();
            if (result.type === 'error') throw Object.assign(new Error(result.message), result.code ? { code: result.code } : {});
            writer.written += result.written;
            writer.unchanged += result.unchanged;
            converted.worker = result.converted;
          }
          return { paths: pages.map((p) => htmlPath(p.path)), converted };
        },
      };
    },
    async close() {
      await worker?.terminate();
    },
  };
}
