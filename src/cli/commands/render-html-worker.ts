// The worker thread of createHtmlConverter (render-html.ts): converts pages to
// HTML and writes them, taking each page index from the counter it shares
// with the main thread, so every page is converted exactly once.
import { parentPort, workerData } from 'node:worker_threads';
import { createHtmlRenderer } from '../../core/render/html.js';
import type { HtmlPage } from '../../core/render/html.js';
import type { Page } from '../../core/render/types.js';
import { OutputWriter } from '../../io/output.js';
import { STOP, toWorkerError } from './render-html.js';
import type { WorkerMessage, WorkerReply } from './render-html.js';

const { next } = workerData as { next: Int32Array };
const port = parentPort!;
const pages: Page[] = [];
let toHtml: ((page: Page) => HtmlPage) | undefined;
let writer: OutputWriter | undefined;
let failed = false;
let converted = 0;

const reply = (message: WorkerReply) => port.postMessage(message);

// Test hooks: a worker that dies while starting, or fails on its first pages.
const testHook = process.env.STYR_TEST_HTML_WORKER;
if (testHook === 'crash-at-start') throw new Error('test hook: the HTML worker crashed while starting');

port.on('message', (message: WorkerMessage) => {
  if (failed) return;
  try {
    if (message.type === 'start') {
      toHtml = createHtmlRenderer(message.options);
      writer = new OutputWriter(message.outDir);
    } else if (message.type === 'pages') {
      if (testHook === 'fail-on-pages') throw Object.assign(new Error('test hook: the HTML worker failed'), { code: 'ETEST' });
      pages.push(...message.pages);
    }
    drain();
    if (message.type === 'end') reply({ type: 'done', converted, written: writer?.written ?? 0, unchanged: writer?.unchanged ?? 0, hashes: [...(writer?.hashes ?? [])] });
  } catch (error) {
    failed = true;
    Atomics.store(next, 0, STOP);
    reply({ type: 'error', error: toWorkerError(error) });
  }
});

/** Converts pages while there are pages this thread has received and no thread has taken. */
function drain(): void {
  if (!toHtml || !writer) return;
  for (;;) {
    const i = Atomics.load(next, 0);
    if (i >= pages.length) return;
    if (Atomics.compareExchange(next, 0, i, i + 1) !== i) continue;
    const page = toHtml(pages[i]!);
    writer.write(page.path, page.html);
    converted++;
  }
}

reply({ type: 'ready' });
