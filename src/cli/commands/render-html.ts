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
import { UnsafeTargetError } from '../../io/atomic-write.js';
import type { UnsafeKind } from '../../io/atomic-write.js';
import type { OutputWriter } from '../../io/output.js';

export type WorkerMessage = { type: 'start'; options: HtmlOptions; outDir: string } | { type: 'pages'; pages: readonly Page[] } | { type: 'end' };

export type WorkerReply =
  { type: 'ready' } | { type: 'done'; converted: number; written: number; unchanged: number; hashes: [string, string][] } | { type: 'error'; error: WorkerError };

/** A failure in the worker, as much of it as the main thread needs to report it (file, reason). */
export interface WorkerError {
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
  kind?: UnsafeKind;
}

export function toWorkerError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  return {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof syscall === 'string' ? { syscall } : {}),
    ...(typeof path === 'string' ? { path } : {}),
    ...(error instanceof UnsafeTargetError ? { kind: error.kind } : {}),
  };
}

/** The worker's failure as an error of the main thread, of the class it had. */
export function fromWorkerError(error: WorkerError): Error {
  if (error.kind && error.path) return new UnsafeTargetError(error.path, error.kind);
  const { message, ...fields } = error;
  return Object.assign(new Error(message), fields);
}

export interface HtmlConversion {
  /** Queues a document's pages; the worker may start on them at once. */
  add(pages: readonly Page[]): void;
  /** True once a thread has failed: the caller should stop writing and call finish() for the error. */
  stopped(): boolean;
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
  // Listening from the start: a worker that fails while the records load must neither crash the process nor be waited for.
  let ready: Promise<boolean> = Promise.resolve(false);
  let startFailure: unknown;
  let reply: Promise<WorkerReply> | undefined;
  if (worker) {
    const stopped = new Promise<never>((_resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the HTML worker stopped with exit code ${code}`)));
    });
    stopped.catch(() => undefined);
    ready = Promise.race([new Promise<boolean>((resolve) => worker.once('message', (m: WorkerReply) => resolve(m.type === 'ready'))), stopped]).catch(
      (error: unknown) => {
        startFailure = error;
        return false;
      },
    );
    reply = Promise.race([
      new Promise<WorkerReply>((resolve) => {
        worker.on('message', (message: WorkerReply) => {
          if (message.type === 'error' || message.type === 'done') resolve(message);
        });
      }),
      stopped,
    ]);
    reply.catch(() => undefined);
  }
  // Imported after the worker is started, so both threads load marked and sanitize-html at the same time.
  const html = import('../../core/render/html.js');
  return {
    async start(options, writer) {
      const { createHtmlRenderer, htmlPath } = await html;
      const toHtml = createHtmlRenderer(options);
      const pages: Page[] = [];
      // A worker that failed to start is left out: the main thread converts every page.
      worker?.ref();
      const helper = (await ready) ? worker : undefined;
      if (helper) helper.postMessage({ type: 'start', options, outDir: writer.root } satisfies WorkerMessage);
      else if (worker) {
        await worker.terminate();
        if (process.env.STYR_DEBUG)
          process.stderr.write(
            `styr: the HTML worker did not start (${startFailure instanceof Error ? startFailure.message : String(startFailure)}); the main thread converts every page\n`,
          );
      }
      return {
        add(more) {
          pages.push(...more);
          helper?.postMessage({ type: 'pages', pages: more } satisfies WorkerMessage);
        },
        stopped: () => Atomics.load(next, 0) >= STOP,
        async finish() {
          helper?.postMessage({ type: 'end' } satisfies WorkerMessage);
          const converted = { main: 0, worker: 0 };
          // The counter jumps past every page if either thread fails, so the other stops taking pages.
          for (let i = Atomics.add(next, 0, 1); i < pages.length; i = Atomics.add(next, 0, 1)) {
            const page = toHtml(pages[i]!);
            try {
              writer.write(page.path, page.html);
            } catch (error) {
              Atomics.store(next, 0, STOP);
              throw error;
            }
            converted.main++;
          }
          if (helper && reply) {
            const result = await reply;
            await helper.terminate();
            if (result.type === 'error') throw fromWorkerError(result.error);
            if (result.type !== 'done') throw new Error(`unexpected reply from the HTML worker: ${result.type}`);
            writer.written += result.written;
            writer.unchanged += result.unchanged;
            for (const [path, hash] of result.hashes) writer.hashes.set(path, hash);
            converted.worker = result.converted;
          }
          return { paths: pages.map((p) => htmlPath(p.path)), converted };
        },
      };
    },
    async close() {
      Atomics.store(next, 0, STOP);
      await worker?.terminate();
    },
  };
}

/** A page index past any render's last page: set by a thread that fails, so the other takes no more. */
export const STOP = 1 << 30;
