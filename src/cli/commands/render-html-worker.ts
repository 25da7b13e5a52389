// Worker thread for createHtmlConverter: converts the pages it is sent and posts them back.
import { parentPort } from 'node:worker_threads';
import { createHtmlRenderer } from '../../core/render/html.js';
import type { HtmlOptions } from '../../core/render/html.js';
import type { Page } from '../../core/render/types.js';

parentPort!.once('message', ({ options, pages }: { options: HtmlOptions; pages: Page[] }) => {
  const toHtml = createHtmlRenderer(options);
  parentPort!.postMessage(pages.map(toHtml));
});
